/**
 * HistoryStore on the Riwayat sheet: append-only, hash-chained, and anchored outside the sheet.
 * The anchor (the last row written and its hash) is kept in the office account's Script
 * Properties, where no sheet editor reaches. Appends chain after the anchor, never after whatever
 * the sheet's last row happens to hold, so a row cut, replaced or inserted by hand stays visible
 * to `verify` however many appends follow. Before writing, the two rows around the anchor are
 * read: when the sheet no longer ends where the anchor says, the append goes after the sheet's
 * real last row (nothing is overwritten) and the damage is remembered for the admin.
 * A request's entries are read from the rows its trail names (core/trail.ts), never by scanning.
 */
import { chain, GENESIS_HASH, verifyChain, type ChainHead, type HistoryRecord } from '../core/history';
import { sheetText } from '../core/sheet-text';
import { readPlan } from '../core/trail';
import type { HistoryStore } from '../app/ports';
import { sha256Hex } from './digest';
import { liveProperties, type ScriptProps } from './held-properties';
import { col, headerMap, requireSheet, writeGrowing, type HeaderMap } from './sheet-table';

export const HISTORY_SHEET = 'Riwayat';
/** Script Property: '<last row>:<its hash>' of the last append. */
export const HEAD_PROPERTY = 'RIWAYAT_HEAD';
/** Script Property: set when an append found the sheet changed by hand (what it found). */
export const DAMAGE_PROPERTY = 'RIWAYAT_RUSAK';
/** Rows between two of a request's blocks that are read through rather than with a second call. */
const READ_THROUGH = 400;

type Field = keyof HistoryRecord;
const COLUMNS: Array<[string, Field]> = [
  ['Waktu', 'at'],
  ['Nomor Permohonan', 'requestId'],
  ['Jenis', 'kind'],
  ['Email', 'actorEmail'],
  ['Oleh', 'actorLabel'],
  ['Aksi', 'action'],
  ['Dari Langkah', 'fromStep'],
  ['Ke Langkah', 'toStep'],
  ['Catatan', 'note'],
  ['Menit', 'minutesTaken'],
  ['Mutu Baku (menit)', 'standardMinutes'],
  ['Kunci', 'key'],
  ['Hash Sebelumnya', 'prevHash'],
  ['Hash', 'hash'],
];
export const HISTORY_HEADERS = COLUMNS.map(([h]) => h);
const NUMERIC: Field[] = ['minutesTaken', 'standardMinutes'];
const WIDTH = HISTORY_HEADERS.length;

function toRow(r: HistoryRecord, map: HeaderMap): unknown[] {
  const row = new Array(map.width).fill('');
  for (const [h, f] of COLUMNS) {
    const v = r[f];
    row[col(map, h)] = NUMERIC.includes(f) ? (v ?? '') : sheetText(String(v));
  }
  return row;
}

/**
 * The time a record is written with, as text the hash covers exactly: ISO 8601 with the
 * spreadsheet's offset ('2026-11-23T09:00:00+07:00'), readable in the sheet, and never a Date cell
 * (whose milliseconds and instant a zone change or Sheets' rounding may not keep).
 */
function localStamp(at: string, zone: string): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : Utilities.formatDate(d, zone, "yyyy-MM-dd'T'HH:mm:ssXXX");
}

/** The record in `row`; its `at` is '' when the time cell holds no time (text typed by hand). */
function fromRow(row: unknown[], map: HeaderMap): HistoryRecord {
  const r: Record<string, unknown> = {};
  for (const [h, f] of COLUMNS) {
    const v = row[col(map, h)];
    if (f === 'at') r[f] = v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString() : String(v ?? '');
    else if (NUMERIC.includes(f)) r[f] = v === '' || v === null || v === undefined ? null : Number(v);
    else r[f] = String(v ?? '');
  }
  return r as unknown as HistoryRecord;
}

