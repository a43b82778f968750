/**
 * Rebuilds what lets reads skip the years behind them: each Register row's trail (where its Riwayat
 * rows are) and the index of live requests with each year's first row. For Setup on an office that
 * ran an older version, and when the hourly run finds the index wrong. The whole Register and
 * Riwayat's request-number column are read without the lock; under the lock only what changed since
 * (rows appended to Riwayat meanwhile, and the requests they belong to) is read again, then the
 * trail column and the index are written.
 */
import type { OfficeZone } from '../core/dates';
import type { VcRequest } from '../core/request';
import { formatTrail, type RowSpan } from '../core/trail';
import { createIndexSheet, readIndex, writeAll, INDEX_SHEET, type IndexMeta } from './live-index';
import { sheetText } from '../core/sheet-text';
import { HISTORY_SHEET, readHead } from './history-store';
import { REGISTER_HEADERS, rowToRequest } from './register-row';
import { ensureRegisterColumns, REGISTER_SHEET } from './register-store';
import { col, headerMap, readHeader, requireSheet } from './sheet-table';
import { protectForOfficeAccount } from './protection';

const PROTECT_INDEX =
  'Indeks Layanan Vicon: dijaga otomatis oleh akun layanan (permohonan yang masih berjalan, letak riwayatnya, salinan pengaturan untuk panel).';

/**
 * Make sure the index exists, protected, and that the Register has every product column; when
 * either was missing (a new office, or one that ran an older version), rebuild. True when it rebuilt.
 */
export function ensureIndex(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tz: OfficeZone,
  live: (r: VcRequest) => boolean,
  lock: <T>(fn: () => T) => T,
): boolean {
  const added = ensureRegisterColumns(requireSheet(ss, REGISTER_SHEET));
  const sheet = ss.getSheetByName(INDEX_SHEET);
  const fresh = !sheet;
  protectForOfficeAccount(sheet ?? createIndexSheet(ss), PROTECT_INDEX);
  if (!added && !fresh) return false;
  reindex(ss, tz, live, lock);
  return true;
}

/**
 * True when the index exists and each year's first row in its meta still holds that year's first
 * number (rows deleted or moved by hand make a directory point wrong; then the hourly run rebuilds).
 */
export function indexHealthy(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tz: OfficeZone): boolean {
  const idx = readIndex(ss, () => tz);
  const register = ss.getSheetByName(REGISTER_SHEET);
  if (!idx || !register) return false;
  const years = Object.entries(idx.meta.years);
  if (years.length === 0) return register.getLastRow() < 2;
  const nomor = col(headerMap(readHeader(register), ['Nomor'], REGISTER_SHEET), 'Nomor') + 1;
  return years.every(([year, [row, seq]]) => {
    const value = row <= register.getMaxRows() ? String(register.getRange(row, nomor).getValue() ?? '').trim() : '';
    return value === `VC-${year}-${String(seq).padStart(4, '0')}`;
  });
}

/** What a rebuild found. */
export interface ReindexReport {
  requests: number;
  live: number;
  historyRows: number;
}

/** Rows of Riwayat from `first` to `last` by request number (one read of that column). */
function spansById(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  first: number,
  last: number,
  into: Map<string, RowSpan[]>,
): void {
  if (last < first) return;
  const ids = sheet.getRange(first, 2, last - first + 1, 1).getValues();
  ids.forEach(([v], i) => {
    const id = String(v ?? '').trim();
    if (!id) return;
    const row = first + i;
    const spans = into.get(id) ?? [];
    const prev = spans[spans.length - 1];
    if (prev && prev.last === row - 1) prev.last = row;
    else spans.push({ first: row, last: row });
    into.set(id, spans);
  });
}

/**
 * Rebuild every trail and the index of `ss`. `live` judges a request; `lock` runs the writing part
 * under the script lock. Creates the Indeks sheet when missing.
 */
export function reindex(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tz: OfficeZone,
  live: (r: VcRequest) => boolean,
  lock: <T>(fn: () => T) => T,
): ReindexReport {
  const register = requireSheet(ss, REGISTER_SHEET);
  const riwayat = requireSheet(ss, HISTORY_SHEET);
  const props = PropertiesService.getScriptProperties();
  ensureRegisterColumns(register);
  const map = headerMap(readHeader(register), REGISTER_HEADERS, REGISTER_SHEET);
  const last = register.getLastRow();
  const values = last >= 2 ? register.getRange(2, 1, last - 1, map.width).getValues() : [];
  const seen = readHead(props)?.rows ?? riwayat.getLastRow();
  const spans = new Map<string, RowSpan[]>();
  spansById(riwayat, 2, seen, spans);
  return lock(() => {
    const now = readHead(props)?.rows ?? seen;
    const moved = new Map<string, RowSpan[]>();
    spansById(riwayat, seen + 1, now, moved);
    for (const [id, s] of moved) spans.set(id, [...(spans.get(id) ?? []), ...s]);
    const at = col(map, 'Nomor');
    const requests = values.map((r, i) => {
      const row = moved.has(String(r[at] ?? '').trim()) ? register.getRange(i + 2, 1, 1, map.width).getValues()[0] : r;
      return rowToRequest(row, map, tz);
    });
    const trails = requests.map((r) => formatTrail(spans.get(r.id) ?? []));
    const trailCol = col(map, 'Baris Riwayat');
    if (requests.length)
      register.getRange(2, trailCol + 1, requests.length, 1).setValues(trails.map((t) => [sheetText(t)]));
    const meta: IndexMeta = { lastRow: last, years: {} };
    const entries: Array<{ row: number; request: VcRequest }> = [];
    requests.forEach((r, i) => {
      if (!r.id) return;
      const m = /^VC-(\d{4})-(\d{4,6})$/.exec(r.id);
      if (m && !meta.years[m[1]]) meta.years[m[1]] = [i + 2, Number(m[2])];
      const withTrail = { ...r, trail: trails[i] };
      if (live(withTrail)) entries.push({ row: i + 2, request: withTrail });
    });
    if (!ss.getSheetByName(INDEX_SHEET)) createIndexSheet(ss);
    const idx = readIndex(ss, () => tz)!;
    writeAll(idx, entries, { ...idx.meta, ...meta }, tz);
    return { requests: requests.filter((r) => r.id).length, live: entries.length, historyRows: now - 1 };
  });
}
