/** Reading and writing single cells of a grid with Sheets' typing rules. */
import { type CellValue, formulaResult, isDate, parseTyped } from './cell-parse';
import { DATE_TIME_FORMAT } from './cell-display';
import { type Grid, cellKey } from './grid';

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
