/**
 * Indonesian words for dates and durations, from our own tables (no `Intl`):
 * letters and messages read "Senin, 5 Januari 2026" and "09.00–11.00 WITA".
 */
import { OfficeZone, isLocalDate, isLocalTime, localDate, localTime, weekdayIndex, zoneAbbrev } from './dates';

/** Day names, index 0 = Minggu (Sunday), as `weekdayIndex` returns. */
export const DAY_NAMES: readonly string[] = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];

/** Month names, index 0 = Januari. */
export const MONTH_NAMES: readonly string[] = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

function checkedDate(date: string): string {
  if (!isLocalDate(date)) throw new RangeError(`Tanggal tidak valid: "${date}" (gunakan format TTTT-BB-HH).`);
  return date;
}

/** '2026-01-05' → '5 Januari 2026'. Throws on a date that is not a real 'YYYY-MM-DD'. */
export function formatDate(date: string): string {
  const d = checkedDate(date);
  return `${+d.slice(8, 10)} ${MONTH_NAMES[+d.slice(5, 7) - 1]} ${d.slice(0, 4)}`;
}

/** '2026-01-05' → 'Senin, 5 Januari 2026'. Throws on an invalid date. */
export function formatLongDate(date: string): string {
  return `${DAY_NAMES[weekdayIndex(checkedDate(date))]}, ${formatDate(date)}`;
}

/** 'HH:MM' → 'HH.MM' (Indonesian writes times with a dot). */
function dotted(time: string): string {
  if (!isLocalTime(time)) throw new RangeError(`Jam tidak valid: "${time}" (gunakan format JJ:MM).`);
  return time.replace(':', '.');
}

/** ('09:00', '11:00', 'Asia/Makassar') → '09.00–11.00 WITA' (en dash, no spaces). */
export function formatTimeRange(start: string, end: string, tz: OfficeZone): string {
  return `${dotted(start)}–${dotted(end)} ${zoneAbbrev(tz)}`;
}

/** An instant as the office reads it: '5 Januari 2026 pukul 09.00 WIB'. */
export function formatDateTime(instant: Date, tz: OfficeZone): string {
  return `${formatDate(localDate(instant, tz))} pukul ${dotted(localTime(instant, tz))} ${zoneAbbrev(tz)}`;
}

function checkedMonth(month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Bulan tidak valid: ${month}.`);
  return month;
}

/** Month 1..12 → 'I'..'XII' (used in letter numbers). Throws outside 1..12. */
export function romanMonth(month: number): string {
  return ROMAN[checkedMonth(month) - 1];
}

/** (2026, 1) → 'Januari 2026'. Throws when `month` is not 1..12. */
export function monthYearLabel(year: number, month: number): string {
  return `${MONTH_NAMES[checkedMonth(month) - 1]} ${year}`;
}
