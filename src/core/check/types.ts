/**
 * The installation check ("Periksa pemasangan"): one line per thing that must hold on the
 * office's real Google account and Zoom, each passed (✓) or failed (✗) with what to do.
 * Pure types and line builders; the facts come from the engine and the panel.
 */
import { localDate, localTime, zoneAbbrev, type OfficeZone } from '../dates';

/** One line of the checklist. Texts are Indonesian; `raw` holds Google's or Zoom's exact words. */
export interface CheckLine {
  /** Stable id, e.g. 'pemicu' (tests and the report use it). */
  id: string;
  title: string;
  ok: boolean;
  /** What was found. */
  detail: string;
  /** What to do; '' when the line passed. */
  fix: string;
  /** Google's or Zoom's exact error texts behind a failure (never a secret). */
  raw: string[];
}

/**
 * The engine's parts of the check, each one call from the panel (each well under a minute on
 * Google, so no call outlives UrlFetchApp's time limit, and a part that fails stops no other).
 */
export const CHECK_PARTS = ['dasar', 'mesin', 'kalender', 'email', 'surat', 'ekspor', 'zoom'] as const;
export type CheckPart = (typeof CHECK_PARTS)[number];

/** A passed line. */
export function passed(id: string, title: string, detail: string): CheckLine {
  return { id, title, ok: true, detail, fix: '', raw: [] };
}

/** A failed line with what to do and, when Google or Zoom said something, its exact words. */
export function failed(id: string, title: string, detail: string, fix: string, raw: string[] = []): CheckLine {
  return { id, title, ok: false, detail, fix, raw: raw.filter((r) => r.trim() !== '') };
}

/** A line that is ✓ when `problems` is empty, else ✗ listing them. */
export function lineOf(
  id: string,
  title: string,
  problems: string[],
  okDetail: string,
  fix: string,
  raw: string[] = [],
): CheckLine {
  return problems.length === 0 ? passed(id, title, okDetail) : failed(id, title, problems.join(' '), fix, raw);
}

/** `instant` as the office reads it: '28/12/2027 pukul 10.00 WITA' (no digit run a report scrubber takes for a phone). */
export function officeStamp(instant: Date, zone: OfficeZone): string {
  const [y, m, d] = localDate(instant, zone).split('-');
  return `${d}/${m}/${y} pukul ${localTime(instant, zone).replace(':', '.')} ${zoneAbbrev(zone)}`;
}
