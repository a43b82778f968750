/**
 * Utilisation of host accounts and rooms, and requests per ISO week.
 */
import { isLocalTime, timeToMinutes } from '../dates';
import type { VcRequest } from '../request';
import { isoWeek, weekStartsOfMonth, workingDays, type MonthRef } from './calendar';
import { compareText, share } from './stats';
import type { Utilisation, WeekCount } from './types';

/** Booked hours of a request (end − start), 0 when its times are missing or reversed. */
export function bookedHours(r: VcRequest): number {
  if (!isLocalTime(r.startTime) || !isLocalTime(r.endTime)) return 0;
  return Math.max(0, timeToMinutes(r.endTime) - timeToMinutes(r.startTime)) / 60;
}

/** Hours one resource could be booked in the month: working days × office hours. */
export function capacityHours(month: MonthRef, officeHours: { start: string; end: string }): number {
  if (!isLocalTime(officeHours.start) || !isLocalTime(officeHours.end)) return 0;
  const perDay = Math.max(0, timeToMinutes(officeHours.end) - timeToMinutes(officeHours.start)) / 60;
  return workingDays(month) * perDay;
}

function hoursBy(requests: VcRequest[], key: (r: VcRequest) => string, known: string[]): Map<string, number> {
  const hours = new Map<string, number>(known.map((k) => [k, 0]));
  for (const r of requests) {
    const k = key(r).trim();
    if (k) hours.set(k, (hours.get(k) ?? 0) + bookedHours(r));
  }
  return hours;
}

/**
 * Hours booked per host account and per room by `booked` requests, with every
 * known resource listed (0 hours when unused); hosts first, each by name.
 */
export function utilisationOf(
  booked: VcRequest[],
  resources: { hosts: string[]; rooms: string[] },
  capacity: number,
): Utilisation[] {
  const rows = (kind: Utilisation['kind'], m: Map<string, number>): Utilisation[] =>
    [...m]
      .sort(([a], [b]) => compareText(a, b))
      .map(([name, hours]) => ({ kind, name, hours, capacityHours: capacity, share: share(hours, capacity) }));
  return [
    ...rows(
      'host',
      hoursBy(booked, (r) => r.host, resources.hosts),
    ),
    ...rows(
      'room',
      hoursBy(booked, (r) => r.room, resources.rooms),
    ),
  ];
}

/** Requests per ISO week for every week touching the month (weeks with none count 0); `dates` are counted dates in the month. */
export function weeksOf(month: MonthRef, dates: string[]): WeekCount[] {
  const perDate = new Map<string, number>();
  for (const d of dates) perDate.set(d, (perDate.get(d) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const [d, n] of perDate) {
    const start = isoWeek(d).start;
    counts.set(start, (counts.get(start) ?? 0) + n);
  }
  return weekStartsOfMonth(month).map((start) => ({ start, week: isoWeek(start).week, count: counts.get(start) ?? 0 }));
}
