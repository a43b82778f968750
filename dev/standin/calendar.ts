/**
 * Fake `CalendarApp`, `Calendar` and `CalendarEvent` over one in-memory store per
 * workspace (calendar-store.ts), shared with the advanced Calendar service: an event
 * made through either API is seen by both, and CalendarApp tags are the event's
 * private extended properties, as in Google Calendar. A calendar the current user has
 * no role on is null; changing events needs "make changes" access, changing the
 * calendar itself needs ownership, else "Action not allowed".
 */
import type { Ctx } from './context';
import {
  type CalendarStore,
  type StoredCalendar,
  type StoredEvent,
  calendarRole,
  calendarStore,
  canWriteCalendar,
  checkTimes,
} from './calendar-store';
import { grant, newAcl } from './acl';
import { DENIED } from './google-errors';
import { fromWall, isValidTimeZone, toWall } from './tz';
import { scriptZone } from './script-date';

export { calendarStore, type StoredEvent } from './calendar-store';

const ICAL_SUFFIX = '@google.com';

type GCalendarApp = GoogleAppsScript.Calendar.CalendarApp;
type GCalendar = GoogleAppsScript.Calendar.Calendar;
type GEvent = GoogleAppsScript.Calendar.CalendarEvent;

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
  | 'isAllDayEvent'
  | 'getAllDayStartDate'
  | 'getAllDayEndDate'
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
    const cal = calendarStore(this.ctx).calendars.get(this.ev.calendarId);
    if (!cal || !canWriteCalendar(cal, this.ctx.user.effective)) throw this.ctx.fail(DENIED.actionNotAllowed);
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
  isAllDayEvent(): boolean {
    return this.ev.allDay === true;
  }
  /** Midnight at the start of the first day, in the script's time zone (Google's reference). */
  getAllDayStartDate(): GoogleAppsScript.Base.Date {
    return this.allDayBoundary(this.ev.start);
  }
  /** Midnight at the start of the day after the last day, in the script's time zone. */
  getAllDayEndDate(): GoogleAppsScript.Base.Date {
    return this.allDayBoundary(this.ev.end);
  }
  private allDayBoundary(at: Date): Date {
    if (!this.ev.allDay) throw this.ctx.fail('This event is not an all-day event.');
    const cal = calendarStore(this.ctx).calendars.get(this.ev.calendarId);
    const w = toWall(at, cal?.timeZone ?? this.ctx.scriptTimeZone);
    return fromWall(scriptZone(this.ctx), w.year, w.month, w.day);
  }
  getTag(key: string): string {
    return this.ev.tags[key] ?? (null as unknown as string);
  }
  getAllTagKeys(): string[] {
    return Object.keys(this.ev.tags);
  }
}

/** A wrapped CalendarEvent over a stored event. */
function wrapEvent(ctx: Ctx, ev: StoredEvent): GEvent {
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
  /** The live calendar, if the current user may do what `need` says with it. */
  private allowed(need: 'owner' | 'write'): StoredCalendar {
    const cal = this.live();
    const user = this.ctx.user.effective;
    const ok = need === 'owner' ? calendarRole(cal, user) === 'owner' : canWriteCalendar(cal, user);
    if (!ok) throw this.ctx.fail(DENIED.actionNotAllowed);
    return cal;
  }
  getId(): string {
    return this.cal.id;
  }
  getName(): string {
    return this.cal.name;
  }
  setName(name: string): GCalendar {
    this.allowed('owner').name = String(name);
    return this as unknown as GCalendar;
  }
  getTimeZone(): string {
    return this.cal.timeZone;
  }
  setTimeZone(tz: string): GCalendar {
    if (!isValidTimeZone(tz)) throw this.ctx.fail('Invalid argument: timeZone');
    this.allowed('owner').timeZone = tz;
    return this as unknown as GCalendar;
  }
  isMyPrimaryCalendar(): boolean {
    return this.cal.primary;
  }
  isOwnedByMe(): boolean {
    return calendarRole(this.cal, this.ctx.user.effective) === 'owner';
  }

  createEvent(
    title: string,
    start: GoogleAppsScript.Base.Date,
    end: GoogleAppsScript.Base.Date,
    options: EventOptions = {},
  ): GEvent {
    const cal = this.allowed('write');
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
    if (this.allowed('owner').primary) throw this.ctx.fail('Cannot delete the primary calendar.');
    this.cal.deleted = true;
  }
}

function wrapCalendar(ctx: Ctx, cal: StoredCalendar): GCalendar {
  return ctx.wrap(new FakeCalendar(ctx, cal), 'Calendar');
}

type AppApi = Pick<
  GCalendarApp,
  | 'getCalendarById'
  | 'createCalendar'
  | 'getDefaultCalendar'
  | 'getAllOwnedCalendars'
  | 'getAllCalendars'
  | 'subscribeToCalendar'
>;

class FakeCalendarApp implements AppApi {
  constructor(private readonly ctx: Ctx) {}
  private store(): CalendarStore {
    return calendarStore(this.ctx);
  }

  private get user(): string {
    return this.ctx.user.effective;
  }

  /** The calendar, or null when it does not exist or is not shared with the current user. */
  getCalendarById(id: string): GCalendar {
    const cal = this.store().calendars.get(String(id));
    return (cal && calendarRole(cal, this.user) ? wrapCalendar(this.ctx, cal) : null) as GCalendar;
  }

  /** Subscribes the user to a public calendar (then getCalendarById finds it); others cannot be subscribed to. */
  subscribeToCalendar(id: string): GCalendar {
    const cal = this.store().calendars.get(String(id));
    if (!cal || cal.deleted || (!cal.public && !calendarRole(cal, this.user)))
      throw this.ctx.fail(DENIED.actionNotAllowed);
    if (!calendarRole(cal, this.user)) grant(cal.acl, this.user, 'viewer');
    return wrapCalendar(this.ctx, cal);
  }

  createCalendar(name: string, options: { timeZone?: string } = {}): GCalendar {
    const timeZone = options.timeZone ?? this.ctx.scriptTimeZone;
    if (!isValidTimeZone(timeZone)) throw this.ctx.fail('Invalid argument: timeZone');
    this.store().primaryFor(this.user);
    const id = `c_${this.ctx.nextId('cal').replace('-', '')}@group.calendar.google.com`;
    const cal: StoredCalendar = {
      id,
      name: String(name),
      timeZone,
      primary: false,
      deleted: false,
      acl: newAcl(this.user),
    };
    this.store().calendars.set(id, cal);
    return wrapCalendar(this.ctx, cal);
  }

  getDefaultCalendar(): GCalendar {
    return wrapCalendar(this.ctx, this.store().primaryFor(this.user));
  }

  getAllOwnedCalendars(): GCalendar[] {
    return this.mine((c) => calendarRole(c, this.user) === 'owner');
  }

  getAllCalendars(): GCalendar[] {
    return this.mine((c) => calendarRole(c, this.user) !== null);
  }

  /** The calendars the user may see that pass `keep`, their primary calendar first. */
  private mine(keep: (c: StoredCalendar) => boolean): GCalendar[] {
    const primary = this.store().primaryFor(this.user);
    const others = [...this.store().calendars.values()].filter((c) => c !== primary && keep(c));
    return [primary, ...others].map((c) => wrapCalendar(this.ctx, c));
  }
}

/** The `CalendarApp` global for a workspace (calls counted as 'CalendarApp.*', 'Calendar.*', 'CalendarEvent.*'). */
export function createCalendarService(ctx: Ctx): GCalendarApp {
  return ctx.wrap(new FakeCalendarApp(ctx), 'CalendarApp');
}
