/**
 * One spreadsheet per archived year, owned by the office account: "Arsip Layanan Vicon 2025",
 * with a Register tab (the live Register's columns) and a Riwayat tab (the same 14 columns, rows
 * exactly as they were, hashes included). Where each year's archive lives is kept in the engine's
 * Script Properties ('ARSIP_2025' = its id). Copying is idempotent: a request already there is
 * overwritten in its own row, a Riwayat row already there (same hash) is not added again, and
 * each archived request's "Baris Riwayat" names its rows in the archive's own Riwayat tab.
 */
import type { HistoryRecord } from '../core/history';
import type { OfficeZone } from '../core/dates';
import type { VcRequest } from '../core/request';
import { formatTrail, type RowSpan } from '../core/trail';
import { sheetText } from '../core/sheet-text';
import { HISTORY_HEADERS, HISTORY_SHEET, sheetHistoryStore } from './history-store';
import { REGISTER_SHEET, sheetRegisterStore } from './register-store';
import { ensureRows } from './sheet-table';

/** Script Property prefix: 'ARSIP_<year>' holds the id of that year's archive spreadsheet. */
const PREFIX = 'ARSIP_';
const WIDTH = HISTORY_HEADERS.length;

/** The name of `year`'s archive spreadsheet. */
export const archiveName = (year: number): string => `Arsip Layanan Vicon ${year}`;

/** What the live sheets held when an archive run read them. */
export interface LiveSnapshot {
  /** The Register's header row. */
  header: string[];
  /** Register data rows (index i is sheet row i + 2) and the requests they hold. */
  rows: unknown[][];
  requests: VcRequest[];
  /** Riwayat data rows 2..head. */
  history: unknown[][];
  head: number;
}

/** A value read from a sheet, as it must be written to keep it exactly (text stays text). */
export const asWritten = (v: unknown): unknown => (typeof v === 'string' ? sheetText(v) : v);

/** The archives made so far, by year (ascending). */
export function archiveList(): Array<{ year: number; id: string }> {
  const props = PropertiesService.getScriptProperties();
  return props
    .getKeys()
    .filter((k) => new RegExp(`^${PREFIX}\\d{4}$`).test(k))
    .map((k) => ({ year: Number(k.slice(PREFIX.length)), id: props.getProperty(k) ?? '' }))
    .filter((a) => a.id !== '')
    .sort((a, b) => a.year - b.year);
}

/** `year`'s archive spreadsheet; made (and recorded at once) when `create` and none exists yet. */
export function openArchive(
  year: number,
  create: boolean,
  zone: string,
): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  const props = PropertiesService.getScriptProperties();
  const id = props.getProperty(PREFIX + year);
  if (id) return SpreadsheetApp.openById(id);
  if (!create) return null;
  const book = SpreadsheetApp.create(archiveName(year));
  props.setProperty(PREFIX + year, book.getId());
  book.setSpreadsheetTimeZone(zone);
  book.getSheets()[0].setName(REGISTER_SHEET);
  book.insertSheet(HISTORY_SHEET).getRange(1, 1, 1, WIDTH).setValues([HISTORY_HEADERS]);
  return book;
}

/** Riwayat rows by request number, as row spans of a sheet whose data starts at row 2. */
function spansOf(rows: unknown[][]): Map<string, RowSpan[]> {
  const out = new Map<string, RowSpan[]>();
  rows.forEach((r, i) => {
    const id = String(r[1] ?? '').trim();
    const spans = out.get(id) ?? [];
    spans.push({ first: i + 2, last: i + 2 });
    out.set(id, spans);
  });
  return out;
}

function widen(sheet: GoogleAppsScript.Spreadsheet.Sheet, width: number): void {
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
}

/** The archive's Register (header and rows), with the snapshot's rows of `ids` put in. */
function mergedRegister(book: GoogleAppsScript.Spreadsheet.Spreadsheet, snap: LiveSnapshot, ids: Set<string>) {
  const sheet = book.getSheetByName(REGISTER_SHEET)!;
  const have = sheet.getLastRow() >= 1 ? sheet.getDataRange().getValues() : [];
  const header = (have[0] ?? []).map((h) => String(h ?? '').trim()).filter((h) => h !== '');
  for (const h of snap.header) if (h && !header.includes(h)) header.push(h);
  const rows = have.slice(1).map((r) => header.map((_, i) => r[i] ?? ''));
  const nomor = header.indexOf('Nomor');
  const at = new Map(rows.map((r, i) => [String(r[nomor] ?? '').trim(), i]));
  snap.rows.forEach((cells, i) => {
    const id = snap.requests[i].id;
    if (!ids.has(id)) return;
    const row = header.map((h) => (snap.header.indexOf(h) < 0 ? '' : cells[snap.header.indexOf(h)]));
    const known = at.get(id);
    if (known === undefined) at.set(id, rows.push(row) - 1);
    else rows[known] = row;
  });
  return { sheet, header, rows };
}

/**
 * Copy the Register rows of `ids` and their Riwayat rows from `snap` into `book` (see the module
 * comment). Returns how many Riwayat rows were added.
 */
export function copyToArchive(book: GoogleAppsScript.Spreadsheet.Spreadsheet, snap: LiveSnapshot, ids: Set<string>) {
  const hist = book.getSheetByName(HISTORY_SHEET)!;
  const last = hist.getLastRow();
  const old = last >= 2 ? hist.getRange(2, 1, last - 1, WIDTH).getValues() : [];
  const hashes = new Set(old.map((r) => String(r[WIDTH - 1] ?? '')));
  const added = snap.history.filter((r) => ids.has(String(r[1] ?? '').trim()) && !hashes.has(String(r[WIDTH - 1])));
  if (added.length) {
    ensureRows(hist, old.length + 1, added.length);
    hist.getRange(old.length + 2, 1, added.length, WIDTH).setValues(added.map((r) => r.map(asWritten)));
  }
  const reg = mergedRegister(book, snap, ids);
  const spans = spansOf([...old, ...added]);
  const nomor = reg.header.indexOf('Nomor');
  const trail = reg.header.indexOf('Baris Riwayat');
  for (const r of reg.rows) if (trail >= 0) r[trail] = formatTrail(spans.get(String(r[nomor] ?? '').trim()) ?? []);
  widen(reg.sheet, reg.header.length);
  ensureRows(reg.sheet, 1, reg.rows.length);
  reg.sheet.getRange(1, 1, 1, reg.header.length).setValues([reg.header]);
  if (reg.rows.length)
    reg.sheet.getRange(2, 1, reg.rows.length, reg.header.length).setValues(reg.rows.map((r) => r.map(asWritten)));
  return { added: added.length };
}

/** An archive's own contents, read through the product's stores (one read each). */
export function readArchive(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tz: OfficeZone,
): { requests: VcRequest[]; history: HistoryRecord[] } {
  const none = Object.assign(() => null, { forget: () => undefined });
  return { requests: sheetRegisterStore(book, () => tz, none).readAll(), history: sheetHistoryStore(book).readAll() };
}

/** The requests an archive holds received in [start, end), with their history (read by their trails). */
export function archiveReceived(
  book: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tz: OfficeZone,
  start: Date,
  end: Date,
): { requests: VcRequest[]; history: HistoryRecord[] } {
  const none = Object.assign(() => null, { forget: () => undefined });
  const requests = sheetRegisterStore(book, () => tz, none).receivedBetween(start, end);
  return { requests, history: requests.length ? sheetHistoryStore(book).ofRequests(requests) : [] };
}
