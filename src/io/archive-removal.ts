/**
 * Taking archived requests out of the live spreadsheet, holding the script lock only briefly.
 * Outside the lock, a compact copy of Riwayat without their rows is written to a hidden,
 * protected sheet. Under the lock: nothing about them changed since the snapshot (else nothing is
 * removed), a 'sistem' row recording the archive is appended to Riwayat (so the chain's last row
 * stays in the live sheet), the rows appended since the snapshot follow into the copy, the copy
 * takes Riwayat's place, the anchor's row count follows, their Register rows are deleted, and
 * every trail and index entry is shifted to the rows' new places. A run that stops half-way
 * leaves a mark; the next run first rebuilds every trail and the index (io/reindex.ts).
 */
import type { HistoryRecord } from '../core/history';
import type { OfficeZone } from '../core/dates';
import type { VcRequest } from '../core/request';
import { merge } from '../core/trail';
import { shiftRow, shiftTrail } from '../core/archive';
import { sheetText } from '../core/sheet-text';
import { readIndex, writeAll, type IndexMeta } from './live-index';
import { asWritten, type LiveSnapshot } from './archive-book';
import { HEAD_PROPERTY, HISTORY_HEADERS, HISTORY_SHEET, readHead, sheetHistoryStore } from './history-store';
import { protectForOfficeAccount } from './protection';
import { reindex } from './reindex';
import { REGISTER_SHEET } from './register-store';
import { REQUIRED_REGISTER_HEADERS, rowToRequest } from './register-row';
import { col, headerMap, readHeader, requireSheet } from './sheet-table';

const WIDTH = HISTORY_HEADERS.length;
const COMPACT = 'Riwayat (ringkas)';
/** What the replaced Riwayat is called until it is deleted (a run stopped in between deletes it next time). */
const OLD = 'Riwayat (lama)';
/** Script Property set while a removal is under way: trails and the index must be rebuilt. */
const REPAIR = 'ARSIP_PERBAIKI';
const PROTECT = 'Riwayat hanya ditambah oleh Layanan Vicon. Setiap perubahan terdeteksi oleh "Periksa riwayat".';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Lock = <T>(fn: () => T) => T;

/** The live Register and Riwayat as they are now (one read each), for choosing and copying. */
export function readLive(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tz: OfficeZone): LiveSnapshot {
  const register = requireSheet(ss, REGISTER_SHEET);
  const header = readHeader(register).map((h) => String(h ?? '').trim());
  const map = headerMap(header, REQUIRED_REGISTER_HEADERS, REGISTER_SHEET);
  const last = register.getLastRow();
  const rows = last >= 2 ? register.getRange(2, 1, last - 1, map.width).getValues() : [];
  const riwayat = requireSheet(ss, HISTORY_SHEET);
  const head = readHead(PropertiesService.getScriptProperties())?.rows ?? riwayat.getLastRow();
  const history = head >= 2 ? riwayat.getRange(2, 1, head - 1, WIDTH).getValues() : [];
  return { header, rows, requests: rows.map((r) => rowToRequest(r, map, tz)), history, head };
}

/** Sheets an earlier run left behind (a compact copy never swapped in, a replaced Riwayat not yet deleted). */
function dropLeftovers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  for (const name of [COMPACT, OLD]) {
    const stale = ss.getSheetByName(name);
    if (stale) ss.deleteSheet(stale);
  }
}

/** The hidden, protected sheet the compact Riwayat is written to (made fresh, sized to fit). */
function compactSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, kept: unknown[][]): Sheet {
  const sheet = ss.insertSheet(COMPACT, requireSheet(ss, HISTORY_SHEET).getIndex());
  sheet.hideSheet();
  protectForOfficeAccount(sheet, PROTECT);
  const rows = kept.length + 1 + 100;
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (sheet.getMaxRows() > rows) sheet.deleteRows(rows + 1, sheet.getMaxRows() - rows);
  sheet.getRange(1, 1, 1, WIDTH).setValues([HISTORY_HEADERS]);
  if (kept.length) sheet.getRange(2, 1, kept.length, WIDTH).setValues(kept.map((r) => r.map(asWritten)));
  sheet.setFrozenRows(1);
  return sheet;
}

/** Put `compact` (with `tail` appended) in Riwayat's place; the anchor keeps its hash, its row count follows. */
function swap(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, compact: Sheet, keptRows: number, tail: unknown[][]) {
  if (tail.length) {
    if (compact.getMaxRows() < keptRows + 1 + tail.length) compact.insertRowsAfter(compact.getMaxRows(), tail.length);
    compact.getRange(keptRows + 2, 1, tail.length, WIDTH).setValues(tail.map((r) => r.map(asWritten)));
  }
  const props = PropertiesService.getScriptProperties();
  const head = readHead(props)!;
  const old = requireSheet(ss, HISTORY_SHEET);
  old.setName(OLD);
  compact.setName(HISTORY_SHEET);
  compact.showSheet();
  props.setProperty(HEAD_PROPERTY, `${keptRows + tail.length + 1}:${head.hash}`);
  ss.deleteSheet(old);
}

/**
 * Register rows, deleted from the bottom up in runs (earlier rows keep their numbers meanwhile). Sheets
 * refuses to delete every non-frozen row, so a blank row is added first when nothing else would stay.
 */
