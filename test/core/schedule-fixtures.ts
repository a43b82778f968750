/** Shared builders for the schedule tests: a WIB office, Monday 5 January 2026, slots, bookings, hosts. */
import { OfficeZone, toInstant } from '../../src/core/dates';
import type { Booking, HostAccount, ScheduleSettings, SlotRequest } from '../../src/core/schedule';

export const WIB: ScheduleSettings = {
  bufferMinutes: 15,
  officeStart: '08:00',
  officeEnd: '16:00',
  timeZone: 'Asia/Jakarta',
};
export const MON = '2026-01-05';

/** A requested slot on `date` (Monday by default) for `participants` people. */
export function slot(requestId: string, start: string, end: string, date = MON, participants = 10): SlotRequest {
  return { requestId, date, start, end, participants };
}

/** An existing booking of `resource` at local times in `tz` (WIB by default). */
export function book(
  requestId: string,
  resource: string,
  start: string,
  end: string,
  date = MON,
  tz: OfficeZone = 'Asia/Jakarta',
): Booking {
  return { requestId, resource, start: toInstant(date, start, tz), end: toInstant(date, end, tz) };
}

/** The request numbers of `bs`, in order. */
export const ids = (bs: Booking[]): string[] => bs.map((b) => b.requestId);

/** An active host of 100 participants holding one meeting at a time unless told otherwise. */
export const host = (name: string, concurrency: 1 | 2 = 1, capacity = 100, active = true): HostAccount => ({
  name,
  concurrency,
  capacity,
  active,
});
