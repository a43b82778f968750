/**
 * How we talk to Google Calendar: every resource (Zoom host account, room,
 * operator) has its own calendar; a reservation is an event on it, tagged with
 * the request ID (tag `vicon_request`) and marked `[VC-…]` in its description so
 * a person reading the calendar sees which request holds it. Events made by
 * hand on those calendars count as bookings too. Every call goes through the
 * advanced Calendar service: one list call reads a window of a calendar as
 * plain data (no getter per event), one call makes, moves or removes an event.
 */
import type { Booking } from '../core/schedule';
import { calendarEvents, isGone, isNotFound, listEvents, REQUEST_TAG, withMarker, type Listed } from './calendar-api';

export interface ReservationTarget {
  resource: string;
  calendarId: string;
}

export interface CalendarGateway {
  /**
   * Every event on the targets' calendars overlapping [start, end), as bookings (one list call per
   * calendar). Widen the window by the buffer yourself. Hand-made events count, named by their title.
   */
  bookingsBetween(targets: ReservationTarget[], start: Date, end: Date): Booking[];
  /**
   * Creates or moves the one event of `requestId` on the target's calendar (found within a day of the
   * new times; release the old slot first when a request moves further); returns its event ID.
   */
  reserve(
    requestId: string,
    target: ReservationTarget,
    start: Date,
    end: Date,
    title: string,
    description: string,
  ): string;
  /** Deletes the events of `requestId` within a day of `around` on the targets' calendars; returns how many. */
  release(requestId: string, targets: ReservationTarget[], around: Date): number;
}

const DAY_MS = 86_400_000;
const UNTITLED = '(acara tanpa judul)';

function notShared(target: ReservationTarget): Error {
  return new Error(
    `Kalender untuk "${target.resource}" (ID ${target.calendarId}) tidak ditemukan atau tidak dibagikan ke akun ini. ` +
      'Periksa kolom "ID Kalender" di sheet Sumber Daya, atau kosongkan lalu jalankan Layanan Vicon › Siapkan kalender.',
  );
}

/** Every live event of the target's calendar overlapping [start, end); an unknown or unshared calendar is named. */
function listFor(target: ReservationTarget, start: Date, end: Date): Listed[] {
  try {
    return listEvents(target.calendarId, start, end);
  } catch (error) {
    throw isNotFound(error) ? notShared(target) : error;
  }
}

/** The events last listed from each calendar, kept for one execution (a click reads each calendar once). */
class CalendarReads {
  private windows = new Map<string, { start: number; end: number; events: Listed[] }>();

  /** Events of the target's calendar overlapping [start, end): from the last read when it covered them. */
  events(target: ReservationTarget, start: Date, end: Date): Listed[] {
    const w = this.windows.get(target.calendarId);
    const overlaps = (e: Listed) => e.start.getTime() < end.getTime() && start.getTime() < e.end.getTime();
    if (w && w.start <= start.getTime() && end.getTime() <= w.end) return w.events.filter(overlaps);
    const events = listFor(target, start, end);
    this.windows.set(target.calendarId, { start: start.getTime(), end: end.getTime(), events });
    return events;
  }

  /** The calendar changed: its events are read again next time. */
  changed(target: ReservationTarget): void {
    this.windows.delete(target.calendarId);
  }
}

function byCalendar(targets: ReservationTarget[]): Map<string, ReservationTarget[]> {
  const groups = new Map<string, ReservationTarget[]>();
  for (const t of targets) groups.set(t.calendarId, [...(groups.get(t.calendarId) ?? []), t]);
  return groups;
}

function toBooking(event: Listed, resource: string): Booking {
  const requestId = event.requestId || event.title.trim() || UNTITLED;
  return { requestId, resource, start: event.start, end: event.end };
}

function eventsOf(reads: CalendarReads, target: ReservationTarget, requestId: string, around: Date, until = around) {
  const events = reads.events(target, new Date(around.getTime() - DAY_MS), new Date(until.getTime() + DAY_MS));
  return events.filter((e) => e.requestId === requestId);
}

/** Removes one event; one already removed (by a person, or by an earlier run) counts as removed. */
function remove(target: ReservationTarget, eventId: string): void {
  try {
    calendarEvents().remove(target.calendarId, eventId);
  } catch (error) {
    if (!isGone(error) && !isNotFound(error)) throw error;
  }
}

function moveOrCreate(
  reads: CalendarReads,
  target: ReservationTarget,
  requestId: string,
  start: Date,
  end: Date,
  title: string,
  description: string,
): string {
  const [keep, ...extra] = eventsOf(reads, target, requestId, start, end);
  reads.changed(target);
  extra.forEach((e) => remove(target, e.id));
  const times = { start: { dateTime: start.toISOString() }, end: { dateTime: end.toISOString() } };
  const fields = { summary: title, description, extendedProperties: { private: { [REQUEST_TAG]: requestId } } };
  if (!keep) return String(calendarEvents().insert({ ...fields, ...times }, target.calendarId).id ?? '');
  const same =
    keep.start.getTime() === start.getTime() &&
    keep.end.getTime() === end.getTime() &&
    keep.title === title &&
    keep.description === description;
  if (!same) calendarEvents().patch({ ...fields, ...times }, target.calendarId, keep.id);
  return keep.id;
}

/**
 * The CalendarGateway over the advanced Calendar service (the only place the engine touches
 * reservations). It keeps what it listed for one execution: a click that checks a clash and then
 * books reads each calendar once.
 */
export function calendarGateway(): CalendarGateway {
  const reads = new CalendarReads();
  return {
    bookingsBetween(targets, start, end) {
      const out: Booking[] = [];
      for (const [, group] of byCalendar(targets)) {
        for (const e of reads.events(group[0], start, end)) {
          const booking = toBooking(e, group[0].resource);
          group.forEach((t) => out.push({ ...booking, resource: t.resource }));
        }
      }
      return out.sort((a, b) => a.start.getTime() - b.start.getTime());
    },

    reserve(requestId, target, start, end, title, description) {
      if (end.getTime() <= start.getTime()) throw new Error(`Jam selesai ${requestId} harus setelah jam mulai.`);
      return moveOrCreate(reads, target, requestId, start, end, title, withMarker(description, requestId));
    },

    release(requestId, targets, around) {
      let removed = 0;
      for (const [, group] of byCalendar(targets)) {
        const events = eventsOf(reads, group[0], requestId, around);
        reads.changed(group[0]);
        for (const e of events) {
          remove(group[0], e.id);
          removed += 1;
        }
      }
      return removed;
    },
  };
}
