/**
 * HistoryStore on the Riwayat sheet: append-only and hash-chained. The chain
 * head (row count + last hash) is kept in Script Properties so an append needs
 * no read of the sheet; when the sheet's row count disagrees (someone edited
 * it), the last row is read instead and `verify` will name the damage. `verify` also checks the
 * log still reaches the remembered head, so rows cut off the end are named too.
 */
import { chain, GENESIS_HASH, verifyChain, type ChainHead, type HistoryRecord } from '../core/history';
import { sheetText } from '../core/sheet-text';
import type { HistoryStore } from '../app/ports';
import { sha256Hex } from './digest';
import { col, ensureRows, headerMap, requireSheet, type HeaderMap } from './sheet-table';

export const HISTORY_SHEET = 'Riwayat';
const HEAD_PROPERTY = 'RIWAYAT_HEAD';

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

function toRow(r: HistoryRecord, map: HeaderMap): unknown[] {
  const row = new Array(map.width).fill('');
  for (const [h, f] of COLUMNS) {
    const v = r[f];
    row[col(map, h)] = f === 'at' ? new Date(r.at) : NUMERIC.includes(f) ? (v ?? '') : sheetText(String(v));
  }
  return row;
}

function fromRow(row: unknown[], map: HeaderMap): HistoryRecord {
  const r: Record<string, unknown> = {};
  for (const [h, f] of COLUMNS) {
    const v = row[col(map, h)];
    if (f === 'at') r[f] = v instanceof Date ? v.toISOString() : String(v ?? '');
    else if (NUMERIC.includes(f)) r[f] = v === '' || v === null || v === undefined ? null : Number(v);
    else r[f] = String(v ?? '');
  }
  return r as unknown as HistoryRecord;
}

/** The fixed layout appends use: Riwayat belongs to the add-on (protected, append-only), unlike the Register. */
const APPEND_LAYOUT: HeaderMap = headerMap(HISTORY_HEADERS, HISTORY_HEADERS, HISTORY_SHEET);

/** The Riwayat rows of `records` in the add-on's own column layout, exactly as an append writes them. */
export function historyRows(records: HistoryRecord[]): unknown[][] {
  return records.map((r) => toRow(r, APPEND_LAYOUT));
}

/**
 * A HistoryStore over the Riwayat sheet of `ss`. Appends write the add-on's own
 * column layout without reading the header; reads check the header they get with
 * the data, so a moved or renamed column is reported, never misread.
 */
export function sheetHistoryStore(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): HistoryStore {
  let sheetCache: GoogleAppsScript.Spreadsheet.Sheet | null = null;
  const open = () => {
    sheetCache ??= requireSheet(ss, HISTORY_SHEET);
    return { sheet: sheetCache, map: APPEND_LAYOUT };
  };
  const props = () => PropertiesService.getScriptProperties();
  const storedHead = (): { rows: number; hash: string } => {
    const [rows, hash] = (props().getProperty(HEAD_PROPERTY) ?? '').split(':');
    return { rows: Number(rows), hash: hash ?? '' };
  };
  const headHash = (sheet: GoogleAppsScript.Spreadsheet.Sheet, map: HeaderMap, last: number): string => {
    if (last < 2) return GENESIS_HASH;
    const { rows, hash } = storedHead();
    if (rows === last && hash) return hash;
    return String(sheet.getRange(last, col(map, 'Hash') + 1, 1, 1).getValues()[0][0] ?? '');
  };
  const readAll = (): HistoryRecord[] => {
    const values = open().sheet.getDataRange().getValues();
    const map = headerMap(values[0] ?? [], HISTORY_HEADERS, HISTORY_SHEET);
    if (HISTORY_HEADERS.some((h, i) => map.index.get(h) !== i)) {
      throw new Error(
        'Urutan kolom sheet Riwayat diubah. Kembalikan urutan kolom seperti semula; riwayat tidak boleh disunting.',
      );
    }
    return values.slice(1).map((row) => fromRow(row, map));
  };
  return {
    append(entries: HistoryRecord[]) {
      if (entries.length === 0) return;
      const { sheet, map } = open();
      const last = sheet.getLastRow();
      const chained = chain(entries, headHash(sheet, map, last), sha256Hex);
      ensureRows(sheet, last, chained.length);
      sheet.getRange(last + 1, 1, chained.length, map.width).setValues(chained.map((r) => toRow(r, map)));
      props().setProperty(HEAD_PROPERTY, `${last + chained.length}:${chained[chained.length - 1].hash}`);
    },
    forRequest: (id: string) => readAll().filter((r) => r.requestId === id),
    readAll,
    verify() {
      const { rows, hash } = storedHead();
      const head: ChainHead | null = rows >= 2 && hash ? { count: rows - 1, hash } : null;
      const broken = verifyChain(readAll(), sha256Hex, head);
      return broken ? { row: broken.index + 2, reason: broken.reason } : null;
    },
  };
}
