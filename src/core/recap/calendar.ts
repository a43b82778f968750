/**
 * Months and ISO weeks in office-local dates ('YYYY-MM-DD'), for the recap.
 * Built on core/dates (fixed offsets, no Intl).
 */
import { addDays, daysBetween, isLocalDate, isoWeekStart, localDate, weekdayIndex, type OfficeZone } from '../dates';
import type { VcRequest } from '../request';

/** A calendar month: year and month 1..12. */
export interface MonthRef {
  year: number;
  month: number;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM' of a month. */
export function monthKey(m: MonthRef): string {
  return `${m.year}-${pad2(m.month)}`;
}

/** The month before `m` (January → December of the year before). */
export function previousMonth(m: MonthRef): MonthRef {
  return m.month === 1 ? { year: m.year - 1, month: 12 } : { year: m.year, month: m.month - 1 };
}

/** First and last local date of the month. */
export function monthBounds(m: MonthRef): { first: string; last: string } {
  const first = `${m.year}-${pad2(m.month)}-01`;
  const next = m.month === 12 ? `${m.year + 1}-01-01` : `${m.year}-${pad2(m.month + 1)}-01`;
  return { first, last: addDays(next, -1) };
}

/**
 * The local date a request is counted under: its event date, or (when the event
 * date is missing or unreadable) the office-local date it was received.
 */
export function countedDate(r: VcRequest, tz: OfficeZone): string {
  if (isLocalDate(r.eventDate)) return r.eventDate;
  const received = new Date(r.receivedAt);
  return Number.isNaN(received.getTime()) ? '' : localDate(received, tz);
}

/** The ISO week of a local date: its Monday, week number 1..53 and the ISO week-year (the year of its Thursday). */
export function isoWeek(date: string): { start: string; week: number; weekYear: number } {
  const start = isoWeekStart(date);
  const thursday = addDays(start, 3);
  const weekYear = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${weekYear}-01-01`, thursday) / 7) + 1;
  return { start, week, weekYear };
}

/** The Mondays of every ISO week that has at least one day in the month, in order. */
export function weekStartsOfMonth(m: MonthRef): string[] {
  const { first, last } = monthBounds(m);
  const out: string[] = [];
  for (let d = isoWeekStart(first); d <= last; d = addDays(d, 7)) out.push(d);
  return out;
}

/** Monday–Friday days in the month (public holidays are not known here). */
export function workingDays(m: MonthRef): number {
  const { first, last } = monthBounds(m);
  let n = 0;
  for (let d = first; d <= last; d = addDays(d, 1)) {
    const w = weekdayIndex(d);
    if (w >= 1 && w <= 5) n++;
  }
  return n;
}
