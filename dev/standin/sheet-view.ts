/** Test-side view of a FakeSheet: plain data to assert on, and seeding without parsing. */
import { a1Of } from './a1';
import { type CellValue, isDate } from './cell-parse';
import { writeCell } from './cells';
import type { Grid } from './grid';

const STRIDE = 65536;

function byA1(m: Map<number, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, v] of m) out[a1Of({ row: Math.floor(key / STRIDE), col: key % STRIDE, numRows: 1, numCols: 1 })] = v;
  return out;
}

/** A dense 2-D array over the data extent grown to cover every entry of `m`; '' where unset. */
function dense(m: Map<number, string>, extent: { lastRow: number; lastCol: number }): string[][] {
  let rows = extent.lastRow;
  let cols = extent.lastCol;
  for (const key of m.keys()) {
    rows = Math.max(rows, Math.floor(key / STRIDE));
    cols = Math.max(cols, key % STRIDE);
  }
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_2, j) => m.get((i + 1) * STRIDE + j + 1) ?? ''),
  );
}

export abstract class SheetView {
  abstract grid: Grid;
  abstract readonly spreadsheet: { timeZone: string };

  /** Stored values from A1 to (lastRow, lastColumn); empty cells are ''. Dates are copies. */
  get values(): CellValue[][] {
    const { lastRow, lastCol } = this.grid.extent();
    const out: CellValue[][] = [];
    for (let r = 1; r <= lastRow; r++) {
      const line: CellValue[] = [];
      for (let c = 1; c <= lastCol; c++) {
        const v = this.grid.get(r, c);
        line.push(isDate(v) ? new Date(v.getTime()) : v);
      }
      out.push(line);
    }
    return out;
  }

  /** Formulas as a 2-D array like `values` ('' where the cell holds no formula). */
  get formulas(): string[][] {
    return dense(this.grid.formulas, this.grid.extent());
  }
  /** Number formats set on cells, 2-D ('' where never set; the real default is '0.###############'). */
  get numberFormats(): string[][] {
    return dense(this.grid.formats, this.grid.extent());
  }
  /** Notes, 2-D ('' where none). */
  get notes(): string[][] {
    return dense(this.grid.notes, this.grid.extent());
  }
  /** Formulas, number formats or notes keyed by A1 ('B2' → '=SUM(A:A)'): only cells that have one. */
  byA1(what: 'formulas' | 'formats' | 'notes'): Record<string, string> {
    return byA1(this.grid[what]);
  }
  /** One style ('background', 'fontWeight', 'fontColor', 'wrap', 'horizontalAlignment'…) keyed by A1. */
  styleOf(name: string): Record<string, string> {
    return byA1(this.grid.style(name));
  }

  /**
   * Puts rows into the sheet starting at A1 (or `startRow`), as stored values: strings
   * stay strings unless `parse` is true (then they are typed like setValues).
   */
  seed(rows: unknown[][], opts: { startRow?: number; parse?: boolean } = {}): void {
    const start = opts.startRow ?? 1;
    const width = Math.max(0, ...rows.map((r) => r.length));
    this.grid.maxRows = Math.max(this.grid.maxRows, start + rows.length - 1);
    this.grid.maxCols = Math.max(this.grid.maxCols, width);
    rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (opts.parse || typeof v !== 'string') writeCell(this.grid, start + i, j + 1, v, this.spreadsheet.timeZone);
        else this.grid.set(start + i, j + 1, v);
      }),
    );
  }
}
