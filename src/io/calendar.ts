/**
 * How we talk to Google Calendar: every resource (Zoom host account, room,
 * operator) has its own calendar; a reservation is an event on it, tagged with
 * the request ID (tag `vicon_request`) and marked `[VC-…]` in its description so
 * a person reading the calendar sees which request holds it. Events made by
 * hand on those calendars count as bookings too.
 */
import type { Booking } from '../core/schedule';

export interface ReservationTarget {
  resource: string;
  calendarId: string;
}

export interface CalendarGateway {
  /**
   * Every event on the targets' calendars overlapping [start, end), as bookings (one getEvents per
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

/** The tag CalendarApp stores (as a private extended property) on every reservation. */
export const REQUEST_TAG = 'vicon_request';
const MARKER = /\[(VC-[^\]\s]+)\]/;
const DAY_MS = 86_400_000;
const UNTITLED = '(acara tanpa judul)';

type GCalendar = GoogleAppsScript.Calendar.Calendar;
type GEvent = GoogleAppsScript.Calendar.CalendarEvent;

/** The request an event belongs to: its tag, else a `[VC-…]` marker in the description, else ''. */
export function requestIdOf(event: GEvent): string {
  const tag = event.getTag(REQUEST_TAG);
  if (tag) return tag;
  return MARKER.exec(event.getDescription() ?? '')?.[1] ?? '';
}

/** `description` ending with the `[requestId]` marker exactly once. */
export function withMarker(description: string, requestId: string): string {
  const marker = `[${requestId}]`;
  const text = description.trim();
  if (text.includes(marker)) return text;
  return text === '' ? marker : `${text}\n\n${marker}`;
}

/** Calendars and the events last read from each, kept for one execution (a click reads each calendar once). */
class CalendarReads {
  private calendars = new Map<string, GCalendar>();
  private windows = new Map<string, { start: number; end: number; events: GEvent[] }>();

  open(target: ReservationTarget): GCalendar {
    const known = this.calendars.get(target.calendarId);
    if (known) return known;
    const cal = CalendarApp.getCalendarById(target.calendarId);
    if (!cal) {
      throw new Error(
        `Kalender untuk "${target.resource}" (ID ${target.calendarId}) tidak ditemukan atau tidak dibagikan ke akun ini. ` +
          'Periksa kolom "ID Kalender" di sheet Sumber Daya, atau kosongkan lalu jalankan Layanan Vicon › Siapkan kalender.',
      );
    }
    this.calendars.set(target.calendarId, cal);
    return cal;
  }

  /** Events of the target's calendar overlapping [start, end): from the last read when it covered them. */
  events(target: ReservationTarget, start: Date, end: Date): GEvent[] {
    const w = this.windows.get(target.calendarId);
    const overlaps = (e: GEvent) =>
      e.getStartTime().getTime() < end.getTime() && start.getTime() < e.getEndTime().getTime();
    if (w && w.start <= start.getTime() && end.getTime() <= w.end) return w.events.filter(overlaps);
    const events = this.open(target).getEvents(start, end);
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

function toBooking(event: GEvent, resource: string): Booking {
  const requestId = requestIdOf(event) || event.getTitle().trim() || UNTITLED;
  return {
    requestId,
    resource,
    start: new Date(event.getStartTime().getTime()),
    end: new Date(event.getEndTime().getTime()),
  };
}

function eventsOf(
  reads: CalendarReads,
  target: ReservationTarget,
  requestId: string,
  around: Date,
  until: Date = around,
): GEvent[] {
  const events = reads.events(target, new Date(around.getTime() - DAY_MS), new Date(until.getTime() + DAY_MS));
  return events.filter((e) => requestIdOf(e) === requestId);
}

/**
 * A new reservation: in one call with the advanced Calendar service (title, times, description and
 * tag together), else with CalendarApp (create, then tag).
 */
function create(
  reads: CalendarReads,
  target: ReservationTarget,
  requestId: string,
  start: Date,
  end: Date,
  title: string,
  description: string,
): string {
  if (typeof Calendar === 'undefined' || !Calendar?.Events) {
    const made = reads.open(target).createEvent(title, start, end, { description });
    made.setTag(REQUEST_TAG, requestId);
    return made.getId();
  }
  const made = Calendar.Events.insert(
    {
      summary: title,
      description,
      start: { dateTime: start.toISOString() },
      end: { dateTime: end.toISOString() },
      extendedProperties: { private: { [REQUEST_TAG]: requestId } },
    },
    target.calendarId,
  );
  return String(made.id ?? '');
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
  extra.forEach((e) => e.deleteEvent());
  if (!keep) return create(reads, target, requestId, start, end, title, description);
  if (keep.getStartTime().getTime() !== start.getTime() || keep.getEndTime().getTime() !== end.getTime())
    keep.setTime(start, end);
  if (keep.getTitle() !== title) keep.setTitle(title);
  if (keep.getDescription() !== description) keep.setDescription(description);
  if (keep.getTag(REQUEST_TAG) !== requestId) keep.setTag(REQUEST_TAG, requestId);
  return keep.getId();
}

/**
 * The CalendarGateway over CalendarApp and the advanced Calendar service (the only place the add-on
 * touches Calendar events by hand). It keeps what it read for one execution: a click that checks a
 * clash and then books reads each calendar once.
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
      reads.open(target);
      return moveOrCreate(reads, target, requestId, start, end, title, withMarker(description, requestId));
    },

    release(requestId, targets, around) {
      let removed = 0;
      for (const [, group] of byCalendar(targets)) {
        const events = eventsOf(reads, group[0], requestId, around);
        reads.changed(group[0]);
        for (const e of events) {
          e.deleteEvent();
          removed += 1;
        }
      }
      return removed;
    },
  };
}
