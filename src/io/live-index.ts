/**
 * The "Indeks" sheet: what the panel and the engine read instead of the whole Register. Hidden and
 * protected (only the office account writes it), read in ONE call:
 * - row 1: a title, the index's meta (JSON: the Register's last row, where each year's numbers
 *   start, the capacity figures) and the engine's snapshot of the configuration (JSON in chunks);
 * - row 2: headers; rows 3…: one entry per live request (core/live.ts): its Register row number
 *   and a copy of its Register row (product columns, in their own order). Empty rows are free.
 * The engine keeps it with every write of a Register row, under the script lock; its edit trigger
 * follows hand edits of the Register; the hourly run rebuilds it when it finds it wrong.
 */
import type { VcRequest } from '../core/request';
import type { OfficeZone } from '../core/dates';
import type { Capacity } from '../core/capacity';
import { REGISTER_HEADERS, requestToRow, rowToRequest } from './register-row';
import { col, columnLetter, headerMap } from './sheet-table';

export const INDEX_SHEET = 'Indeks';
export const INDEX_HEADERS = ['Baris', ...REGISTER_HEADERS];
const WIDTH = INDEX_HEADERS.length;
const FIRST = 3;
/** Free rows added when the index is full (and kept at least, so a read stays small). */
export const INDEX_GROW = 10;
/** Characters per configuration chunk (a cell holds 50,000). */
const CHUNK = 45_000;
const LAYOUT = headerMap(REGISTER_HEADERS, REGISTER_HEADERS, INDEX_SHEET);
const TITLE = 'Indeks Layanan Vicon: dibuat dan dijaga otomatis oleh akun layanan; jangan diubah.';

/** What the index knows besides its entries. */
export interface IndexMeta {
  /** The last Register row the engine wrote (its appends go after it). */
  lastRow: number;
  /** Per year: the Register row of its first number, and that number's sequence. */
  years: Record<string, [number, number]>;
  capacity?: Capacity;
  /** Fingerprint of the configuration snapshot in row 1. */
  configStamp?: string;
  /** Per stored preset version ('id@versi'): the SHA-256 of its content (io/preset-versions.ts). */
  presets?: Record<string, string>;
}

/** One live request in the index. */
export interface IndexEntry {
  /** Row of the entry in the Indeks sheet. */
  slot: number;
  /** Row of the request in the Register. */
  row: number;
  /** The request's number (known without parsing the entry). */
  id: string;
  request: VcRequest;
}

/** An entry as read: its request is parsed on first use, so finding one entry parses only that one. */
class ReadEntry implements IndexEntry {
  private parsed: VcRequest | null = null;
  constructor(
    readonly slot: number,
    readonly row: number,
    readonly id: string,
    private readonly cells: unknown[],
    private readonly tz: () => OfficeZone,
  ) {}
  get request(): VcRequest {
    return (this.parsed ??= rowToRequest(this.cells, LAYOUT, this.tz()));
  }
  set request(next: VcRequest) {
    this.parsed = next;
  }
}

/** The index as one read returns it. */
export interface IndexRead {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  meta: IndexMeta;
  entries: IndexEntry[];
  /** Slots holding no entry. */
  free: number[];
  /** Rows the sheet has (entries go up to here before it grows). */
  rows: number;
  /** The configuration snapshot (JSON) the engine wrote, or null. */
  config: string | null;
}

const emptyMeta = (): IndexMeta => ({ lastRow: 0, years: {} });

function parseMeta(cell: unknown): IndexMeta {
  try {
    const m = JSON.parse(String(cell ?? '')) as IndexMeta;
    return m && typeof m.lastRow === 'number' && m.years ? m : emptyMeta();
  } catch {
    return emptyMeta();
  }
}

/**
 * Read the whole index (one call), or null when the sheet does not exist. Each entry is parsed on
 * first use, with the office zone `tz` (which may itself come from the snapshot in row 1).
 */
export function readIndex(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tz: () => OfficeZone): IndexRead | null {
  const sheet = ss.getSheetByName(INDEX_SHEET);
  if (!sheet) return null;
  const values = sheet.getRange(`A1:${columnLetter(WIDTH)}`).getValues();
  const top = values[0] ?? [];
  const used: number[] = [];
  const free: number[] = [];
  for (let i = FIRST - 1; i < values.length; i++) {
    if (Number(values[i][0]) >= 2 && String(values[i][1] ?? '') !== '') used.push(i);
    else free.push(i + 1);
  }
  const id = col(LAYOUT, 'Nomor') + 1;
  let entries: IndexEntry[] | null = null;
  const config = top
    .slice(2)
    .map((c) => String(c ?? ''))
    .join('');
  return {
    sheet,
    meta: parseMeta(top[1]),
    get entries(): IndexEntry[] {
      return (entries ??= used.map(
        (i) => new ReadEntry(i + 1, Number(values[i][0]), String(values[i][id]).trim(), values[i].slice(1), tz),
      ));
    },
    set entries(next: IndexEntry[]) {
      entries = next;
    },
    free,
    rows: values.length,
    config: config || null,
  };
}

