/**
 * Small stateful fakes for archiving and the history audit: a Riwayat kept with its anchor (its
 * check honours the archive bridge), the archive spreadsheets in memory (both the admin's
 * ArchivePort and the audit's ArchiveReader over the same books), with the faults a real run meets.
 */
import type { ArchivePort } from '../../src/app/archive';
import type { ArchiveReader, HistoryStore } from '../../src/app/ports';
import { alteredRows } from '../../src/core/archive';
import { chain, GENESIS_HASH, verifyChain, type HistoryRecord } from '../../src/core/history';
import type { VcRequest } from '../../src/core/request';
import { parseTrail } from '../../src/core/trail';
import { sha256, type memoryRegister } from './fakes';

/**
 * Riwayat with its anchor kept outside the sheet, like the real store: `head` is how many rows were
 * appended and the last one's hash (an archive removal lowers the count, keeps the hash); `damage`
 * what an append found. `verify` checks the given rows against the anchor, bridging over `bridge`.
 */
export function anchoredHistory(): HistoryStore & {
  records: HistoryRecord[];
  head: { count: number; hash: string };
  damage: string;
} {
  const h = {
    records: [] as HistoryRecord[],
    head: { count: 0, hash: GENESIS_HASH },
    damage: '',
    nextRow: () => h.records.length + 2,
    append(entries: HistoryRecord[]) {
      const added = chain(entries, h.head.hash, sha256);
      h.records.push(...added);
      if (added.length) h.head = { count: h.head.count + added.length, hash: added[added.length - 1].hash };
    },
    forRequest: (id: string) => ({ records: h.records.filter((r) => r.requestId === id), unreadable: 0 }),
    ofRequests: (requests: VcRequest[]) => h.records.filter((r) => requests.some((q) => q.id === r.requestId)),
    readAll: () => [...h.records],
    anchor: () => (h.head.count ? { ...h.head, damage: h.damage } : null),
    verify(records?: HistoryRecord[], bridge?: (from: string, to: string) => number | null) {
      const b = verifyChain(records ?? h.records, sha256, h.head, bridge);
      return b ? { row: b.index + 2, reason: b.reason } : null;
    },
  };
  return h;
}

/** One archive spreadsheet: its requests, its Riwayat rows, and who may read it. */
export interface Book {
  requests: VcRequest[];
  history: HistoryRecord[];
  viewers: string[];
}

type History = ReturnType<typeof anchoredHistory>;
type Register = ReturnType<typeof memoryRegister>;

/** What a test can make the archive port meet: damage to a book before it is read back, a change meanwhile, a stop. */
export interface ArchiveFaults {
  /** Runs on the book after the copy, before it is read back (rows lost or changed on the way). */
  afterCopy?: (book: Book) => void;
  /** Runs after the copy, before the removal, on the live Riwayat (what other executions write meanwhile). */
  beforeRemove?: (history: History) => void;
  /** When true, the removal stops right after Riwayat lost its rows (the mark stays, Register rows stay). */
  stopHalfWay?: boolean;
}

/**
 * The archive books in memory, the ArchivePort over `register` and `history` (like io/archive-port.ts:
 * copying skips what a book holds; removal refuses when a chosen request changed since the snapshot)
 * and the ArchiveReader over the same books. `calls` lists the port's calls in order.
 */
export function memoryArchives(register: Register, history: History, faults: ArchiveFaults = {}) {
  const books = new Map<number, Book>();
  const calls: string[] = [];
  let snap: { requests: VcRequest[]; rows: number } | null = null;
  let mark = false;
  const port: ArchivePort = {
    snapshot() {
      calls.push('snapshot');
      snap = { requests: register.readAll(), rows: history.records.length };
      return structuredClone(snap.requests);
    },
    copy(year, ids, viewers) {
      calls.push('copy');
      const book = books.get(year) ?? { requests: [], history: [], viewers: [] };
      books.set(year, book);
      book.viewers = [...new Set([...book.viewers, ...viewers])];
      for (const r of snap!.requests.filter((q) => ids.has(q.id))) {
        const at = book.requests.findIndex((q) => q.id === r.id);
        book.requests.splice(at < 0 ? book.requests.length : at, at < 0 ? 0 : 1, structuredClone(r));
      }
      const wanted = history.records.slice(0, snap!.rows).filter((h) => ids.has(h.requestId));
      for (const h of wanted) if (!book.history.some((b) => b.hash === h.hash)) book.history.push(structuredClone(h));
      faults.afterCopy?.(book);
      return {
        name: `Arsip Layanan Vicon ${year}`,
        url: `https://docs.google.com/spreadsheets/d/arsip-${year}`,
        missing: [...ids].filter((id) => !book.requests.some((r) => r.id === id)),
        missingRows: wanted.filter((h) => !book.history.some((b) => b.hash === h.hash)).length,
        altered: alteredRows(book.history, sha256).length,
      };
    },
    remove(ids, note) {
      calls.push('remove');
      faults.beforeRemove?.(history);
      const fresh = history.records.slice(snap!.rows).find((h) => ids.has(h.requestId));
      if (fresh) return { changed: fresh.requestId };
      const moved = snap!.requests.find((r, i) => ids.has(r.id) && register.rows[i]?.id !== r.id);
      if (moved) return { changed: moved.id };
      history.append([note]);
      mark = true;
      const before = history.records.length;
      history.records = history.records.filter((h) => !ids.has(h.requestId));
      history.head.count = history.records.length;
      if (faults.stopHalfWay) throw new Error('Waktu eksekusi habis.');
      const rows = register.rows.length;
      register.rows = register.rows.filter((r) => !ids.has(r.id));
      mark = false;
      return { requests: rows - register.rows.length, rows: before - history.records.length };
    },
    repairDue: () => (calls.push('repairDue'), mark),
    repair(live) {
      calls.push('repair');
      register.refresh(
        register.rows.map((_, i) => i + 2),
        live,
      );
      mark = false;
    },
  };
  const reader: ArchiveReader = {
    list: () =>
      [...books.keys()].sort().map((year) => ({ year, url: `https://docs.google.com/spreadsheets/d/arsip-${year}` })),
    contents: (year) => structuredClone({ requests: books.get(year)!.requests, history: books.get(year)!.history }),
    received: () => ({ requests: [], history: [] }),
  };
  return {
    books,
    calls,
    port,
    reader,
    /** Leave the mark an earlier run stopped after (without the rest of that run). */
    markStopped: () => void (mark = true),
  };
}

/**
 * Riwayat read the way the real store reads one request's rows: by the rows its trail names
 * (`reads` lists those trails), or, without a trail, by scanning the request-number column (`scans`).
 */
export function trailHistory(): HistoryStore & { records: HistoryRecord[]; reads: string[]; scans: number } {
  const base = anchoredHistory();
  const h = Object.assign(base, {
    reads: [] as string[],
    scans: 0,
    forRequest(id: string, trail: string) {
      const rows = parseTrail(trail).flatMap((s) =>
        Array.from({ length: s.last - s.first + 1 }, (_, i) => s.first + i),
      );
      if (rows.length) h.reads.push(trail);
      else h.scans++;
      const named = rows.length ? rows.map((row) => base.records[row - 2]) : base.records;
      return { records: named.filter((r) => r?.requestId === id), unreadable: 0 };
    },
  });
  return h;
}
