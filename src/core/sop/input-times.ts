/**
 * The times an official types with an action: an alternative slot for the applicant and the
 * connection-test time (Singkawang). Pure: "today" is the office's local 'YYYY-MM-DD'.
 */
import type { ActionInput } from './types';
import { minutesToTime, timeToMinutes } from '../dates';
import { isWorkingDay, type WorkCalendar } from '../working-time';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

function isRealDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * Refusal reason for a malformed alternative time, or null when it is usable. With the office's
 * calendar, an alternative on a weekend or holiday, or outside working hours, is refused too.
 */
export function alternativeProblem(
  alt: NonNullable<ActionInput['alternative']>,
  today: string,
  cal?: WorkCalendar,
): string | null {
  if (!isRealDate(alt.date)) return 'Tanggal alternatif harus berformat TTTT-BB-HH (misalnya 2026-03-15).';
  if (!TIME_RE.test(alt.start) || !TIME_RE.test(alt.end))
    return 'Jam alternatif harus berformat JJ:MM (misalnya 09:30).';
  if (alt.end <= alt.start) return 'Jam selesai alternatif harus setelah jam mulai.';
  if (alt.date < today) return 'Tanggal alternatif sudah lewat.';
  if (cal && !isWorkingDay(cal, alt.date))
    return 'Tanggal alternatif jatuh pada hari libur atau di luar hari kerja kantor.';
  if (cal && (timeToMinutes(alt.start) < cal.startMinute || timeToMinutes(alt.end) > cal.endMinute))
    return `Jam alternatif harus di dalam jam layanan (${minutesToTime(cal.startMinute)}–${minutesToTime(Math.min(cal.endMinute, 1439))}).`;
  return null;
}

/** Refusal reason for a malformed connection-test time (or one already past `today`), or null when it is usable. */
export function testTimeProblem(t: NonNullable<ActionInput['testTime']>, today: string): string | null {
  if (!isRealDate(String(t.date))) return 'Tanggal uji koneksi harus berformat TTTT-BB-HH (misalnya 2026-03-15).';
  if (!TIME_RE.test(String(t.time))) return 'Jam uji koneksi harus berformat JJ:MM (misalnya 09:30).';
  if (t.date < today) return 'Tanggal uji koneksi sudah lewat.';
  return null;
}
