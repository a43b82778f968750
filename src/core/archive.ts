/**
 * Moving finished years out of the live spreadsheet (Google counts at most 10 million cells per
 * spreadsheet). A request goes to its year's archive when it has ENDED the product's own way
 * (terminal step, nothing pending, no longer live: core/live.ts) and its event lies in a past
 * year. Its Riwayat rows go with it. The hash chain stays checkable: a live row whose predecessor
 * was archived is bridged by following the archived rows' own links (each must still match its
 * hash), so "Periksa riwayat" passes on the live sheet and names any row missing from both.
 */
import { isLive } from './live';
import { localDate, type OfficeZone } from './dates';
import type { VcRequest } from './request';
import { canonicalText, type HashFn, type HistoryRecord } from './history';
import { formatTrail, parseTrail, type RowSpan } from './trail';

/** The year a request is archived under: its event's year, else the year in its number (null: neither). */
export function archiveYearOf(r: Pick<VcRequest, 'eventDate' | 'id'>): number | null {
  const m = /^(\d{4})-\d{2}-\d{2}$/.exec(r.eventDate) ?? /^VC-(\d{4})-/.exec(r.id);
  return m ? Number(m[1]) : null;
}

/** Why `year` cannot be archived at `now` (office zone `tz`), in Indonesian; null when it can. */
export function yearRefusal(year: number, now: Date, tz: OfficeZone): string | null {
  const current = Number(localDate(now, tz).slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > 9999)
    return 'Tahun tidak valid. Tulis tahun dengan empat angka, misalnya 2025.';
  if (year >= current) return `Tahun ${year} belum lewat. Hanya tahun sebelum ${current} yang dapat diarsipkan.`;
  return null;
}

/**
 * True when `r` (at a terminal step or not) may leave the live register for `year`'s archive at
 * `now`: it has ended (terminal, nothing pending, no longer live) and belongs to that year.
 */
export function isArchivable(r: VcRequest, terminal: boolean, year: number, now: Date, tz: OfficeZone): boolean {
  return !isLive(r, terminal, now, tz) && archiveYearOf(r) === year;
}

/** How many of the ascending `sorted` numbers are below `n`. */
function below(sorted: number[], n: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where row `row` is after the rows `removed` (ascending, no repeats) left the sheet above it. */
export function shiftRow(row: number, removed: number[]): number {
  return row - below(removed, row);
}

/**
 * `trail` after the rows `removed` (ascending, no repeats) left the sheet: each kept row moves up
 * by the removed rows above it; a removed row named by the trail is dropped.
 */
export function shiftTrail(trail: string, removed: number[]): string {
  const gone = new Set(removed);
  const spans: RowSpan[] = [];
  for (const s of parseTrail(trail))
    for (let row = s.first; row <= s.last; row++)
      if (!gone.has(row)) {
        const at = shiftRow(row, removed);
        spans.push({ first: at, last: at });
      }
  return formatTrail(spans);
}

/**
 * A bridge over archived rows for the chain check: from the hash `from` (the live row before a
 * gap) to `to` (the prevHash of the live row after it), following archived rows whose own hash
 * covers their content. Returns how many rows it crossed, or null when no such path exists.
 * `used` collects the hashes of the archived rows crossed.
 */
export function archiveBridge(
  archived: HistoryRecord[],
  hash: HashFn,
  used: Set<string> = new Set(),
): (from: string, to: string) => number | null {
  const byPrev = new Map(archived.map((r) => [r.prevHash, r]));
  return (from, to) => {
    let at = from;
    const crossed: string[] = [];
    while (at !== to) {
      const next = byPrev.get(at);
      if (!next || crossed.length > archived.length || hash(canonicalText(next)) !== next.hash) return null;
      crossed.push(next.hash);
      at = next.hash;
    }
    crossed.forEach((h) => used.add(h));
    return crossed.length;
  };
}

/** The archived rows whose content no longer matches their own hash (at most `limit`), as 0-based indexes. */
export function alteredRows(archived: HistoryRecord[], hash: HashFn, limit = 20): number[] {
  const out: number[] = [];
  for (let i = 0; i < archived.length && out.length < limit; i++)
    if (hash(canonicalText(archived[i])) !== archived[i].hash) out.push(i);
  return out;
}
