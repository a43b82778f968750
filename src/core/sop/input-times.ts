/**
 * The times an official types with an action: an alternative slot for the applicant and the
 * connection-test time (Singkawang). Pure: "today" is the office's local 'YYYY-MM-DD'.
 */
import type { ActionInput } from './types';
import { isLocalDate, isLocalTime, minutesToTime, timeToMinutes } from '../dates';
import { isWorkingDay, type WorkCalendar } from '../working-time';

/**
 * Refusal reason for a malformed alternative time, or null when it is usable. With the office's
 * calendar, an alternative on a weekend or holiday, or outside working hours, is refused too.
 */
export function alternativeProblem(
  alt: NonNullable<ActionInput['alternative']>,
  today: string,
  cal?: WorkCalendar,
): string | null {
  if (!isLocalDate(alt.date)) return 'Tanggal alternatif harus berformat TTTT-BB-HH (misalnya 2026-03-15).';
  if (!isLocalTime(alt.start) || !isLocalTime(alt.end)) return 'Jam alternatif harus berformat JJ:MM (misalnya 09:30).';
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
  if (!isLocalDate(String(t.date))) return 'Tanggal uji koneksi harus berformat TTTT-BB-HH (misalnya 2026-03-15).';
  if (!isLocalTime(String(t.time))) return 'Jam uji koneksi harus berformat JJ:MM (misalnya 09:30).';
  if (t.date < today) return 'Tanggal uji koneksi sudah lewat.';
  return null;
}