/** A written cell as a read gives it back (the apostrophe that keeps text as text is not stored). */
const asRead = (v: unknown): unknown => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v);

const readable = (r: HistoryRecord): boolean => /^\d{4}-\d{2}-\d{2}T/.test(r.at) && !Number.isNaN(Date.parse(r.at));

/** The fixed layout appends use: Riwayat belongs to the add-on (protected, append-only), unlike the Register. */
const APPEND_LAYOUT: HeaderMap = headerMap(HISTORY_HEADERS, HISTORY_HEADERS, HISTORY_SHEET);

/** The Riwayat rows of `records` in the add-on's own column layout, exactly as an append writes them. */
export function historyRows(records: HistoryRecord[]): unknown[][] {
  return records.map((r) => toRow(r, APPEND_LAYOUT));
}

/** The anchor kept in Script Properties: last row written (1 = none yet) and its hash. */
export function readHead(props: Pick<ScriptProps, 'getProperty'>): { rows: number; hash: string } | null {
  const [rows, hash] = (props.getProperty(HEAD_PROPERTY) ?? '').split(':');
  return Number(rows) >= 1 && hash ? { rows: Number(rows), hash } : null;
}

/**
 * A HistoryStore over the Riwayat sheet of `ss`. Appends write the add-on's own column layout;
 * reads check the header they get with the data, so a moved or renamed column is reported.
 */
