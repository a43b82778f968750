/**
 * Where a request's Riwayat rows are, kept on its Register row so its history is read without
 * scanning Riwayat: a compact list of row ranges, '2-4,90-92,310'. Rows are logical (counted
 * from Riwayat's first data row ever, so rows moved to an archive keep their numbers).
 */

/** One run of consecutive rows. */
export interface RowSpan {
  first: number;
  last: number;
}

/** The spans in `trail` ('' or unreadable parts give none), sorted and merged. */
export function parseTrail(trail: string): RowSpan[] {
  const spans: RowSpan[] = [];
  for (const part of String(trail ?? '').split(',')) {
    const m = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(part);
    if (!m) continue;
    const first = Number(m[1]);
    const last = m[2] === undefined ? first : Number(m[2]);
    if (first >= 1 && last >= first && last - first < 1_000_000) spans.push({ first, last });
  }
  return merge(spans, 1);
}

/** Spans joined when they touch, or are at most `gap` rows apart (gap 1: only adjacent ones). */
export function merge(spans: RowSpan[], gap: number): RowSpan[] {
  const sorted = [...spans].sort((a, b) => a.first - b.first);
  const out: RowSpan[] = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && s.first <= prev.last + gap) prev.last = Math.max(prev.last, s.last);
    else out.push({ ...s });
  }
  return out;
}

/** `spans` as trail text. */
export function formatTrail(spans: RowSpan[]): string {
  return merge(spans, 1)
    .map((s) => (s.first === s.last ? String(s.first) : `${s.first}-${s.last}`))
    .join(',');
}

/** `trail` with `count` more rows starting at `first`. */
export function extendTrail(trail: string, first: number, count: number): string {
  if (count <= 0) return formatTrail(parseTrail(trail));
  return formatTrail([...parseTrail(trail), { first, last: first + count - 1 }]);
}

/**
 * The reads that fetch every row of `trail`: spans closer than `gap` rows are read together (one
 * call costs as much as reading a few hundred rows), so a request walked over a few days is one
 * or two reads, whatever the size of Riwayat.
 */
export function readPlan(trail: string, gap: number): RowSpan[] {
  return merge(parseTrail(trail), gap);
}
