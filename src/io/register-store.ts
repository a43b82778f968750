/**
 * RegisterStore on the Register sheet, with the index of live requests (live-index.ts) beside it.
 * Reads grow with what is open (or with the current year), never with the years behind it:
 * - numberOfRef(ref): one search on Google's side over the Ref Respons column, then that row;
 *   numbersOf(year): the Nomor column from the year's first row (in the index's meta) down;
 * - find(id): the index names the row of a live request; a finished one is found where its number
 *   says (each year's first row is in the index's meta); one row is read and checked. Only when
 *   both miss (rows moved by hand) is the number column read.
 * - live(): the index alone. Writes touch only the product's own columns (office-added columns
 *   keep their formulas and values) and keep the index entry in step, under the caller's lock.
 */
import type { OfficeZone } from '../core/dates';
import type { VcRequest } from '../core/request';
import type { RegisterStore, StoredRequest } from '../app/ports';
import { dropEntry, indexSource, putEntry, writeMeta, type IndexSource } from './live-index';
import { columnFrom, rowOfRef } from './register-search';
import { REGISTER_HEADERS, REQUIRED_REGISTER_HEADERS, requestToRow, rowToRequest } from './register-row';
import { col, columnLetter, headerMap, readHeader, requireSheet, writeGrowing, type HeaderMap } from './sheet-table';

export const REGISTER_SHEET = 'Register';

interface Open {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  map: HeaderMap;
  /** Runs of adjacent product columns: [first 0-based column, count]. */
  runs: Array<[number, number]>;
}

function runsOf(map: HeaderMap): Array<[number, number]> {
  const cols = REGISTER_HEADERS.filter((h) => map.index.has(h))
    .map((h) => col(map, h))
    .sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (last && c === last[0] + last[1]) last[1]++;
    else runs.push([c, 1]);
  }
  return runs;
}

/**
 * Add the product's columns an older Register lacks (after its last column, headers only); true when
 * it added any. The office account's Setup and repairs call it; reads skip a missing later column.
 */
export function ensureRegisterColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  const header = readHeader(sheet).map((h) => String(h ?? '').trim());
  const missing = REGISTER_HEADERS.filter((h) => !header.includes(h));
  if (missing.length === 0) return false;
  const used = header.length - [...header].reverse().findIndex((h) => h !== '');
  const start = header.every((h) => h === '') ? 0 : used;
  if (sheet.getMaxColumns() < start + missing.length)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), start + missing.length - sheet.getMaxColumns());
  sheet.getRange(1, start + 1, 1, missing.length).setValues([missing]);
  return true;
}

/** Most Register rows one hand edit makes the index read again (a larger paste waits for the hourly check). */
const MAX_REFRESH = 500;

/** The year and sequence of a request number. */
function parts(id: string): [string, number] | null {
  const m = /^VC-(\d{4})-(\d{4,6})$/.exec(id);
  return m ? [m[1], Number(m[2])] : null;
}

/** What the engine learnt of the Register under one hold of the script lock (forgotten when it is taken again). */
interface Seen {
  lastRow: number | null;
  /** Row of every issued number, when the number column was read (of `rowsYear`'s only, when it was read from that year's first row). */
  rows: Map<string, number> | null;
  rowsYear: string | null;
  /** Rows read or written, by number. */
  stored: Map<string, StoredRequest>;
}

const unseen = (): Seen => ({ lastRow: null, rows: null, rowsYear: null, stored: new Map() });
const rowMap = (ids: string[], first: number) =>
  new Map(ids.flatMap((id, i) => (id ? [[id, first + i] as const] : [])));

/** The Register store of the engine: also forgets what it saw (each time the lock is taken) and names the next free row. */
export type EngineRegisterStore = RegisterStore & { forget(): void; nextRow(): number; sheetId(): number };

/**
 * A RegisterStore over `ss`'s Register sheet and its index (read once per execution), dates in `tz`.
 * Rows read or written and the key columns are remembered until `forget` (the engine calls it on
 * taking the script lock), so one execution reads each of them once.
 */
