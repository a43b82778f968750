/** Range.sort: rows reordered by one or more columns, formulas travelling with their rows. */
import type { Box } from './a1';
import type { CellValue } from './cell-parse';
import { type Grid, cellKey } from './grid';

type SortSpec = number | { column: number; ascending?: boolean };

/** Sheets' order: numbers (and dates) before text, blanks last. */
function compare(a: CellValue, b: CellValue): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const x = a instanceof Date ? a.getTime() : a;
  const y = b instanceof Date ? b.getTime() : b;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return typeof x === 'number' ? -1 : typeof y === 'number' ? 1 : String(x).localeCompare(String(y));
}

/** Sorts the rows of `box` in `grid` by `spec` (one spec or a list, columns numbered on the sheet). */
export function sortRows(grid: Grid, box: Box, spec: SortSpec | SortSpec[]): void {
  const specs = (Array.isArray(spec) ? spec : [spec]).map((x) =>
    typeof x === 'number'
      ? { column: x, ascending: true }
      : { column: Number(x.column), ascending: x.ascending !== false },
  );
  const rows = Array.from({ length: box.numRows }, (_, i) =>
    Array.from({ length: box.numCols }, (_2, j) => {
      const r = box.row + i;
      const c = box.col + j;
      return { v: grid.get(r, c), f: grid.formulas.get(cellKey(r, c)) };
    }),
  );
  rows.sort((p, q) => {
    for (const { column, ascending } of specs) {
      const d = compare(p[column - box.col].v, q[column - box.col].v);
      if (d !== 0) return ascending ? d : -d;
    }
    return 0;
  });
  rows.forEach((line, i) =>
    line.forEach((cell, j) => {
      const key = cellKey(box.row + i, box.col + j);
      grid.set(box.row + i, box.col + j, cell.v);
      if (cell.f) grid.formulas.set(key, cell.f);
      else grid.formulas.delete(key);
    }),
  );
}
