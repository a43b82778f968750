/** Fake `Range`: a box on a FakeSheet; every method reads/writes the sheet's Grid. */
import { type Box, a1Of } from './a1';
import { type CellValue } from './cell-parse';
import { DEFAULT_NUMBER_FORMAT, displayOf } from './cell-display';
import { checkCellTexts, clearCell, readCell, writeCell, writeFormula } from './cells';
import type { Ctx } from './context';
import { type GProtection, type GRange, type GSheet, asGas } from './gas';
import { cellKey } from './grid';
import { FakeProtection } from './protection';
import type { FakeSheet } from './sheet';
import { RangeStyles } from './range-style';
import { sortRows } from './range-sort';
import { requireSheetsEdit } from './sheet-guard';
import { toScriptValue } from './script-date';
import { FakeTextFinder } from './text-finder';

type RangeApi = Pick<
  GRange,
  | 'getValues'
  | 'setValues'
  | 'getValue'
  | 'setValue'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'getFormulas'
  | 'getFormula'
  | 'setFormula'
  | 'setFormulas'
  | 'getNotes'
  | 'getNote'
  | 'setNote'
  | 'setNotes'
  | 'getNumberFormats'
  | 'getNumberFormat'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'clearContent'
  | 'clear'
  | 'getRow'
  | 'getColumn'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getA1Notation'
  | 'getSheet'
  | 'offset'
  | 'protect'
  | 'setDataValidation'
  | 'merge'
  | 'isBlank'
  | 'getCell'
  | 'activate'
  | 'sort'
  | 'createTextFinder'
>;

export class FakeRange extends RangeStyles implements RangeApi {
  constructor(ctx: Ctx, sheet: FakeSheet, box: Box) {
    super(ctx, sheet, box);
  }

  private get tz(): string {
    return this.sheet.spreadsheet.timeZone;
  }

