/**
 * Small statistics for the recap: median, 90th percentile, shares and
 * month-on-month counts. Pure functions over plain numbers.
 */

/** The median of `values` (mean of the two middle values when the count is even); null when empty. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * The p-th percentile by the nearest-rank method: the ceil(p/100 · n)-th smallest
 * value (p90 of 10 values is the 9th smallest, of 11 values the 10th). Null when empty.
 */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[rank - 1];
}

/** Code-unit order of two texts (-1, 0, 1), for sort comparators. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `part / whole` as a fraction 0..1, or null when `whole` is 0. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** One row of a count table: this month, the month before, and the change. */
export interface CountRow {
  key: string;
  count: number;
  previous: number;
  change: number;
}

const tidy = (k: string) => k.trim().replace(/\s+/g, ' ');

/** The form names are compared in: no case, single spaces ('dinas  pendidikan ' = 'Dinas Pendidikan'). */
export const nameKey = (k: string): string => tidy(k).toLowerCase();

/**
 * Count rows for every key seen in either month, grouped without regard to case
 * and spacing ('Dinas  pendidikan' = 'Dinas Pendidikan'; the first spelling seen is
 * shown), most frequent this month first, then by last month, then by name.
 */
export function compareCounts(current: string[], previous: string[]): CountRow[] {
  const rows = new Map<string, CountRow>();
  const add = (k: string, field: 'count' | 'previous') => {
    const key = tidy(k);
    const folded = nameKey(key);
    let row = rows.get(folded);
    if (!row) rows.set(folded, (row = { key, count: 0, previous: 0, change: 0 }));
    row[field]++;
  };
  for (const k of current) add(k, 'count');
  for (const k of previous) add(k, 'previous');
  const out = [...rows.values()];
  for (const row of out) row.change = row.count - row.previous;
  return out.sort((a, b) => b.count - a.count || b.previous - a.previous || compareText(a.key, b.key));
}
