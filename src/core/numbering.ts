/**
 * Request numbers: 'VC-YYYY-NNNN', unique and gap-free per year. The next number follows the
 * highest issued this year, taken from the numbers in the register (read under the script lock,
 * so a failed write never burns a number) and from the highest the engine remembers issuing
 * (Script Properties, out of reach of anyone who edits the sheet: a row deleted by hand never
 * frees its number). A value outside the pattern's range, or one far beyond what the engine ever
 * issued, was typed or pasted by hand: it is ignored, so it cannot push every new request onto
 * one impossible number.
 */

const PATTERN = /^VC-(\d{4})-(\d{4,6})$/;

/** The largest sequence number the pattern allows (six digits: far beyond any office's year). */
export const MAX_SEQUENCE = 999_999;

/** How far past the remembered highest number a register value may be and still count (hand-entered letters). */
export const MAX_JUMP = 1000;

/** The sequence of `value` when it is a well-formed number of `year` within range, else null. */
export function sequenceOf(value: unknown, year: number): number | null {
  const m = PATTERN.exec(String(value ?? '').trim());
  if (!m || Number(m[1]) !== year) return null;
  const seq = Number(m[2]);
  return seq >= 1 && seq <= MAX_SEQUENCE ? seq : null;
}

/**
 * The next request number for `year`, given every number in the register and the highest the
 * engine remembers issuing ('' when none). Register values beyond the remembered one by more than
 * MAX_JUMP are ignored. Throws (Indonesian) when the year's numbers are used up.
 */
export function nextRequestNumber(existing: readonly unknown[], year: number, remembered = ''): string {
  const known = sequenceOf(remembered, year);
  const ceiling = known === null ? MAX_SEQUENCE : known + MAX_JUMP;
  let max = known ?? 0;
  for (const value of existing) {
    const seq = sequenceOf(value, year);
    if (seq !== null && seq <= ceiling) max = Math.max(max, seq);
  }
  if (max >= MAX_SEQUENCE) throw new Error(`Nomor permohonan tahun ${year} sudah habis (VC-${year}-${MAX_SEQUENCE}).`);
  return `VC-${year}-${String(max + 1).padStart(4, '0')}`;
}
