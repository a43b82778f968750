/** Fake `Spreadsheet`: a named list of FakeSheets with a time zone, an owner and the people it is shared with. */
import { type Acl, currentProject, newAcl } from './acl';
import type { Ctx } from './context';
import type { GProtection, GSheet, GSpreadsheet } from './gas';
import { DENIED } from './google-errors';
import { Shareable } from './sharing';
import { FakeSheet } from './sheet';
import { guardSheet, requireSheetsEdit } from './sheet-guard';
import { fromWall, isValidTimeZone, toWall } from './tz';
import { isDate } from './cell-parse';
import type { Grid } from './grid';
import { recordShown } from './ui';

/** Sheets' limit on cells per spreadsheet. */
export const CELL_LIMIT = 10_000_000;

type SpreadsheetApi = Pick<
  GSpreadsheet,
  | 'getId'
  | 'getUrl'
  | 'getName'
  | 'rename'
  | 'getSpreadsheetTimeZone'
  | 'setSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'getSheetByName'
  | 'getSheets'
  | 'insertSheet'
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'toast'
  | 'getNumSheets'
  | 'getSheetById'
  | 'getProtections'
  | 'getRange'
>;

export class FakeSpreadsheet extends Shareable implements SpreadsheetApi {
  sheets: FakeSheet[] = [];
  activeSheet: FakeSheet | null = null;
  readonly acl: Acl;
  /** The projects that created or opened it (what a drive.file-only project may see). */
  readonly apps = new Set<string>();
  locale = 'en_US';
  private nextSheetId = 0;

  constructor(
    private readonly ctx: Ctx,
    readonly id: string,
    public name: string,
    public timeZone: string,
    owner: string,
  ) {
    super();
    this.acl = newAcl(owner);
    this.addSheet('Sheet1');
  }

  protected get sharingCtx(): Ctx {
    return this.ctx;
  }
  protected shareDenied(): Error {
    return this.ctx.fail(DENIED.sheetsViewOnly);
  }

  /** Test helper: the raw sheet called `name`, or undefined. */
  sheetByName(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Test helper: sheet names in tab order. */
  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** Test helper: adds a sheet (no call counted) and optionally seeds it with stored values. */
  addSheet(name: string, rows?: unknown[][], index = this.sheets.length): FakeSheet {
    if (this.sheetByName(name))
      throw this.ctx.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.checkCellLimit(1000 * 26);
    const sheet = new FakeSheet(this.ctx, this, this.nextSheetId, name);
    this.nextSheetId += this.nextSheetId === 0 ? 1234567 : 1;
    this.sheets.splice(index, 0, sheet);
    if (rows) sheet.seed(rows);
    return sheet;
  }

  /** Throws like Sheets when `extraCells` more would pass the 10,000,000-cell limit. */
  checkCellLimit(extraCells: number): void {
    const used = this.sheets.reduce((n, s) => n + s.grid.maxRows * s.grid.maxCols, 0);
    if (used + extraCells > CELL_LIMIT) {
      throw this.ctx.fail(
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
    }
  }

  getId(): string {
    return this.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getName(): string {
    return this.name;
  }
  rename(newName: string): void {
    requireSheetsEdit(this.ctx, this);
    this.name = newName;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  /** File › Settings › Locale; a new spreadsheet takes its creator's (en_US here unless a test sets `locale`). */
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    if (!isValidTimeZone(timezone)) throw this.ctx.fail(`Invalid argument: timezone`);
    requireSheetsEdit(this.ctx, this);
    for (const sheet of this.sheets) keepWallClock(sheet.grid, this.timeZone, timezone);
    this.timeZone = timezone;
  }
  getNumSheets(): number {
    return this.sheets.length;
  }

  getSheetByName(name: string): GSheet | null {
    const s = this.sheetByName(name);
    return s ? this.ctx.wrap(s, 'Sheet') : null;
  }
  getSheetById(id: number): GSheet | null {
    const s = this.sheets.find((x) => x.sheetId === id);
    return s ? this.ctx.wrap(s, 'Sheet') : null;
  }
  /** 'Sheet name'!A1:B2 or A1:B2 (on the active sheet). */
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    const bang = a1Notation.lastIndexOf('!');
    const name =
      bang < 0
        ? null
        : a1Notation
            .slice(0, bang)
            .replace(/^'(.*)'$/, '$1')
            .replace(/''/g, "'");
    const sheet = name === null ? (this.activeSheet ?? this.sheets[0]) : this.sheetByName(name);
    if (!sheet) throw this.ctx.fail('Range not found');
    return sheet.getRange(a1Notation.slice(bang + 1));
  }

  getSheets(): GSheet[] {
    return this.sheets.map((s) => this.ctx.wrap<GSheet>(s, 'Sheet'));
  }

  insertSheet(nameOrIndex?: string | number | object, index?: number | object): GSheet {
    requireSheetsEdit(this.ctx, this);
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.freeName();
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : typeof index === 'number' ? index : this.sheets.length;
    const sheet = this.addSheet(name, undefined, Math.min(at, this.sheets.length));
    this.activeSheet = sheet;
    return this.ctx.wrap(sheet, 'Sheet');
  }

  deleteSheet(sheet: GSheet): void {
    const raw = this.ctx.unwrap<FakeSheet>(sheet);
    if (!this.sheets.includes(raw)) throw this.ctx.fail('Sheet not found');
    guardSheet(this.ctx, raw);
    if (this.sheets.length === 1)
      throw this.ctx.fail("This operation is not allowed: You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== raw);
    if (this.activeSheet === raw) this.activeSheet = null;
  }

  getActiveSheet(): GSheet {
    return this.ctx.wrap(this.activeSheet ?? this.sheets[0], 'Sheet');
  }
  setActiveSheet(sheet: GSheet): GSheet {
    this.activeSheet = this.ctx.unwrap<FakeSheet>(sheet);
    return sheet;
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    recordShown(this.ctx, {
      kind: 'toast',
      title: title ?? '',
      content: String(msg),
      timeoutSeconds: timeoutSeconds ?? undefined,
    });
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GProtection[] {
    return this.sheets.flatMap((s) => s.getProtections(type));
  }

  private freeName(): string {
    let n = this.sheets.length + 1;
    while (this.sheetByName(`Sheet${n}`)) n++;
    return `Sheet${n}`;
  }
}

/** Makes a spreadsheet, registers it in `ctx.spreadsheets` and returns it raw. */
export function createSpreadsheet(ctx: Ctx, name: string, id = ctx.nextId('ss')): FakeSpreadsheet {
  const ss = new FakeSpreadsheet(ctx, id, name, ctx.scriptTimeZone, ctx.user.effective);
  ss.apps.add(currentProject(ctx).id);
  ctx.spreadsheets.set(id, ss);
  return ss;
}

/**
 * Sheets keeps a date cell as a serial number of days in the spreadsheet's zone, so changing the zone
 * keeps what every date cell shows (its wall clock) and moves the instant a script reads from it.
 */
function keepWallClock(grid: Grid, from: string, to: string): void {
  if (from === to) return;
  grid.rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (!isDate(v)) return;
      const w = toWall(v, from);
      const moved = fromWall(to, w.year, w.month, w.day, w.hour, w.minute, w.second).getTime() + w.ms;
      grid.set(i + 1, j + 1, new Date(moved));
    }),
  );
}
