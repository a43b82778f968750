/** Geometry helpers and formatting setters shared by FakeRange (kept apart to keep files small). */
import type { Box } from './a1';
import type { Ctx } from './context';
import { type GRange, asGas } from './gas';
import { type Grid, cellKey } from './grid';
import type { FakeSheet } from './sheet';
import { guardCells } from './sheet-guard';

type StyleApi = Pick<
  GRange,
  | 'setBackground'
  | 'setBackgrounds'
  | 'getBackground'
  | 'getBackgrounds'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'setFontColor'
  | 'setFontColors'
  | 'setWrap'
  | 'setFontSize'
  | 'setHorizontalAlignment'
  | 'setVerticalAlignment'
  | 'setFontStyle'
  | 'setBorder'
>;

const DEFAULTS: Record<string, string> = { background: '#ffffff', fontWeight: 'normal', fontColor: '#000000' };

export class RangeStyles implements StyleApi {
  constructor(
    protected ctx: Ctx,
    readonly sheet: FakeSheet,
    readonly box: Box,
  ) {}

  protected get grid(): Grid {
    return this.sheet.grid;
  }

  /** Throws Google's error unless the current user may change every cell of this range. */
  protected guard(): void {
    guardCells(this.ctx, this.sheet, this.box);
  }

  /** Builds a numRows × numCols array from a per-cell function (row, col are sheet coordinates). */
  protected map<T>(fn: (row: number, col: number) => T): T[][] {
    const { row, col, numRows, numCols } = this.box;
    const out: T[][] = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const line: T[] = new Array(numCols);
      for (let j = 0; j < numCols; j++) line[j] = fn(row + i, col + j);
      out[i] = line;
    }
    return out;
  }

  protected each(fn: (row: number, col: number) => void): void {
    const { row, col, numRows, numCols } = this.box;
    for (let i = 0; i < numRows; i++) for (let j = 0; j < numCols; j++) fn(row + i, col + j);
  }

  /** Throws Sheets' own messages when a 2-D array does not match the range's size. */
  protected checkShape(values: unknown, method: string): asserts values is unknown[][] {
    if (!Array.isArray(values) || values.some((r) => !Array.isArray(r))) {
      throw this.ctx.fail(
        `The parameters (${typeof values}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (values.length !== this.box.numRows) {
      throw this.ctx.fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.box.numRows}.`,
      );
    }
    const bad = values.find((r) => r.length !== this.box.numCols);
    if (bad) {
      throw this.ctx.fail(
        `The number of columns in the data does not match the number of columns in the range. The data has ${bad.length} but the range has ${this.box.numCols}.`,
      );
    }
  }

  private setAll(name: string, value: string | null): GRange {
    this.guard();
    const m = this.grid.style(name);
    this.each((r, c) => (value === null ? m.delete(cellKey(r, c)) : m.set(cellKey(r, c), String(value))));
    return asGas(this);
  }

  private setEach(name: string, values: (string | null)[][], method: string): GRange {
    this.checkShape(values, method);
    this.guard();
    const m = this.grid.style(name);
    this.each((r, c) => {
      const v = values[r - this.box.row][c - this.box.col];
      if (v === null) m.delete(cellKey(r, c));
      else m.set(cellKey(r, c), String(v));
    });
    return asGas(this);
  }

  private getAll(name: string): string[][] {
    const m = this.grid.style(name);
    return this.map((r, c) => m.get(cellKey(r, c)) ?? DEFAULTS[name] ?? '');
  }

  setBackground(color: string | null): GRange {
    return this.setAll('background', color);
  }
  setBackgrounds(color: string[][]): GRange {
    return this.setEach('background', color, 'setBackgrounds');
  }
  getBackground(): string {
    return this.getAll('background')[0][0];
  }
  getBackgrounds(): string[][] {
    return this.getAll('background');
  }
  setFontWeight(fontWeight: string | null): GRange {
    return this.setAll('fontWeight', fontWeight);
  }
  setFontWeights(fontWeights: any[][]): GRange {
    return this.setEach('fontWeight', fontWeights, 'setFontWeights');
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.getAll('fontWeight')[0][0] as GoogleAppsScript.Spreadsheet.FontWeight;
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.getAll('fontWeight') as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }
  setFontColor(color: string | null): GRange {
    return this.setAll('fontColor', color as string | null);
  }
  setFontColors(colors: any[][]): GRange {
    return this.setEach('fontColor', colors, 'setFontColors');
  }
  setFontSize(size: number): GRange {
    return this.setAll('fontSize', String(size));
  }
  setFontStyle(fontStyle: string | null): GRange {
    return this.setAll('fontStyle', fontStyle);
  }
  setWrap(isWrapEnabled: boolean): GRange {
    return this.setAll('wrap', String(isWrapEnabled));
  }
  setHorizontalAlignment(alignment: string | null): GRange {
    return this.setAll('horizontalAlignment', alignment);
  }
  setVerticalAlignment(alignment: string | null): GRange {
    return this.setAll('verticalAlignment', alignment);
  }
  setBorder(top: boolean | null): GRange {
    return this.setAll('border', String(top));
  }
}
