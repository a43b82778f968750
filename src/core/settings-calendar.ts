/**
 * The Pengaturan values of the working calendar as people type them: working days ('Senin, Selasa,
 * …' or 'Senin–Jumat') and holiday lists ('2026-12-24, 2026-12-31'), read and written back.
 */
import { isLocalDate, parseLocalDate } from './dates';
import { DAY_NAMES } from './indonesian';

/** Google's public calendar of Indonesian holidays (Indonesian names); the English one is 'en.indonesian#…'. */
export const INDONESIAN_HOLIDAY_CALENDAR = 'id.indonesian#holiday@group.v.calendar.google.com';

/** Monday to Friday. */
export const WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];

const DAY_INDEX = new Map(DAY_NAMES.map((name, i) => [name.toLowerCase(), i]));
DAY_INDEX.set("jum'at", 5);
DAY_INDEX.set('ahad', 0);

function dayIndex(word: string): number | undefined {
  return DAY_INDEX.get(word.trim().toLowerCase());
}

/**
 * 'Senin, Selasa' or a range, 'Senin–Jumat' / 'Senin s.d. Jumat' / 'Senin s/d Jumat' / 'Senin sampai dengan Jumat',
 * → day numbers (0 = Minggu), sorted; null when unreadable.
 */
export function parseWorkDays(text: string): number[] | null {
  const days = new Set<number>();
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const range = part.split(/\s*(?:–|—|-|s\.?\s?d\.?|s\/d|sampai(?:\s+dengan)?)\s*/i).filter((p) => p !== '');
    const ends = range.map(dayIndex);
    if (ends.length < 1 || ends.length > 2 || ends.some((d) => d === undefined)) return null;
    const [from, to = from] = ends as number[];
    for (let d = from; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === to) break;
    }
  }
  return days.size === 0 ? null : [...days].sort((a, b) => a - b);
}

/** Day numbers → 'Senin, Selasa, Rabu, Kamis, Jumat'. */
export function formatWorkDays(days: readonly number[]): string {
  return days.map((d) => DAY_NAMES[d]).join(', ');
}

/** A list of dates typed as people type them (comma, semicolon or line separated); the unreadable ones apart. */
export function parseDateList(text: string): { dates: string[]; unreadable: string[] } {
  const dates = new Set<string>();
  const unreadable: string[] = [];
  for (const part of text
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const date = isLocalDate(part) ? part : parseLocalDate(part);
    if (date) dates.add(date);
    else unreadable.push(part);
  }
  return { dates: [...dates].sort(), unreadable };
}