/** The index, read once and shared by the stores that use it; `forget` makes the next use read it again. */
export type IndexSource = (() => IndexRead | null) & { forget(): void };

/**
 * The index of `ss`, read on first use (null when the sheet does not exist). The engine forgets it
 * each time it takes the script lock, so what it writes under the lock starts from what is there.
 */
export function indexSource(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tz: () => OfficeZone): IndexSource {
  let read: IndexRead | null | undefined;
  const get = () => (read === undefined ? (read = readIndex(ss, tz)) : read);
  return Object.assign(get, {
    forget: () => {
      read = undefined;
    },
  });
}

/** The cells of one entry. */
function entryCells(row: number, request: VcRequest, tz: OfficeZone): unknown[] {
  return [row, ...requestToRow(request, LAYOUT, tz)];
}

/** Put `request` (Register row `row`) into the index, in its slot or a free one; one write (the sheet grows when full). */
export function putEntry(idx: IndexRead, row: number, request: VcRequest, tz: OfficeZone): void {
  const known = idx.entries.find((e) => e.id === request.id);
  let slot = known?.slot ?? idx.free.shift();
  if (slot === undefined) {
    idx.sheet.insertRowsAfter(idx.rows, INDEX_GROW);
    idx.free.push(...Array.from({ length: INDEX_GROW - 1 }, (_, i) => idx.rows + 2 + i));
    slot = idx.rows + 1;
    idx.rows += INDEX_GROW;
  }
  idx.sheet.getRange(slot, 1, 1, WIDTH).setValues([entryCells(row, request, tz)]);
  if (known) known.request = request;
  else idx.entries.push({ slot, row, id: request.id, request });
}

/** Take request `id` out of the index (its row is emptied); nothing when it is not there. */
export function dropEntry(idx: IndexRead, id: string): void {
  const at = idx.entries.findIndex((e) => e.id === id);
  if (at < 0) return;
  const [gone] = idx.entries.splice(at, 1);
  idx.sheet.getRange(gone.slot, 1, 1, WIDTH).clearContent();
  idx.free.push(gone.slot);
}

/** Write the meta (one write). */
export function writeMeta(idx: IndexRead, meta: IndexMeta): void {
  idx.meta = meta;
  idx.sheet.getRange(1, 2).setValue(JSON.stringify(meta));
}

/** Write the configuration snapshot (JSON) into row 1, after the meta (one write). */
export function writeConfig(idx: IndexRead, json: string): void {
  const chunks = Array.from({ length: Math.max(1, Math.ceil(json.length / CHUNK)) }, (_, i) =>
    json.slice(i * CHUNK, (i + 1) * CHUNK),
  );
  if (chunks.length > WIDTH - 2) throw new Error('Pengaturan terlalu besar untuk disalin ke sheet Indeks.');
  const cells = [...chunks, ...new Array(WIDTH - 2 - chunks.length).fill('')];
  idx.sheet.getRange(1, 3, 1, WIDTH - 2).setValues([cells]);
  idx.config = json;
}

/**
 * Replace every entry (a rebuild): `entries` in order from row 3, the sheet cut to fit with
 * INDEX_GROW free rows, the meta written. Row 1's configuration stays.
 */
export function writeAll(
  idx: IndexRead,
  entries: Array<{ row: number; request: VcRequest }>,
  meta: IndexMeta,
  tz: OfficeZone,
): void {
  const wanted = FIRST - 1 + entries.length + INDEX_GROW;
  if (idx.rows < wanted) idx.sheet.insertRowsAfter(idx.rows, wanted - idx.rows);
  if (idx.rows > wanted) idx.sheet.deleteRows(wanted + 1, idx.rows - wanted);
  const blank = new Array(WIDTH).fill('');
  const cells = [
    ...entries.map((e) => entryCells(e.row, e.request, tz)),
    ...Array.from({ length: INDEX_GROW }, () => blank),
  ];
  idx.sheet.getRange(FIRST, 1, cells.length, WIDTH).setValues(cells);
  idx.rows = wanted;
  idx.entries = entries.map((e, i) => ({ slot: FIRST + i, row: e.row, id: e.request.id, request: e.request }));
  idx.free = Array.from({ length: INDEX_GROW }, (_, i) => FIRST + entries.length + i);
  writeMeta(idx, meta);
}

/** Create the Indeks sheet (hidden, small, with its title and headers); returns it. */
export function createIndexSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = ss.insertSheet(INDEX_SHEET);
  const rows = FIRST - 1 + INDEX_GROW;
  if (sheet.getMaxColumns() < WIDTH) sheet.insertColumnsAfter(sheet.getMaxColumns(), WIDTH - sheet.getMaxColumns());
  if (sheet.getMaxRows() > rows) sheet.deleteRows(rows + 1, sheet.getMaxRows() - rows);
  sheet
    .getRange(1, 1, 2, WIDTH)
    .setValues([[TITLE, JSON.stringify(emptyMeta()), ...new Array(WIDTH - 2).fill('')], INDEX_HEADERS]);
  sheet.setFrozenRows(2);
  sheet.hideSheet();
  return sheet;
}
