/** Reading and writing single cells of a grid with Sheets' typing rules. */
import { type CellValue, formulaResult, isDate, parseTyped } from './cell-parse';
import { DATE_TIME_FORMAT } from './cell-display';
import type { Ctx } from './context';
import { type Grid, cellKey } from './grid';

/** Most characters one cell holds (Google Sheets' limit). */
export const CELL_MAX_CHARS = 50000;
/** Sheets' refusal of a longer text, as Apps Script executions report it. */
const CELL_TOO_LONG = 'Your input contains more than the maximum of 50000 characters in a single cell.';

/** Sheets refuses a whole write when one text is longer than a cell holds: nothing is written. */
export function checkCellTexts(ctx: Pick<Ctx, 'fail'>, values: unknown[]): void {
  if (values.some((v) => typeof v === 'string' && v.length > CELL_MAX_CHARS)) throw ctx.fail(CELL_TOO_LONG);
}

/** A stored value as `getValues` returns it (Dates copied, never shared). */
export function readCell(grid: Grid, row: number, col: number): CellValue {
  const v = grid.get(row, col);
  return isDate(v) ? new Date(v.getTime()) : v;
}

/** Writes a JS value like setValue: strings are parsed as typed unless the cell is '@'. */
export function writeCell(grid: Grid, row: number, col: number, v: unknown, timeZone: string): void {
  const key = cellKey(row, col);
  grid.formulas.delete(key);
  if (v === null || v === undefined || v === '') return grid.set(row, col, '');
  if (typeof v === 'string') {
    if (grid.formats.get(key) === '@') return grid.set(row, col, v);
    const p = parseTyped(v, timeZone);
    if (p.formula) grid.formulas.set(key, p.formula);
    if (p.format && !grid.formats.has(key)) grid.formats.set(key, p.format);
    return grid.set(row, col, p.value);
  }
  if (isDate(v)) {
    if (!grid.formats.has(key)) grid.formats.set(key, DATE_TIME_FORMAT);
    return grid.set(row, col, new Date(v.getTime()));
  }
  if (typeof v === 'number') return grid.set(row, col, Number.isFinite(v) ? v : '#NUM!');
  if (typeof v === 'boolean') return grid.set(row, col, v);
  grid.set(row, col, String(v));
}

/** Writes a formula; its value is the error Sheets would show for a formula we cannot evaluate. */
export function writeFormula(grid: Grid, row: number, col: number, formula: string): void {
  const key = cellKey(row, col);
  if (formula === '') {
    grid.formulas.delete(key);
    grid.set(row, col, '');
    return;
  }
  const f = formula.startsWith('=') ? formula : `=${formula}`;
  grid.formulas.set(key, f);
  grid.set(row, col, formulaResult(f));
}

/** Removes a cell's value and formula. */
export function clearCell(grid: Grid, row: number, col: number): void {
  const key = cellKey(row, col);
  grid.formulas.delete(key);
  if (grid.get(row, col) !== '') grid.set(row, col, '');
}