export function sheetRegisterStore(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tz: () => OfficeZone,
  idx: IndexSource = indexSource(ss, tz),
): EngineRegisterStore {
  let opened: Open | null = null;
  let seen = unseen();
  const open = (): Open => {
    if (!opened) {
      const sheet = requireSheet(ss, REGISTER_SHEET);
      const map = headerMap(readHeader(sheet), REQUIRED_REGISTER_HEADERS, REGISTER_SHEET);
      opened = { sheet, map, runs: runsOf(map) };
    }
    return opened;
  };
  const last = (): number => (seen.lastRow ??= open().sheet.getLastRow());
  const remember = (stored: StoredRequest): StoredRequest => {
    seen.stored.set(stored.request.id, stored);
    seen.rows?.set(stored.request.id, stored.row);
    return stored;
  };
  const readRow = (row: number): VcRequest | null => {
    const { sheet, map } = open();
    if (row < 2) return null;
    const values = sheet.getRange(row, 1, 1, map.width).getValues()[0];
    return String(values[col(map, 'Nomor')] ?? '').trim() ? rowToRequest(values, map, tz()) : null;
  };
  /**
   * Whole columns by header, in one read of the block spanning them down to the sheet's edge (no
   * size lookup), cut after the last row where one of them holds something; that row becomes the
   * last row when none is known yet (appends go after it).
   */
  const columns = (headers: string[]): string[][] => {
    const { sheet, map } = open();
    const cols = headers.map((h) => col(map, h));
    const first = Math.min(...cols);
    const a1 = `${columnLetter(first + 1)}2:${columnLetter(Math.max(...cols) + 1)}`;
    const block = sheet.getRange(a1).getValues();
    let used = block.length;
    while (used > 0 && block[used - 1].every((v) => String(v ?? '').trim() === '')) used--;
    seen.lastRow ??= used + 1;
    return cols.map((c) => block.slice(0, used).map((r) => String(r[c - first] ?? '').trim()));
  };
  const writeRuns = (row: number, request: VcRequest) => {
    const { sheet, map, runs } = open();
    const cells = requestToRow(request, map, tz());
    for (const [start, count] of runs)
      sheet.getRange(row, start + 1, 1, count).setValues([cells.slice(start, start + count)]);
  };
  /** The whole Nomor column; the row of every issued number is then known (find needs no other scan). */
  const allNumbers = (): string[] => {
    const ids = columns(['Nomor'])[0];
    seen.rows = rowMap(ids, 2);
    seen.rowsYear = null;
    return ids;
  };
  /** The Nomor column from `year`'s first row `start` down; null when the index's row is stale. */
  const numbersBelow = (year: string, start: number): string[] | null => {
    const { sheet, map } = open();
    const ids = columnFrom(sheet, col(map, 'Nomor') + 1, start);
    if (!ids) return null;
    if (ids.length > 0) seen.lastRow ??= start + ids.length - 1;
    seen.rows = rowMap(ids, start);
    seen.rowsYear = year;
    return ids;
  };
  const guessRow = (id: string): number | null => {
    const p = parts(id);
    const start = p ? idx()?.meta.years[p[0]] : undefined;
    const row = p && start ? start[0] + (p[1] - start[1]) : null;
    return row !== null && row >= 2 ? row : null;
  };
  const findAt = (id: string, row: number | null | undefined): StoredRequest | null => {
    const request = row ? readRow(row) : null;
    return request && request.id === id ? remember({ row: row!, request }) : null;
  };
  /** The row the year directory predicts for `id`; a number never issued may point past the sheet's end. */
  const guessed = (id: string): StoredRequest | null => {
    const row = guessRow(id);
    if (row === null || row > open().sheet.getMaxRows()) return null;
    return findAt(id, row);
  };
  return {
    forget() {
      seen = unseen();
    },
    nextRow: () => last() + 1,
    sheetId: () => open().sheet.getSheetId(),
    numberOfRef(ref) {
      const { sheet, map } = open();
      const row = rowOfRef(sheet, col(map, 'Ref Respons') + 1, ref);
      if (row === null) return null;
      const request = readRow(row);
      return request ? remember({ row, request }).request.id : '';
    },
    numbersOf(year) {
      const start = idx()?.meta.years[String(year)]?.[0];
      return (start && start >= 2 && numbersBelow(String(year), start)) || allNumbers();
    },
    append(request) {
      const row = last() + 1;
      writeGrowing(open().sheet, last(), 1, () => writeRuns(row, request));
      seen.lastRow = row;
      remember({ row, request });
      const index = idx();
      const p = parts(request.id);
      if (index && p && !index.meta.years[p[0]])
        writeMeta(index, { ...index.meta, years: { ...index.meta.years, [p[0]]: [row, p[1]] } });
      if (index) putEntry(index, row, request, tz());
      return { row, request };
    },
    find(id) {
      const known = seen.stored.get(id);
      if (known) return known;
      const entry = idx()?.entries.find((e) => e.id === id);
      if (seen.rows && (seen.rowsYear === null || parts(id)?.[0] === seen.rowsYear))
        return findAt(id, entry?.row) ?? findAt(id, seen.rows.get(id));
      const found = findAt(id, entry?.row) ?? guessed(id);
      if (found) return found;
      const at = columns(['Nomor'])[0].indexOf(id);
      return at < 0 ? null : findAt(id, at + 2);
    },
    write(stored, live) {
      writeRuns(stored.row, stored.request);
      remember(stored);
      const index = idx();
      if (!index) return;
      if (live) putEntry(index, stored.row, stored.request, tz());
      else dropEntry(index, stored.request.id);
    },
    live() {
      open(); // a Register whose columns were renamed is reported on every call, even one served by the index
      const index = idx();
      if (index) return index.entries.map((e) => ({ row: e.row, request: e.request }));
      return readAllStored();
    },
    refresh(rows, live) {
      const index = idx();
      const wanted = rows.filter((r) => r >= 2);
      if (!index || wanted.length === 0) return;
      const { sheet, map } = open();
      seen = unseen();
      const first = Math.min(...wanted);
      const stop = Math.min(Math.max(...wanted), first + MAX_REFRESH);
      const values = sheet.getRange(first, 1, stop - first + 1, map.width).getValues();
      for (const e of [...index.entries])
        if (e.row >= first && e.row <= stop && String(values[e.row - first][col(map, 'Nomor')] ?? '').trim() !== e.id)
          dropEntry(index, e.id);
      values.forEach((cells, i) => {
        if (String(cells[col(map, 'Nomor')] ?? '').trim() === '') return;
        const request = rowToRequest(cells, map, tz());
        if (live(request)) putEntry(index, first + i, request, tz());
        else dropEntry(index, request.id);
      });
    },
    discard(id) {
      const found = this.find(id);
      if (!found) return;
      const { sheet, runs } = open();
      for (const [start, count] of runs) sheet.getRange(found.row, start + 1, 1, count).clearContent();
      seen = unseen();
      const index = idx();
      if (index) dropEntry(index, id);
    },
    receivedBetween(start, end) {
      const { sheet, map } = open();
      const times = last() < 2 ? [] : sheet.getRange(2, col(map, 'Diterima') + 1, last() - 1, 1).getValues();
      const inside = times
        .map((r, i) => (r[0] instanceof Date && r[0] >= start && r[0] < end ? i : -1))
        .filter((i) => i >= 0);
      if (inside.length === 0) return [];
      const [first, stop] = [inside[0], inside[inside.length - 1]];
      const wanted = new Set(inside);
      const values = sheet.getRange(first + 2, 1, stop - first + 1, map.width).getValues();
      return values
        .filter((_, i) => wanted.has(first + i))
        .filter((r) => String(r[col(map, 'Nomor')] ?? '').trim() !== '')
        .map((r) => rowToRequest(r, map, tz()));
    },
    readAll: () => readAllStored().map((s) => s.request),
  };

  function readAllStored(): StoredRequest[] {
    const { sheet, map } = open();
    if (last() < 2) return [];
    const values = sheet.getRange(2, 1, last() - 1, map.width).getValues();
    const at = col(map, 'Nomor');
    const out: StoredRequest[] = [];
    values.forEach((r, i) => {
      if (String(r[at] ?? '').trim() !== '') out.push({ row: i + 2, request: rowToRequest(r, map, tz()) });
    });
    return out;
  }
}