  getValues(): any[][] {
    return this.map((r, c) => toScriptValue(this.ctx, readCell(this.grid, r, c)));
  }
  getValue(): any {
    return toScriptValue(this.ctx, readCell(this.grid, this.box.row, this.box.col));
  }
  getDisplayValues(): string[][] {
    return this.map((r, c) => this.display(r, c));
  }
  getDisplayValue(): string {
    return this.display(this.box.row, this.box.col);
  }
  getFormulas(): string[][] {
    return this.map((r, c) => this.grid.formulas.get(cellKey(r, c)) ?? '');
  }
  getFormula(): string {
    return this.grid.formulas.get(cellKey(this.box.row, this.box.col)) ?? '';
  }
  getNotes(): string[][] {
    return this.map((r, c) => this.grid.notes.get(cellKey(r, c)) ?? '');
  }
  getNote(): string {
    return this.grid.notes.get(cellKey(this.box.row, this.box.col)) ?? '';
  }
  getNumberFormats(): string[][] {
    return this.map((r, c) => this.grid.formats.get(cellKey(r, c)) ?? DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormat(): string {
    return this.grid.formats.get(cellKey(this.box.row, this.box.col)) ?? DEFAULT_NUMBER_FORMAT;
  }

  setValues(values: any[][]): GRange {
    this.checkShape(values, 'setValues');
    this.guard();
    checkCellTexts(this.ctx, values.flat());
    const { row, col } = this.box;
    for (let i = 0; i < values.length; i++) {
      const src = values[i];
      for (let j = 0; j < src.length; j++) writeCell(this.grid, row + i, col + j, src[j], this.tz);
    }
    return asGas(this);
  }

  setValue(value: any): GRange {
    this.guard();
    checkCellTexts(this.ctx, [value]);
    this.each((r, c) => writeCell(this.grid, r, c, value, this.tz));
    return asGas(this);
  }

  setFormula(formula: string): GRange {
    this.guard();
    this.each((r, c) => writeFormula(this.grid, r, c, formula));
    return asGas(this);
  }

  setFormulas(formulas: string[][]): GRange {
    this.checkShape(formulas, 'setFormulas');
    this.guard();
    this.each((r, c) => writeFormula(this.grid, r, c, String(formulas[r - this.box.row][c - this.box.col] ?? '')));
    return asGas(this);
  }

  setNote(note: string | null): GRange {
    this.guard();
    this.each((r, c) => this.setSparse(this.grid.notes, r, c, note));
    return asGas(this);
  }

  setNotes(notes: (string | null)[][]): GRange {
    this.checkShape(notes, 'setNotes');
    this.guard();
    this.each((r, c) => this.setSparse(this.grid.notes, r, c, notes[r - this.box.row][c - this.box.col]));
    return asGas(this);
  }

  setNumberFormat(numberFormat: string): GRange {
    this.guard();
    this.each((r, c) => this.grid.formats.set(cellKey(r, c), numberFormat));
    return asGas(this);
  }

  setNumberFormats(numberFormats: string[][]): GRange {
    this.checkShape(numberFormats, 'setNumberFormats');
    this.guard();
    this.each((r, c) => this.grid.formats.set(cellKey(r, c), numberFormats[r - this.box.row][c - this.box.col]));
    return asGas(this);
  }

  clearContent(): GRange {
    this.guard();
    this.each((r, c) => clearCell(this.grid, r, c));
    return asGas(this);
  }

  clear(): GRange {
    this.guard();
    this.each((r, c) => {
      clearCell(this.grid, r, c);
      const key = cellKey(r, c);
      this.grid.notes.delete(key);
      this.grid.formats.delete(key);
      for (const m of this.grid.styles.values()) m.delete(key);
    });
    return asGas(this);
  }

  getRow(): number {
    return this.box.row;
  }
  getColumn(): number {
    return this.box.col;
  }
  getLastRow(): number {
    return this.box.row + this.box.numRows - 1;
  }
  getLastColumn(): number {
    return this.box.col + this.box.numCols - 1;
  }
  getNumRows(): number {
    return this.box.numRows;
  }
  getNumColumns(): number {
    return this.box.numCols;
  }
  getA1Notation(): string {
    return a1Of(this.box);
  }
  getSheet(): GSheet {
    return this.ctx.wrap(this.sheet, 'Sheet');
  }
  isBlank(): boolean {
    return this.getValues().every((r) => r.every((v: CellValue) => v === ''));
  }
  activate(): GRange {
    return asGas(this);
  }

  getCell(row: number, column: number): GRange {
    if (row < 1 || column < 1 || row > this.box.numRows || column > this.box.numCols) {
      throw this.ctx.fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.sheet.rangeAt({ row: this.box.row + row - 1, col: this.box.col + column - 1, numRows: 1, numCols: 1 });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    return this.sheet.rangeAt({
      row: this.box.row + rowOffset,
      col: this.box.col + columnOffset,
      numRows: numRows ?? this.box.numRows,
      numCols: numColumns ?? this.box.numCols,
    });
  }

  protect(): GProtection {
    requireSheetsEdit(this.ctx, this.sheet.spreadsheet);
    const p = new FakeProtection(this.ctx, this.sheet, 'RANGE', { ...this.box });
    this.sheet.protections.push(p);
    return this.ctx.wrap(p, 'Protection');
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GRange {
    this.guard();
    this.sheet.dataValidations.push({ a1: this.getA1Notation(), rule });
    return asGas(this);
  }

  merge(): GRange {
    this.guard();
    this.sheet.merges.push(this.getA1Notation());
    return asGas(this);
  }

  /** A finder over this range's cells (text-finder.ts). */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    const box = { ...this.box };
    return this.ctx.wrap(new FakeTextFinder(this.ctx, this.sheet, () => box, String(findText ?? '')), 'TextFinder');
  }

  /** Sorts the range's rows by one or more columns (sheet column numbers, or { column, ascending }). */
  sort(sortSpecObj: any): GRange {
    this.guard();
    sortRows(this.grid, this.box, sortSpecObj);
    return asGas(this);
  }

  private display(r: number, c: number): string {
    return displayOf(this.grid.get(r, c), this.grid.formats.get(cellKey(r, c)), this.tz);
  }

  private setSparse(m: Map<number, string>, r: number, c: number, v: string | null | undefined): void {
    if (v === null || v === undefined || v === '') m.delete(cellKey(r, c));
    else m.set(cellKey(r, c), String(v));
  }
}
