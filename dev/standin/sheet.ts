/** Fake `Sheet`: owns a Grid; hands out wrapped FakeRanges; keeps protections and charts. */
import { type Box, parseA1 } from './a1';
import { FakeChart, newChartBuilder } from './chart';
import { checkCellTexts, writeCell } from './cells';
import type { Ctx } from './context';
import { type GProtection, type GRange, type GSheet, type GSpreadsheet, asGas } from './gas';
import { Grid } from './grid';
import { FakeProtection } from './protection';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';
import { SheetView } from './sheet-view';
import { FakeTextFinder } from './text-finder';
import { guardCells, guardRowInsert, guardSheet, requireSheetsEdit } from './sheet-guard';

type SheetApi = Pick<
  GSheet,
  | 'getName'
  | 'setName'
  | 'getRange'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'appendRow'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'deleteRow'
  | 'deleteRows'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'protect'
  | 'getProtections'
  | 'clear'
  | 'clearContents'
  | 'hideSheet'
  | 'showSheet'
  | 'isSheetHidden'
  | 'setTabColor'
  | 'autoResizeColumns'
  | 'setColumnWidth'
  | 'getColumnWidth'
  | 'getSheetId'
  | 'getParent'
  | 'getIndex'
  | 'activate'
  | 'getCharts'
  | 'insertChart'
  | 'removeChart'
  | 'updateChart'
  | 'newChart'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'insertColumnsAfter'
  | 'hideColumns'
  | 'showColumns'
  | 'isColumnHiddenByUser'
  | 'getFormUrl'
  | 'createTextFinder'
>;

export class FakeSheet extends SheetView implements SheetApi {
  grid = new Grid();
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  /** Columns (1-based) a person or script hid; they keep their values and move with insertions. */
  hiddenColumns = new Set<number>();
  tabColor: string | null = null;
  columnWidths = new Map<number, number>();
  protections: FakeProtection[] = [];
  dataValidations: Array<{ a1: string; rule: unknown }> = [];
  merges: string[] = [];
  charts: FakeChart[] = [];

  constructor(
    private readonly ctx: Ctx,
    readonly spreadsheet: FakeSpreadsheet,
    readonly sheetId: number,
    public name: string,
  ) {
    super();
  }

  /** A wrapped Range for `box`, after Sheets' own bounds checks. */
  rangeAt(box: Box): GRange {
    if (box.row < 1) throw this.ctx.fail('The starting row of the range is too small.');
    if (box.col < 1) throw this.ctx.fail('The starting column of the range is too small.');
    if (box.numRows < 1) throw this.ctx.fail('The number of rows in the range must be at least 1.');
    if (box.numCols < 1) throw this.ctx.fail('The number of columns in the range must be at least 1.');
    if (box.row + box.numRows - 1 > this.grid.maxRows || box.col + box.numCols - 1 > this.grid.maxCols) {
      throw this.ctx.fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.ctx.wrap(new FakeRange(this.ctx, this, box), 'Range');
  }

  getName(): string {
    return this.name;
  }
  /** The URL of the form that sends its responses to this sheet, or null. */
  getFormUrl(): string | null {
    const form = [...this.ctx.forms.values()].find((f) => f.responsesSheet === this);
    return form ? `https://docs.google.com/forms/d/${form.id}/viewform` : null;
  }
  setName(name: string): GSheet {
    guardSheet(this.ctx, this);
    if (this.spreadsheet.sheets.some((s) => s !== this && s.name.toLowerCase() === name.toLowerCase())) {
      throw this.ctx.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.name = name;
    return asGas(this);
  }

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): GRange {
    if (typeof rowOrA1 === 'string') {
      const box = parseA1(rowOrA1, this.grid.maxRows, this.grid.maxCols);
      if (!box) throw this.ctx.fail('Range not found');
      return this.rangeAt(box);
    }
    return this.rangeAt({ row: rowOrA1, col: column as number, numRows: numRows ?? 1, numCols: numColumns ?? 1 });
  }

  getDataRange(): GRange {
    const { lastRow, lastCol } = this.grid.extent();
    return this.rangeAt({ row: 1, col: 1, numRows: Math.max(lastRow, 1), numCols: Math.max(lastCol, 1) });
  }

  /** A finder over the sheet's data range, as it is at each find (text-finder.ts). */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    const scope = () => {
      const { lastRow, lastCol } = this.grid.extent();
      return { row: 1, col: 1, numRows: lastRow, numCols: lastCol };
    };
    return this.ctx.wrap(new FakeTextFinder(this.ctx, this, scope, String(findText ?? '')), 'TextFinder');
  }

  getLastRow(): number {
    return this.grid.extent().lastRow;
  }
  getLastColumn(): number {
    return this.grid.extent().lastCol;
  }
  getMaxRows(): number {
    return this.grid.maxRows;
  }
  getMaxColumns(): number {
    return this.grid.maxCols;
  }