export function sheetHistoryStore(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  store: ScriptProps = liveProperties(),
): HistoryStore & { forget(): void } {
  let sheetCache: GoogleAppsScript.Spreadsheet.Sheet | null = null;
  let next: { row: number; prev: string } | null = null;
  /** Rows read or written by this execution (cleared with `forget`). */
  let seen = new Map<number, unknown[]>();
  /** The spreadsheet's zone, read once per hold of the lock. */
  let zoneSeen: string | null = null;
  const sheet = () => (sheetCache ??= requireSheet(ss, HISTORY_SHEET));
  const props = () => store;
  const checkLayout = (header: unknown[]) => {
    const map = headerMap(header, HISTORY_HEADERS, HISTORY_SHEET);
    if (HISTORY_HEADERS.some((h, i) => map.index.get(h) !== i))
      throw new Error(
        'Urutan kolom sheet Riwayat diubah. Kembalikan urutan kolom seperti semula; riwayat tidak boleh disunting.',
      );
  };
  /** Rows first..last (one read, or none when this execution has them all), remembered. */
  const rows = (first: number, last: number): unknown[][] => {
    const out: unknown[][] = [];
    for (let r = first; r <= last; r++) {
      const known = seen.get(r);
      if (!known) {
        const values = writeGrowing(sheet(), last - 1, 1, () =>
          sheet()
            .getRange(first, 1, last - first + 1, WIDTH)
            .getValues(),
        );
        values.forEach((v, i) => seen.set(first + i, v));
        return values;
      }
      out.push(known);
    }
    return out;
  };
  /**
   * Where the next append goes and the hash it chains after: the rows around the anchor are read
   * (with the request's latest rows when they lie close before it: one read serves both).
   */
  const probe = (trail: string): { row: number; prev: string } => {
    const head = readHead(props()) ?? { rows: 1, hash: GENESIS_HASH };
    const near = readPlan(trail, READ_THROUGH).filter(
      (s) => s.first >= head.rows - READ_THROUGH && s.first <= head.rows,
    );
    const from = Math.max(1, Math.min(head.rows, ...near.map((s) => s.first)));
    const around = rows(from, head.rows + 1).slice(head.rows - from);
    const anchored = head.rows < 2 || String(around[0][WIDTH - 1] ?? '') === head.hash;
    if (anchored && around[1].every((v) => v === '' || v === null)) return { row: head.rows + 1, prev: head.hash };
    const last = sheet().getLastRow();
    props().setProperty(
      DAMAGE_PROPERTY,
      `Riwayat diubah di luar Layanan Vicon: tercatat ${head.rows - 1} baris, sheet berisi ${last - 1} baris.`,
    );
    return { row: Math.max(last, head.rows) + 1, prev: head.hash };
  };
  const readAll = (): HistoryRecord[] => {
    const values = sheet().getDataRange().getValues();
    checkLayout(values[0] ?? []);
    return values.slice(1).map((row) => fromRow(row, APPEND_LAYOUT));
  };
  const mine = (id: string, cells: unknown[][]) => {
    const all = cells.map((r) => fromRow(r, APPEND_LAYOUT)).filter((r) => r.requestId === id);
    return { records: all.filter(readable), unreadable: all.filter((r) => !readable(r)).length };
  };
  return {
    /** Forget what this execution read and where the next append goes (another execution may append meanwhile). */
    forget() {
      next = null;
      zoneSeen = null;
      seen = new Map();
    },
    nextRow(trail = '') {
      next ??= probe(trail);
      return next.row;
    },
    append(entries) {
      if (entries.length === 0) return;
      const at = (next ??= probe(''));
      const zone = (zoneSeen ??= ss.getSpreadsheetTimeZone());
      const stamped = entries.map((e) => ({ ...e, at: localStamp(e.at, zone) }));
      const chained = chain(stamped, at.prev, sha256Hex);
      const cells = historyRows(chained);
      writeGrowing(sheet(), at.row - 1, chained.length, () =>
        sheet().getRange(at.row, 1, chained.length, WIDTH).setValues(cells),
      );
      cells.forEach((c, i) => seen.set(at.row + i, c.map(asRead)));
      const last = at.row + chained.length - 1;
      const hash = chained[chained.length - 1].hash;
      try {
        props().setProperty(HEAD_PROPERTY, `${last}:${hash}`);
      } catch (err) {
        // Rows past the anchor are never the store's own: take them back before giving up.
        sheet().getRange(at.row, 1, chained.length, WIDTH).clearContent();
        cells.forEach((_, i) => seen.delete(at.row + i));
        throw err;
      }
      next = { row: last + 1, prev: hash };
    },
    forRequest(id, trail) {
      const plan = readPlan(trail, READ_THROUGH);
      if (plan.length > 0)
        return mine(
          id,
          plan.flatMap((span) => rows(span.first, span.last)),
        );
      const last = sheet().getLastRow();
      if (last < 2) return { records: [], unreadable: 0 };
      const ids = sheet()
        .getRange(2, 2, last - 1, 1)
        .getValues();
      const own = ids.flatMap(([v], i) => (String(v ?? '').trim() === id ? [i + 2] : []));
      const found = readPlan(own.join(','), READ_THROUGH);
      return mine(
        id,
        found.flatMap((span) => rows(span.first, span.last)),
      );
    },
    ofRequests(requests) {
      const ids = new Set(requests.map((r) => r.id));
      const plan = readPlan(requests.map((r) => r.trail ?? '').join(','), READ_THROUGH * 10);
      const out: HistoryRecord[] = [];
      for (const span of plan)
        for (const row of sheet()
          .getRange(span.first, 1, span.last - span.first + 1, WIDTH)
          .getValues()) {
          const r = fromRow(row, APPEND_LAYOUT);
          if (ids.has(r.requestId) && readable(r)) out.push(r);
        }
      return out;
    },
    readAll,
    anchor() {
      const head = readHead(props());
      return head
        ? { count: head.rows - 1, hash: head.hash, damage: props().getProperty(DAMAGE_PROPERTY) ?? '' }
        : null;
    },
    verify(records, bridge) {
      const head = readHead(props());
      const anchor: ChainHead | null = head && head.rows >= 2 ? { count: head.rows - 1, hash: head.hash } : null;
      const broken = verifyChain(records ?? readAll(), sha256Hex, anchor, bridge);
      return broken ? { row: broken.index + 2, reason: broken.reason } : null;
    },
  };
}
