/**
 * Fake `CalendarApp`, `Calendar` and `CalendarEvent` over one in-memory store per
 * workspace, shared with the advanced Calendar service (calendar-advanced.ts): an
 * event made through either API is seen by both, and CalendarApp tags are the
 * event's private extended properties, as in Google Calendar.
 */
import type { Ctx } from './context';
import { isDate } from './cell-parse';
import { isValidTimeZone } from './tz';

type GCalendarApp = GoogleAppsScript.Calendar.CalendarApp;
type GCalendar = GoogleAppsScript.Calendar.Calendar;
type GEvent = GoogleAppsScript.Calendar.CalendarEvent;

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
}
export interface StoredCalendar {
  id: string;
  name: string;
  timeZone: string;
  primary: boolean;
  deleted: boolean;
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
}

const stores = new WeakMap<Ctx, CalendarStore>();
const ICAL_SUFFIX = '@google.com';
const ORDER_ERROR = 'Event start date must be before event end date.';

/** The calendar store of a workspace (created on first use with the effective user's primary calendar). */
export function calendarStore(ctx: Ctx): CalendarStore {
  let store = stores.get(ctx);
  if (store) return store;
  let counter = 0;
  const events = new Map<string, StoredEvent>();
  store = {
    calendars: new Map(),
    events,
    conferences: new Map(),
    meet: { pendingGets: null, fail: false },
    newEventId: () => `ev${(++counter).toString(32).padStart(8, '0')}`,
    liveEvents: (calendarId) =>
      [...events.values()]
        .filter((e) => e.calendarId === calendarId && e.status === 'confirmed')
        .sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime()),
  };
  const email = ctx.user.effective;
  store.calendars.set(email, { id: email, name: email, timeZone: ctx.scriptTimeZone, primary: true, deleted: false });
  stores.set(ctx, store);
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

type EventApi = Pick<
  GEvent,
  | 'getId'
  | 'getTitle'
  | 'setTitle'
  | 'getDescription'
  | 'setDescription'
  | 'getStartTime'
  | 'getEndTime'
  | 'setTime'
  | 'deleteEvent'
  | 'setTag'
  | 'getTag'
  | 'getAllTagKeys'
  | 'getLocation'
  | 'setLocation'
  | 'getOriginalCalendarId'
>;

class FakeCalendarEvent implements EventApi {
  constructor(
    private readonly ctx: Ctx,
    private readonly ev: StoredEvent,
  ) {}
  private self(): GEvent {
    return this as unknown as GEvent;
  }
  private live(): StoredEvent {
    if (this.ev.status === 'cancelled') throw this.ctx.fail('The event has been deleted.');
    this.ev.updated = this.ctx.clock.now();
    return this.ev;
  }
  getId(): string {
    return this.ev.id + ICAL_SUFFIX;
  }
  getOriginalCalendarId(): string {
    return this.ev.calendarId;
  }
  getTitle(): string {
    return this.ev.title;
  }
  setTitle(title: string): GEvent {
    this.live().title = String(title);
    return this.self();
  }
  getDescription(): string {
    return this.ev.description;
  }
  setDescription(d: string): GEvent {
    this.live().description = String(d);
    return this.self();
  }
  getLocation(): string {
    return this.ev.location;
  }
  setLocation(l: string): GEvent {
    this.live().location = String(l);
    return this.self();
  }
  getStartTime(): GoogleAppsScript.Base.Date {
    return new Date(this.ev.start.getTime());
  }
  getEndTime(): GoogleAppsScript.Base.Date {
    return new Date(this.ev.end.getTime());
  }
  setTime(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): GEvent {
    const t = checkTimes(this.ctx, start, end);
    Object.assign(this.live(), t);
    return this.self();
  }
  deleteEvent(): void {
    this.live().status = 'cancelled';
  }
  setTag(key: string, value: string): GEvent {
    this.live().tags[String(key)] = String(value);
    return this.self();
  }
  getTag(key: string): string {
    return this.ev.tags[key] ?? (null as unknown as string);
  }
  getAllTagKeys(): string[] {
    return Object.keys(this.ev.tags);
  }
}

/** A wrapped CalendarEvent over a stored event. */
export function wrapEvent(ctx: Ctx, ev: StoredEvent): GEvent {
  return ctx.wrap(new FakeCalendarEvent(ctx, ev), 'CalendarEvent');
}

interface EventOptions {
  description?: string;
  location?: string;
  guests?: string;
  search?: string;
  max?: number;
}
type CalendarApi = Pick<
  GCalendar,
  | 'getId'
  | 'getName'
  | 'setName'
  | 'getTimeZone'
  | 'setTimeZone'
  | 'createEvent'
  | 'getEvents'
  | 'getEventById'
  | 'deleteCalendar'
  | 'isMyPrimaryCalendar'
  | 'isOwnedByMe'
>;

