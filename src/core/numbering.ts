/**
 * Request numbers: 'VC-YYYY-NNNN', unique and gap-free per year. The next
 * number is derived from the numbers already in the register (read under the
 * script lock), so a failed write never burns a number.
 */

const PATTERN = /^VC-(\d{4})-(\d{4,})$/;

/** The next request number for `year`, given every number already issued. */
export function nextRequestNumber(existing: readonly unknown[], year: number): string {
  let max = 0;
  for (const value of existing) {
    const m = PATTERN.exec(String(value).trim());
    if (m && Number(m[1]) === year) max = Math.max(max, Number(m[2]));
  }
  return `VC-${year}-${String(max + 1).padStart(4, '0')}`;
}