function deleteRegisterRows(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, rows: number[]): void {
  const sheet = requireSheet(ss, REGISTER_SHEET);
  if (sheet.getMaxRows() - rows.length <= sheet.getFrozenRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
  const runs = merge(
    rows.map((r) => ({ first: r, last: r })),
    1,
  ).reverse();
  for (const s of runs) sheet.deleteRows(s.first, s.last - s.first + 1);
}

/**
 * Under the lock, right after the removal: every trail on the Register and in the index names the
 * rows' new places, and the index entries their Register rows' new numbers (a year whose first row
 * left is dropped from the directory: its numbers are then found by their column).
 */
function followRemoval(ss: Spreadsheet, tz: OfficeZone, removed: number[], deleted: number[]): void {
  const register = requireSheet(ss, REGISTER_SHEET);
  const trailAt = headerMap(readHeader(register), ['Nomor'], REGISTER_SHEET).index.get('Baris Riwayat');
  const last = register.getLastRow();
  if (trailAt !== undefined && last >= 2 && removed.length) {
    const range = register.getRange(2, trailAt + 1, last - 1, 1);
    range.setValues(range.getValues().map(([t]) => [sheetText(shiftTrail(String(t ?? ''), removed))]));
  }
  const idx = readIndex(ss, () => tz);
  if (!idx) return;
  const entries = idx.entries.map((e) => ({
    row: shiftRow(e.row, deleted),
    request: { ...e.request, trail: shiftTrail(e.request.trail ?? '', removed) },
  }));
  const years: IndexMeta['years'] = {};
  for (const [year, [row, seq]] of Object.entries(idx.meta.years))
    if (!deleted.includes(row)) years[year] = [shiftRow(row, deleted), seq];
  const lastRow = idx.meta.lastRow - deleted.filter((r) => r <= idx.meta.lastRow).length;
  writeAll(idx, entries, { ...idx.meta, lastRow, years }, tz);
}

/** The number of a request whose rows moved or were added to since `snap`, or null. */
function changedSince(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, snap: LiveSnapshot, ids: Set<string>) {
  const head = readHead(PropertiesService.getScriptProperties())?.rows ?? snap.head;
  const riwayat = requireSheet(ss, HISTORY_SHEET);
  const fresh = head > snap.head ? riwayat.getRange(snap.head + 1, 1, head - snap.head, WIDTH).getValues() : [];
  const touched = fresh.find((r) => ids.has(String(r[1] ?? '').trim()));
  if (touched) return String(touched[1]).trim();
  const register = requireSheet(ss, REGISTER_SHEET);
  const nomor = col(headerMap(readHeader(register), ['Nomor'], REGISTER_SHEET), 'Nomor') + 1;
  const last = register.getLastRow();
  const now = last >= 2 ? register.getRange(2, nomor, last - 1, 1).getValues() : [];
  const moved = snap.requests.find((r, i) => ids.has(r.id) && String(now[i]?.[0] ?? '').trim() !== r.id);
  return moved ? moved.id : null;
}

/** True when an earlier run stopped before trails and the index were rebuilt. */
export function repairDue(): boolean {
  return PropertiesService.getScriptProperties().getProperty(REPAIR) !== null;
}

/** Rebuild trails and the index after a removal (see the module comment), then clear the mark. */
export function repairAfterRemoval(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tz: OfficeZone,
  live: (r: VcRequest) => boolean,
  lock: Lock,
): void {
  reindex(ss, tz, live, lock);
  PropertiesService.getScriptProperties().deleteProperty(REPAIR);
}

/**
 * Remove `ids` (already copied and verified in their archive) from the live sheets of `ss`, as
 * `snap` saw them, recording `note` in Riwayat. Returns what was removed, or the number of a
 * request that changed meanwhile (then nothing was removed).
 */
export function removeArchived(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  snap: LiveSnapshot,
  ids: Set<string>,
  note: HistoryRecord,
  lock: Lock,
  tz: OfficeZone,
): { requests: number; rows: number } | { changed: string } {
  const removed: number[] = [];
  const kept: unknown[][] = [];
  snap.history.forEach((r, i) => (ids.has(String(r[1] ?? '').trim()) ? removed.push(i + 2) : kept.push(r)));
  const registerRows = snap.requests.flatMap((r, i) => (ids.has(r.id) ? [i + 2] : []));
  dropLeftovers(ss);
  const compact = removed.length ? compactSheet(ss, kept) : null;
  return lock(() => {
    const changed = changedSince(ss, snap, ids);
    if (changed) {
      if (compact) ss.deleteSheet(compact);
      return { changed };
    }
    sheetHistoryStore(ss).append([note]);
    const props = PropertiesService.getScriptProperties();
    props.setProperty(REPAIR, 'ja');
    if (compact) {
      const head = readHead(props)!.rows;
      const tail = requireSheet(ss, HISTORY_SHEET)
        .getRange(snap.head + 1, 1, head - snap.head, WIDTH)
        .getValues();
      swap(ss, compact, kept.length, tail);
    }
    deleteRegisterRows(ss, registerRows);
    followRemoval(ss, tz, removed, registerRows);
    props.deleteProperty(REPAIR);
    return { requests: registerRows.length, rows: removed.length };
  });
}
