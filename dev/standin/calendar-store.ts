/**
 * The calendar store of a workspace, shared by CalendarApp (calendar.ts) and the
 * advanced Calendar service (calendar-advanced.ts). Each calendar has an owner and
 * people it is shared with (editors "make changes to events", viewers "see all event
 * details"); each user gets their own primary calendar, whose id is their email, on
 * first use. A calendar the user has no role on does not exist for them.
 */
import { type Acl, type Role, newAcl, roleIn } from './acl';
import type { Ctx } from './context';
import { isDate } from './cell-parse';
import { addHolidayCalendars } from './calendar-holidays';

/** A Meet conference as the fake Google Calendar keeps it (keyed by its createRequest.requestId). */
export interface StoredConference {
  requestId: string;
  code: string;
  status: 'pending' | 'success' | 'failure';
  pendingGets: number;
}
export interface StoredEvent {
  id: string;
  calendarId: string;
  title: string;
  description: string;
  location: string;
  guests: string[];
  start: Date;
  end: Date;
  tags: Record<string, string>;
  status: 'confirmed' | 'cancelled';
  conference?: StoredConference;
  updated: Date;
  /** An all-day event: `start` and `end` are midnights in the calendar's zone, `end` the day after. */
  allDay?: boolean;
}
export interface StoredCalendar {
  id: string;
  name: string;
  timeZone: string;
  primary: boolean;
  deleted: boolean;
  acl: Acl;
  /** A public calendar anyone may subscribe to (Google's holiday calendars). */
  public?: boolean;
}
/** How new Meet conferences answer: `pendingGets` null = success at insert; n = pending for insert and n more Events.get. */
export interface MeetBehaviour {
  pendingGets: number | null;
  fail: boolean;
}
export interface CalendarStore {
  calendars: Map<string, StoredCalendar>;
  events: Map<string, StoredEvent>;
  conferences: Map<string, StoredConference>;
  meet: MeetBehaviour;
  newEventId(): string;
  /** Live (not cancelled) events of a calendar, sorted by start then end. */
  liveEvents(calendarId: string): StoredEvent[];
  /** `user`'s primary calendar (made on first use). */
  primaryFor(user: string): StoredCalendar;
}

const stores = new WeakMap<Ctx, CalendarStore>();
const ORDER_ERROR = 'Event start date must be before event end date.';

/** The calendar store of a workspace (created on first use with the effective user's primary calendar). */
export function calendarStore(ctx: Ctx): CalendarStore {
  let store = stores.get(ctx);
  if (store) return store;
  let counter = 0;
  const events = new Map<string, StoredEvent>();
  const calendars = new Map<string, StoredCalendar>();
  store = {
    calendars,
    events,
    conferences: new Map(),
    meet: { pendingGets: null, fail: false },
    newEventId: () => `ev${(++counter).toString(32).padStart(8, '0')}`,
    liveEvents: (calendarId) =>
      [...events.values()]
        .filter((e) => e.calendarId === calendarId && e.status === 'confirmed')
        .sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime()),
    primaryFor: (user) => {
      const known = calendars.get(user);
      if (known) return known;
      const cal = {
        id: user,
        name: user,
        timeZone: ctx.scriptTimeZone,
        primary: true,
        deleted: false,
        acl: newAcl(user),
      };
      calendars.set(user, cal);
      return cal;
    },
  };
  stores.set(ctx, store);
  store.primaryFor(ctx.user.effective);
  addHolidayCalendars(store, ctx.clock.now());
  return store;
}

/** Throws like CalendarApp unless both are Dates and `end` is not before `start`. */
export function checkTimes(ctx: Ctx, start: unknown, end: unknown): { start: Date; end: Date } {
  if (!isDate(start) || !isDate(end) || Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
    throw ctx.fail('Invalid argument: startTime/endTime must be valid Date objects.');
  }
  if (end.getTime() < start.getTime()) throw ctx.fail(ORDER_ERROR);
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
}

/** `user`'s role on `cal` (none for a deleted calendar). */
export function calendarRole(cal: StoredCalendar, user: string): Role | null {
  return cal.deleted ? null : roleIn(cal.acl, user);
}

/** True when `user` may add and change events on `cal`. */
export function canWriteCalendar(cal: StoredCalendar, user: string): boolean {
  const r = calendarRole(cal, user);
  return r === 'owner' || r === 'editor';
}
