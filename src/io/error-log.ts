/**
 * The Log sheet: errors met in normal use, with the time, the request, Google's or Zoom's exact
 * words and the Indonesian text people were shown. Entries are kept in memory during an
 * execution and written once when it ends (one append), under the script lock; the sheet is
 * protected like the other data sheets and keeps only the newest LOG_MAX_ROWS entries.
 */
import type { ErrorEntry, ErrorLog } from '../app/error-log';
import { isLogged, rawMessage } from '../app/error-log';
import type { LogFact } from '../core/check/usage-lines';
import { cleanText, sheetText } from '../core/sheet-text';
import type { Result } from '../shared/rpc';
import { productVersion } from './build-info';
import { boundSpreadsheet } from './engine-binding';
import { guard, scrubSecrets } from './guard';
import { protectForOfficeAccount } from './protection';
import { ensureRows } from './sheet-table';

export const LOG_SHEET = 'Log';
export const LOG_HEADERS = [
  'Waktu',
  'Kejadian',
  'Nomor Permohonan',
  'Pesan asli (Google/Zoom)',
  'Penjelasan yang ditampilkan',
  'Versi',
];
export const LOG_PROTECTION = 'Log kesalahan Layanan Vicon: hanya ditulis oleh akun layanan.';
/** The newest entries kept; older ones are deleted when an append passes this. */
export const LOG_MAX_ROWS = 2000;
const TEXT_MAX = 1000;
const READ_MAX = 200;
const LOCK_WAIT_MS = 10000;
const THREW = 'Eksekusi berhenti dengan galat; Apps Script memberi tahu akun layanan lewat email.';

type Timed = ErrorEntry & { at: Date };

/** One buffer per running execution (executions can nest: the engine asking its own web app). */
const buffers: Timed[][] = [];

/** The ErrorLog of the execution running now (outside withErrorLog it only reaches the console). */
export const executionLog: ErrorLog = {
  record(entry) {
    console.error(scrubSecrets(`${entry.source}: ${entry.raw}`));
    buffers[buffers.length - 1]?.push({ ...entry, at: new Date() });
  },
};

const cell = (text: string): string => sheetText(cleanText(scrubSecrets(text), TEXT_MAX));

function rowOf(e: Timed): unknown[] {
  return [e.at, cell(e.source), cell(e.requestId), cell(e.raw), cell(e.shown), cell(productVersion())];
}

/** The Log sheet of `ss`, created with its header and protection when missing. */
export function ensureLogSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const found = ss.getSheetByName(LOG_SHEET);
  if (found) return found;
  const sheet = ss.insertSheet(LOG_SHEET);
  sheet.getRange(1, 1, 1, LOG_HEADERS.length).setValues([LOG_HEADERS]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  protectForOfficeAccount(sheet, LOG_PROTECTION);
  return sheet;
}

/** Append `entries` in one write, then drop the oldest beyond LOG_MAX_ROWS. Call under the script lock. */
export function appendLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, entries: Timed[]): void {
  const sheet = ensureLogSheet(ss);
  const last = Math.max(sheet.getLastRow(), 1);
  ensureRows(sheet, last, entries.length);
  sheet.getRange(last + 1, 1, entries.length, LOG_HEADERS.length).setValues(entries.map(rowOf));
  const excess = last - 1 + entries.length - LOG_MAX_ROWS;
  if (excess > 0) sheet.deleteRows(2, excess);
}

function flush(entries: Timed[]): void {
  if (entries.length === 0) return;
  try {
    const ss = boundSpreadsheet();
    if (!ss) return;
    const lock = LockService.getScriptLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error('kunci skrip sedang dipakai');
    try {
      appendLog(ss, entries);
    } finally {
      lock.releaseLock();
    }
  } catch (error) {
    console.error(scrubSecrets(`Log tidak dapat ditulis (${entries.length} kesalahan): ${rawMessage(error)}`));
  }
}

/**
 * Run `fn` as one execution of the engine: what it records (and what it throws, under
 * `source`) is written to the Log once at the end. A throw is rethrown.
 */
export function withErrorLog<T>(source: string, fn: () => T): T {
  const entries: Timed[] = [];
  buffers.push(entries);
  try {
    return fn();
  } catch (error) {
    if (!isLogged(error)) entries.push({ source, requestId: '', raw: rawMessage(error), shown: THREW, at: new Date() });
    throw error;
  } finally {
    buffers.pop();
    flush(entries);
  }
}

/** `guard`, recording a thrown error (and the Indonesian answer it became) in the execution's Log. */
export function guardLogged<T>(source: string, requestId: string, fn: () => Result<T>): Result<T> {
  try {
    return fn();
  } catch (error) {
    const answer = guard<T>(() => {
      throw error;
    });
    executionLog.record({ source, requestId, raw: rawMessage(error), shown: answer.ok ? '' : answer.error });
    return answer;
  }
}

/** Log entries at or after `since`, among the newest READ_MAX (one read). */
export function recentLog(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, since: Date): LogFact[] {
  const sheet = ss.getSheetByName(LOG_SHEET);
  const last = sheet?.getLastRow() ?? 0;
  if (!sheet || last < 2) return [];
  const count = Math.min(READ_MAX, last - 1);
  return sheet
    .getRange(last - count + 1, 1, count, 4)
    .getValues()
    .filter((r) => r[0] instanceof Date && r[0].getTime() >= since.getTime())
    .map((r) => ({ at: new Date((r[0] as Date).getTime()), source: String(r[1] ?? ''), raw: String(r[3] ?? '') }));
}