  appendRow(rowContents: any[]): GSheet {
    const row = this.grid.extent().lastRow + 1;
    guardCells(this.ctx, this, { row, col: 1, numRows: 1, numCols: Math.max(rowContents.length, 1) });
    checkCellTexts(this.ctx, rowContents);
    if (row > this.grid.maxRows) this.grow(row - this.grid.maxRows, 0);
    if (rowContents.length > this.grid.maxCols) this.grow(0, rowContents.length - this.grid.maxCols);
    rowContents.forEach((v, j) => writeCell(this.grid, row, j + 1, v, this.spreadsheet.timeZone));
    return asGas(this);
  }

  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    guardRowInsert(this.ctx, this, afterPosition);
    this.spreadsheet.checkCellLimit(howMany * this.grid.maxCols);
    this.grid.insertRows(afterPosition, howMany);
    this.shiftProtections(afterPosition + 1, howMany);
    return asGas(this);
  }
  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    return this.insertRowsAfter(beforePosition - 1, howMany);
  }
  /** Inserts empty columns after `afterPosition`, shifting the columns to its right (as Sheets does). */
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    guardSheet(this.ctx, this);
    if (afterPosition < 0 || afterPosition > this.grid.maxCols) throw this.ctx.fail('Those columns are out of bounds.');
    this.spreadsheet.checkCellLimit(howMany * this.grid.maxRows);
    this.grid.insertColumns(afterPosition, howMany);
    this.hiddenColumns = new Set([...this.hiddenColumns].map((c) => (c > afterPosition ? c + howMany : c)));
    return asGas(this);
  }
  /** Hides `numColumns` columns from `columnIndex` (1-based); values stay readable and writable. */
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.setColumnsHidden(columnIndex, numColumns, true);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this.setColumnsHidden(columnIndex, numColumns, false);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.hiddenColumns.has(columnPosition);
  }
  private setColumnsHidden(first: number, count: number, hidden: boolean): void {
    guardSheet(this.ctx, this);
    if (first < 1 || count < 1 || first + count - 1 > this.grid.maxCols)
      throw this.ctx.fail('Those columns are out of bounds.');
    for (let c = first; c < first + count; c++) {
      if (hidden) this.hiddenColumns.add(c);
      else this.hiddenColumns.delete(c);
    }
  }

  deleteRow(rowPosition: number): GSheet {
    this.deleteRows(rowPosition, 1);
    return asGas(this);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.grid.maxRows)
      throw this.ctx.fail('Those rows are out of bounds.');
    if (howMany >= this.grid.maxRows - this.frozenRows)
      throw this.ctx.fail('Sorry, it is not possible to delete all non-frozen rows.');
    guardCells(this.ctx, this, { row: rowPosition, col: 1, numRows: howMany, numCols: this.grid.maxCols });
    this.grid.deleteRows(rowPosition, howMany);
    this.shiftProtections(rowPosition, -howMany);
  }

  setFrozenRows(rows: number): void {
    guardSheet(this.ctx, this);
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    guardSheet(this.ctx, this);
    this.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }

  protect(): GProtection {
    requireSheetsEdit(this.ctx, this.spreadsheet);
    const existing = this.protections.find((p) => p.type === 'SHEET');
    if (existing) return this.ctx.wrap(existing, 'Protection');
    const p = new FakeProtection(this.ctx, this, 'SHEET', {
      row: 1,
      col: 1,
      numRows: this.grid.maxRows,
      numCols: this.grid.maxCols,
    });
    this.protections.push(p);
    return this.ctx.wrap(p, 'Protection');
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GProtection[] {
    return this.protections
      .filter((p) => p.type === String(type))
      .map((p) => this.ctx.wrap<GProtection>(p, 'Protection'));
  }

  clear(): GSheet {
    guardCells(this.ctx, this, this.wholeBox());
    const g = new Grid(this.grid.maxRows, this.grid.maxCols);
    this.grid = g;
    return asGas(this);
  }
  clearContents(): GSheet {
    guardCells(this.ctx, this, this.wholeBox());
    this.grid.rows = [];
    this.grid.formulas.clear();
    this.grid.touch();
    return asGas(this);
  }

  hideSheet(): GSheet {
    guardSheet(this.ctx, this);
    this.hidden = true;
    return asGas(this);
  }
  showSheet(): GSheet {
    guardSheet(this.ctx, this);
    this.hidden = false;
    return asGas(this);
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  setTabColor(color: string | null): GSheet {
    guardSheet(this.ctx, this);
    this.tabColor = color;
    return asGas(this);
  }
  autoResizeColumns(_startColumn: number, _numColumns: number): GSheet {
    guardSheet(this.ctx, this);
    return asGas(this);
  }
  setColumnWidth(columnPosition: number, width: number): GSheet {
    guardSheet(this.ctx, this);
    this.columnWidths.set(columnPosition, width);
    return asGas(this);
  }
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? 100;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }
  getParent(): GSpreadsheet {
    return this.ctx.wrap(this.spreadsheet, 'Spreadsheet');
  }
  activate(): GSheet {
    this.spreadsheet.activeSheet = this;
    return asGas(this);
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return newChartBuilder(this.ctx);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.charts.map((c) => this.ctx.wrap<GoogleAppsScript.Spreadsheet.EmbeddedChart>(c, 'EmbeddedChart'));
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    guardSheet(this.ctx, this);
    this.charts.push(this.ctx.unwrap<FakeChart>(chart));
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    guardSheet(this.ctx, this);
    const id = this.ctx.unwrap<FakeChart>(chart).id;
    this.charts = this.charts.filter((c) => c.id !== id);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    guardSheet(this.ctx, this);
    const c = this.ctx.unwrap<FakeChart>(chart);
    this.charts = this.charts.map((old) => (old.id === c.id ? c : old));
  }

  private wholeBox(): Box {
    return { row: 1, col: 1, numRows: this.grid.maxRows, numCols: this.grid.maxCols };
  }

  private shiftProtections(row: number, by: number): void {
    for (const p of this.protections) if (p.type === 'RANGE') p.shiftRows(row, by);
    this.protections = this.protections.filter((p) => p.box.numRows > 0);
  }

  private grow(rows: number, cols: number): void {
    this.spreadsheet.checkCellLimit(rows * this.grid.maxCols + cols * (this.grid.maxRows + rows));
    if (rows > 0) this.grid.insertRows(this.grid.maxRows, rows);
    this.grid.maxCols += cols;
  }
}
