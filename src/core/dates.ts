/**
 * Local calendar dates ('YYYY-MM-DD'), local times ('HH:MM') and instants in
 * the four Indonesian office time zones. Indonesia has no daylight saving, so
 * every zone is a fixed offset from UTC and no `Intl` is needed.
 */

/** The IANA zones an office may pick: WIB (Jakarta, Pontianak), WITA, WIT. */
export type OfficeZone = 'Asia/Jakarta' | 'Asia/Pontianak' | 'Asia/Makassar' | 'Asia/Jayapura';

const OFFSET_MINUTES: Record<OfficeZone, number> = {
  'Asia/Jakarta': 420,
  'Asia/Pontianak': 420,
  'Asia/Makassar': 480,
  'Asia/Jayapura': 540,
};

const ABBREVS: Record<OfficeZone, 'WIB' | 'WITA' | 'WIT'> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Every supported office zone, west to east. */
export const OFFICE_ZONES: OfficeZone[] = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'];

/** True when `tz` is one of the supported office zones (exact IANA spelling). */
export function isOfficeZone(tz: string): tz is OfficeZone {
  return (OFFICE_ZONES as string[]).includes(tz);
}

/** Minutes the zone is ahead of UTC: 420 (WIB), 480 (WITA) or 540 (WIT). */
export function zoneOffsetMinutes(tz: OfficeZone): number {
  return OFFSET_MINUTES[tz];
}

/** The Indonesian abbreviation people write after a time: WIB, WITA or WIT. */
export function zoneAbbrev(tz: OfficeZone): 'WIB' | 'WITA' | 'WIT' {
  return ABBREVS[tz];
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function shifted(instant: Date, tz: OfficeZone): Date {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Waktu tidak valid (Invalid Date).');
  return new Date(ms + OFFSET_MINUTES[tz] * MINUTE_MS);
}

/** The calendar date ('YYYY-MM-DD') the office sees at `instant`. Throws on an invalid Date. */
export function localDate(instant: Date, tz: OfficeZone): string {
  const d = shifted(instant, tz);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** The wall-clock time ('HH:MM', 24 h, seconds dropped) the office sees at `instant`. */
export function localTime(instant: Date, tz: OfficeZone): string {
  const d = shifted(instant, tz);
  return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

function ymd(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leapFix = month === 2 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 1 : 0;
  if (day > daysInMonth - leapFix) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** True for a real calendar date written exactly 'YYYY-MM-DD' (no 2026-02-30). */
export function isLocalDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && ymd(+m[1], +m[2], +m[3]) !== null;
}

/** True for a time written exactly 'HH:MM', 00:00–23:59. */
export function isLocalTime(s: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(s);
}

function dayNumber(date: string): number {
  if (!isLocalDate(date)) throw new RangeError(`Tanggal tidak valid: "${date}" (gunakan format TTTT-BB-HH).`);
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;
}

function fromDayNumber(n: number): string {
  const d = new Date(n * DAY_MS);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** Minutes after midnight of an 'HH:MM' time. Throws on anything else. */
export function timeToMinutes(time: string): number {
  if (!isLocalTime(time)) throw new RangeError(`Jam tidak valid: "${time}" (gunakan format JJ:MM).`);
  return +time.slice(0, 2) * 60 + +time.slice(3, 5);
}

/** 'HH:MM' for minutes after midnight (0–1439). Throws outside one day. */
export function minutesToTime(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= 1440) {
    throw new RangeError(`Menit di luar satu hari: ${minutes}.`);
  }
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/**
 * The UTC instant of local `date` ('YYYY-MM-DD') at `time` ('HH:MM') in `tz`.
 * Throws a RangeError (Indonesian message) on a malformed or impossible date or time.
 */
export function toInstant(date: string, time: string, tz: OfficeZone): Date {
  const minutes = dayNumber(date) * 1440 + timeToMinutes(time) - OFFSET_MINUTES[tz];
  return new Date(minutes * MINUTE_MS);
}

/** Lower-case month words (Indonesian, abbreviations, English) → month number. */
const MONTH_WORDS: Record<string, number> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  feb: 2,
  pebruari: 2,
  peb: 2,
  february: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nov: 11,
  nopember: 11,
  nop: 11,
  desember: 12,
  des: 12,
  dec: 12,
  december: 12,
};

/**
 * Reads a date as people type it: 'YYYY-MM-DD' (also 'YYYY-M-D', 'YYYY/MM/DD'),
 * 'DD/MM/YYYY', 'D/M/YYYY', 'DD-MM-YYYY', 'DD.MM.YYYY' (day first, Indonesian order),
 * and '5 Januari 2026' (optionally after a weekday: 'Senin, 5 Januari 2026'; month
 * abbreviations and English names accepted). Returns 'YYYY-MM-DD', or null when
 * unreadable or not a real calendar date.
 */
export function parseLocalDate(s: string): string | null {
  const text = String(s ?? '')
    .trim()
    .toLowerCase();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(text);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
  if (m) return ymd(+m[4], +m[3], +m[1]);
  m = /^(?:[a-z'’]+,?\s+)?(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{4})$/.exec(text);
  if (m && MONTH_WORDS[m[2]] !== undefined) return ymd(+m[3], MONTH_WORDS[m[2]], +m[1]);
  return null;
}

/**
 * Reads a time as people type it: '9:00', '09.00', '09:00', '9.00 WIB', '14:30:00',
 * 'pukul 9.00', '9:00 AM' / '2:30 PM'. A trailing WIB/WITA/WIT is ignored (not
 * converted). Returns 'HH:MM' (24 h, seconds dropped), or null when unreadable.
 */
export function parseLocalTime(s: string): string | null {
  const text = String(s ?? '')
    .trim()
    .toLowerCase();
  const m =
    /^(?:(?:pukul|pkl\.?|jam)\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:wib|wita|wit)?$/.exec(
      text,
    );
  if (!m) return null;
  let hour = +m[1];
  const minute = +m[2];
  if (minute > 59 || (m[3] !== undefined && +m[3] > 59)) return null;
  if (m[4] !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[4].startsWith('p') ? 12 : 0);
  }
  return hour > 23 ? null : `${pad2(hour)}:${pad2(minute)}`;
}

/** The local date `n` calendar days after `date` (negative `n` goes back). Throws on a bad date. */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Jumlah hari harus bilangan bulat: ${n}.`);
  return fromDayNumber(dayNumber(date) + n);
}

/** Calendar days from `a` to `b` (b − a; negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

function toMs(x: Date | string): number {
  return x instanceof Date ? x.getTime() : x === '' ? Number.NaN : Date.parse(x);
}

/**
 * Whole minutes from `a` to `b` (instants or ISO strings), rounded down (floor, also when negative),
 * or null when either is unreadable ('' or an invalid date, e.g. a cell edited by hand). Never throws.
 */
export function minutesBetween(a: Date | string, b: Date | string): number | null {
  const ms = toMs(b) - toMs(a);
  return Number.isNaN(ms) ? null : Math.floor(ms / MINUTE_MS);
}

/** Day of the week of a local date: 0 = Minggu (Sunday) … 6 = Sabtu (Saturday). */
export function weekdayIndex(date: string): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** The Monday (Senin) of the ISO week containing `date`; a Sunday belongs to the week before. */
export function isoWeekStart(date: string): string {
  return addDays(date, -((weekdayIndex(date) + 6) % 7));
}
