/**
 * The archive ports over the live spreadsheet and the office account's archive spreadsheets:
 * the admin's "Arsipkan tahun" (ArchivePort) and what the audit and the Rekap read (ArchiveReader).
 */
import { alteredRows } from '../core/archive';
import type { OfficeZone } from '../core/dates';
import type { HistoryRecord } from '../core/history';
import type { VcRequest } from '../core/request';
import type { ArchivePort } from '../app/archive';
import type { ArchiveReader } from '../app/ports';
import {
  archiveList,
  archiveName,
  archiveReceived,
  copyToArchive,
  openArchive,
  readArchive,
  type LiveSnapshot,
} from './archive-book';
import { readLive, removeArchived, repairAfterRemoval, repairDue } from './archive-removal';
import { sha256Hex } from './digest';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The ArchivePort over `ss`, dates in `tz`; `lock` runs its short critical part under the script lock. */
export function sheetArchivePort(ss: Spreadsheet, tz: () => OfficeZone, lock: <T>(fn: () => T) => T): ArchivePort {
  let snap: LiveSnapshot | null = null;
  const taken = () => {
    if (!snap) throw new Error('Arsip: baca Register dahulu.');
    return snap;
  };
  return {
    snapshot() {
      snap = readLive(ss, tz());
      return snap.requests;
    },
    copy(year, ids, viewers) {
      const live = taken();
      const book = openArchive(year, true, ss.getSpreadsheetTimeZone())!;
      if (viewers.length) book.addViewers(viewers);
      copyToArchive(book, live, ids);
      const back = readArchive(book, tz());
      const held = new Set(back.requests.map((r) => r.id));
      const hashes = new Set(back.history.map((h) => h.hash));
      const wanted = live.history.filter((r) => ids.has(String(r[1] ?? '').trim()));
      return {
        name: archiveName(year),
        url: book.getUrl(),
        missing: [...ids].filter((id) => !held.has(id)),
        missingRows: wanted.filter((r) => !hashes.has(String(r[r.length - 1] ?? ''))).length,
        altered: alteredRows(back.history, sha256Hex).length,
      };
    },
    remove: (ids, note) => removeArchived(ss, taken(), ids, note, lock, tz()),
    repairDue,
    repair: (live) => repairAfterRemoval(ss, tz(), live, lock),
  };
}

/** The ArchiveReader over the archives recorded in the engine's Script Properties. */
export function sheetArchives(tz: () => OfficeZone): ArchiveReader {
  const books = new Map<number, Spreadsheet>();
  const book = (year: number) => {
    const known = books.get(year);
    if (known) return known;
    const opened = openArchive(year, false, '')!;
    books.set(year, opened);
    return opened;
  };
  return {
    list: () => archiveList().map((a) => ({ year: a.year, url: book(a.year).getUrl() })),
    contents: (year) => readArchive(book(year), tz()),
    received(start, end) {
      const requests: VcRequest[] = [];
      const history: HistoryRecord[] = [];
      for (const a of archiveList()) {
        if (a.year < start.getUTCFullYear()) continue;
        const part = archiveReceived(book(a.year), tz(), start, end);
        requests.push(...part.requests);
        history.push(...part.history);
      }
      return { requests, history };
    },
  };
}
