/**
 * The office's working time: its working days and hours (Pengaturan) minus public holidays.
 * Mutu Baku is counted in it, so "1 hari" is one working day and a request that waits over a
 * weekend or a holiday is not late for it. Pure: the calendar comes in as data.
 */
import { addDays, localDate, timeToMinutes, toInstant, weekdayIndex, type OfficeZone } from './dates';

/** Working days and hours of an office in its zone, and the dates it is closed. */
export interface WorkCalendar {
  zone: OfficeZone;
  /** Days of the week worked: 0 = Minggu … 6 = Sabtu. */
  days: readonly number[];
  /** Minutes after midnight the working day starts and ends (end > start). */
  startMinute: number;
  endMinute: number;
  /** Local dates ('YYYY-MM-DD') the office is closed: public holidays, cuti bersama. */
  holidays: ReadonlySet<string>;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Longest span counted (ten years): a mangled date never loops for ever. */
const MAX_DAYS = 3660;

/** Every day, all day, no holidays: working time equals wall-clock time. */
export function roundTheClock(zone: OfficeZone): WorkCalendar {
  return { zone, days: [0, 1, 2, 3, 4, 5, 6], startMinute: 0, endMinute: 1440, holidays: new Set() };
}

/** A calendar from settings-like values ('HH:MM' hours, day numbers, holiday dates). */
export function workCalendar(o: {
  zone: OfficeZone;
  days: readonly number[];
  start: string;
  end: string;
  holidays: Iterable<string>;
}): WorkCalendar {
  return {
    zone: o.zone,
    days: [...o.days],
    startMinute: timeToMinutes(o.start),
    endMinute: timeToMinutes(o.end),
    holidays: new Set(o.holidays),
  };
}

/** True when the office works on local `date` (a working weekday that is not a holiday). */
export function isWorkingDay(cal: WorkCalendar, date: string): boolean {
  return cal.days.includes(weekdayIndex(date)) && !cal.holidays.has(date);
}

/** Minutes of one working day. */
export function workdayMinutes(cal: WorkCalendar): number {
  return cal.endMinute - cal.startMinute;
}

function dayWindow(cal: WorkCalendar, date: string): { start: number; end: number } {
  const midnight = toInstant(date, '00:00', cal.zone).getTime();
  return { start: midnight + cal.startMinute * MINUTE_MS, end: midnight + cal.endMinute * MINUTE_MS };
}

/** Whole working minutes in [from, to) (0 when `to` is not after `from`; floor, like minutesBetween). */
export function workingMinutesBetween(cal: WorkCalendar, from: Date, to: Date): number {
  const a = from.getTime();
  const b = to.getTime();
  if (!(b > a)) return 0;
  let total = 0;
  let date = localDate(from, cal.zone);
  for (let i = 0; i < MAX_DAYS; i++, date = addDays(date, 1)) {
    const w = dayWindow(cal, date);
    if (w.start - cal.startMinute * MINUTE_MS >= b) break;
    if (isWorkingDay(cal, date)) total += Math.max(0, Math.min(b, w.end) - Math.max(a, w.start));
  }
  return Math.floor(total / MINUTE_MS);
}

/** The instant `minutes` working minutes after `from` (the end of the last working minute counted). */
export function addWorkingMinutes(cal: WorkCalendar, from: Date, minutes: number): Date {
  let left = Math.max(0, minutes) * MINUTE_MS;
  let date = localDate(from, cal.zone);
  let cursor = from.getTime();
  for (let i = 0; i < MAX_DAYS; i++, date = addDays(date, 1)) {
    if (!isWorkingDay(cal, date)) continue;
    const w = dayWindow(cal, date);
    const begin = Math.max(cursor, w.start);
    if (begin >= w.end) continue;
    if (begin + left <= w.end) return new Date(begin + left);
    left -= w.end - begin;
    cursor = w.end;
  }
  return new Date(from.getTime() + MAX_DAYS * DAY_MS);
}