class FakeCalendar implements CalendarApi {
  constructor(
    private readonly ctx: Ctx,
    private readonly cal: StoredCalendar,
  ) {}
  private store(): CalendarStore {
    return calendarStore(this.ctx);
  }
  private live(): StoredCalendar {
    if (this.cal.deleted) throw this.ctx.fail(`Calendar not found: ${this.cal.id}`);
    return this.cal;
  }
  getId(): string {
    return this.cal.id;
  }
  getName(): string {
    return this.cal.name;
  }
  setName(name: string): GCalendar {
    this.live().name = String(name);
    return this as unknown as GCalendar;
  }
  getTimeZone(): string {
    return this.cal.timeZone;
  }
  setTimeZone(tz: string): GCalendar {
    if (!isValidTimeZone(tz)) throw this.ctx.fail('Invalid argument: timeZone');
    this.live().timeZone = tz;
    return this as unknown as GCalendar;
  }
  isMyPrimaryCalendar(): boolean {
    return this.cal.primary;
  }
  isOwnedByMe(): boolean {
    return true;
  }

  createEvent(
    title: string,
    start: GoogleAppsScript.Base.Date,
    end: GoogleAppsScript.Base.Date,
    options: EventOptions = {},
  ): GEvent {
    const cal = this.live();
    const t = checkTimes(this.ctx, start, end);
    const ev: StoredEvent = {
      id: this.store().newEventId(),
      calendarId: cal.id,
      title: String(title),
      description: String(options.description ?? ''),
      location: String(options.location ?? ''),
      guests: String(options.guests ?? '')
        .split(',')
        .map((g) => g.trim())
        .filter(Boolean),
      ...t,
      tags: {},
      status: 'confirmed',
      updated: this.ctx.clock.now(),
    };
    this.store().events.set(ev.id, ev);
    return wrapEvent(this.ctx, ev);
  }

  /** Events overlapping [start, end) (a zero-length event counts when it lies inside), sorted by start. */
  getEvents(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date, options: EventOptions = {}): GEvent[] {
    const cal = this.live();
    const t = checkTimes(this.ctx, start, end);
    const needle = String(options.search ?? '')
      .trim()
      .toLowerCase();
    const found = this.store()
      .liveEvents(cal.id)
      .filter(
        (e) =>
          e.start.getTime() < t.end.getTime() &&
          (e.end.getTime() > t.start.getTime() || e.start.getTime() >= t.start.getTime()) &&
          (needle === '' || [e.title, e.description, e.location].some((s) => s.toLowerCase().includes(needle))),
      );
    const limited = options.max !== undefined ? found.slice(0, options.max) : found;
    return limited.map((e) => wrapEvent(this.ctx, e));
  }

  getEventById(iCalId: string): GEvent {
    const ev = this.store().events.get(String(iCalId).replace(ICAL_SUFFIX, ''));
    const found = ev && ev.calendarId === this.live().id && ev.status === 'confirmed';
    return (found ? wrapEvent(this.ctx, ev) : null) as GEvent;
  }

  deleteCalendar(): void {
    if (this.live().primary) throw this.ctx.fail('Cannot delete the primary calendar.');
    this.cal.deleted = true;
  }
}

function wrapCalendar(ctx: Ctx, cal: StoredCalendar): GCalendar {
  return ctx.wrap(new FakeCalendar(ctx, cal), 'Calendar');
}

type AppApi = Pick<
  GCalendarApp,
  'getCalendarById' | 'createCalendar' | 'getDefaultCalendar' | 'getAllOwnedCalendars' | 'getAllCalendars'
>;

class FakeCalendarApp implements AppApi {
  constructor(private readonly ctx: Ctx) {}
  private store(): CalendarStore {
    return calendarStore(this.ctx);
  }

  getCalendarById(id: string): GCalendar {
    const cal = this.store().calendars.get(String(id));
    return (cal && !cal.deleted ? wrapCalendar(this.ctx, cal) : null) as GCalendar;
  }

  createCalendar(name: string, options: { timeZone?: string } = {}): GCalendar {
    const timeZone = options.timeZone ?? this.ctx.scriptTimeZone;
    if (!isValidTimeZone(timeZone)) throw this.ctx.fail('Invalid argument: timeZone');
    const id = `c_${this.ctx.nextId('cal').replace('-', '')}@group.calendar.google.com`;
    const cal: StoredCalendar = { id, name: String(name), timeZone, primary: false, deleted: false };
    this.store().calendars.set(id, cal);
    return wrapCalendar(this.ctx, cal);
  }

  getDefaultCalendar(): GCalendar {
    return wrapCalendar(
      this.ctx,
      [...this.store().calendars.values()].find((c) => c.primary)!,
    );
  }

  getAllOwnedCalendars(): GCalendar[] {
    return [...this.store().calendars.values()].filter((c) => !c.deleted).map((c) => wrapCalendar(this.ctx, c));
  }

  getAllCalendars(): GCalendar[] {
    return this.getAllOwnedCalendars();
  }
}

/** The `CalendarApp` global for a workspace (calls counted as 'CalendarApp.*', 'Calendar.*', 'CalendarEvent.*'). */
export function createCalendarService(ctx: Ctx): GCalendarApp {
  return ctx.wrap(new FakeCalendarApp(ctx), 'CalendarApp');
}
