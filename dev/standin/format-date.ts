/** `Utilities.formatDate`: Java SimpleDateFormat patterns in a given time zone. */
import { offsetMs, toWall } from './tz';

/** English month names, as Java and Sheets print them. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** English day names from Sunday, as Java and Sheets print them. */
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SHORT_ZONE: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
  GMT: 'GMT',
};

type Piece = { letter: string; count: number } | { text: string };

/** Splits a SimpleDateFormat pattern into letter runs and literals; throws on unknown letters like Java. */
export function tokenizeJavaPattern(pattern: string): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i];
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out.push({ text: "'" });
        i += 2;
        continue;
      }
      if (end < 0) throw new Error('Unterminated quote');
      out.push({ text: pattern.slice(i + 1, end) });
      i = end + 1;
    } else if (/[a-zA-Z]/.test(c)) {
      if (!'yMdHhmsSEaZXzDuk'.includes(c)) throw new Error(`Illegal pattern character '${c}'`);
      let j = i;
      while (pattern[j] === c) j++;
      out.push({ letter: c, count: j - i });
      i = j;
    } else {
      out.push({ text: c });
      i++;
    }
  }
  return out;
}

const pad = (n: number, w: number): string => String(Math.abs(n)).padStart(w, '0');

function zone(offMs: number, colon: boolean, short: boolean): string {
  const sign = offMs < 0 ? '-' : '+';
  const mins = Math.round(Math.abs(offMs) / 60000);
  const hh = pad(Math.floor(mins / 60), 2);
  const mm = pad(mins % 60, 2);
  if (short) return `${sign}${hh}`;
  return colon ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
}

/**
 * Formats `date` in `timeZone` with a Java SimpleDateFormat `pattern` (English names,
 * like Apps Script). Supports y M d H h k m s S E a Z X z D u and 'quoted' literals.
 */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const w = toWall(date, timeZone);
  const off = offsetMs(date, timeZone);
  return tokenizeJavaPattern(pattern)
    .map((p) => {
      if ('text' in p) return p.text;
      const n = p.count;
      switch (p.letter) {
        case 'y':
          return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        case 'M':
          return n >= 4 ? MONTHS[w.month - 1] : n === 3 ? MONTHS[w.month - 1].slice(0, 3) : pad(w.month, n);
        case 'd':
          return pad(w.day, n);
        case 'H':
          return pad(w.hour, n);
        case 'k':
          return pad(w.hour === 0 ? 24 : w.hour, n);
        case 'h':
          return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        case 'm':
          return pad(w.minute, n);
        case 's':
          return pad(w.second, n);
        case 'S':
          return pad(w.ms, 3).slice(0, Math.max(n, 3)).padEnd(n, '0');
        case 'E':
          return n >= 4 ? DAYS[w.weekday] : DAYS[w.weekday].slice(0, 3);
        case 'u':
          return String(w.weekday === 0 ? 7 : w.weekday);
        case 'a':
          return w.hour < 12 ? 'AM' : 'PM';
        case 'D':
          return pad(dayOfYear(w.year, w.month, w.day), n);
        case 'Z':
          return zone(off, false, false);
        case 'X':
          return off === 0 ? 'Z' : zone(off, n >= 3, n === 1);
        default:
          return n >= 4 ? timeZone : (SHORT_ZONE[timeZone] ?? `GMT${zone(off, true, false)}`);
      }
    })
    .join('');
}

function dayOfYear(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(2000, m - 1, d) - Date.UTC(2000, 0, 1)) / 86400000) + 1 - (m > 2 && !isLeap(y) ? 1 : 0);
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
