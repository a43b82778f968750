/**
 * Fake advanced Calendar service (`Calendar` global, API v3): Events.insert / get /
 * patch / remove / list over the same store as CalendarApp. All-day events carry `date`
 * (YYYY-MM-DD in the calendar's zone), timed ones `dateTime`. Meet conferences follow
 * Google's protocol: `conferenceData.createRequest` is honoured only with
 * `conferenceDataVersion: 1`, may answer 'pending' first (see `MeetBehaviour`),
 * and one createRequest.requestId always yields the same conference.
 * Errors look like GoogleJsonResponseException ("API call to calendar.events.get
 * failed with error: Not Found", `details.code`).
 */
import type { Ctx } from './context';
import {
  type CalendarStore,
  type StoredConference,
  type StoredEvent,
  calendarRole,
  calendarStore,
  canWriteCalendar,
} from './calendar-store';
import { DENIED, apiError as googleApiError } from './google-errors';

type Schema = GoogleAppsScript.Calendar.Schema.Event;
type EventsApi = Pick<
  GoogleAppsScript.Calendar.Collection.EventsCollection,
  'insert' | 'get' | 'patch' | 'remove' | 'list'
>;
export type AdvancedCalendarStandIn = { Events: EventsApi };

const EVENT_ID = /^[a-v0-9]{5,1024}$/;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function apiError(ctx: Ctx, method: string, code: number, message: string): Error {
  return googleApiError(ctx, `calendar.events.${method}`, code, message);
}

/** A Meet code 'abc-defg-hij' derived from `seed`, unique within `taken`. */
function meetCode(seed: string, taken: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    let h = 2166136261;
    for (const ch of `${seed}#${attempt}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    let letters = '';
    for (let i = 0; i < 10; i++) {
      h = (Math.imul(h, 1103515245) + 12345) >>> 0;
      letters += LETTERS[(h >>> 16) % 26];
    }
    const code = `${letters.slice(0, 3)}-${letters.slice(3, 7)}-${letters.slice(7)}`;
    if (!taken.has(code)) return code;
  }
}

function conferenceFor(store: CalendarStore, requestId: string): StoredConference {
  const known = store.conferences.get(requestId);
  if (known) return known;
  const taken = new Set([...store.conferences.values()].map((c) => c.code));
  const pending = store.meet.pendingGets !== null;
  const conf: StoredConference = {
    requestId,
    code: meetCode(requestId, taken),
    pendingGets: store.meet.pendingGets ?? 0,
    status: pending ? 'pending' : store.meet.fail ? 'failure' : 'success',
  };
  store.conferences.set(requestId, conf);
  return conf;
}

/** `instant` as YYYY-MM-DD in `timeZone`. */
function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

function toResource(ev: StoredEvent, timeZone: string): Schema {
  const times = ev.allDay
    ? { start: { date: dayIn(ev.start, timeZone) }, end: { date: dayIn(ev.end, timeZone) } }
    : {
        start: { dateTime: ev.start.toISOString(), timeZone },
        end: { dateTime: ev.end.toISOString(), timeZone },
      };
  const out: Schema = {
    kind: 'calendar#event',
    id: ev.id,
    iCalUID: `${ev.id}@google.com`,
    status: ev.status,
    summary: ev.title,
    description: ev.description,
    location: ev.location,
    updated: ev.updated.toISOString(),
    ...times,
    extendedProperties: { private: { ...ev.tags } },
  };
  const c = ev.conference;
  if (!c) return out;
  const createRequest = {
    requestId: c.requestId,
    conferenceSolutionKey: { type: 'hangoutsMeet' },
    status: { statusCode: c.status },
  };
  if (c.status !== 'success') return { ...out, conferenceData: { createRequest } };
  const uri = `https://meet.google.com/${c.code}`;
  return {
    ...out,
    hangoutLink: uri,
    conferenceData: {
      createRequest,
      conferenceId: c.code,
      conferenceSolution: { key: { type: 'hangoutsMeet' }, name: 'Google Meet' },
      entryPoints: [{ entryPointType: 'video', uri, label: uri.replace('https://', '') }],
    },
  };
}

function parseTime(
  ctx: Ctx,
  method: string,
  t: GoogleAppsScript.Calendar.Schema.EventDateTime | undefined,
): Date | undefined {
  if (!t) return undefined;
  const d = new Date(t.dateTime ?? '');
  if (t.dateTime === undefined || Number.isNaN(d.getTime()) || !/(Z|[+-]\d{2}:\d{2})$/.test(t.dateTime)) {
    throw apiError(ctx, method, 400, 'Invalid start or end: give dateTime as RFC 3339 with an offset');
  }
  return d;
}

/** The list arguments the stand-in models. */
interface ListArgs {
  timeMin?: string;
  timeMax?: string;
  singleEvents?: boolean;
  orderBy?: 'startTime' | 'updated';
  showDeleted?: boolean;
  maxResults?: number;
  pageToken?: string;
  privateExtendedProperty?: string | string[];
}

class FakeEvents implements EventsApi {
  constructor(private readonly ctx: Ctx) {}
  private store(): CalendarStore {
    return calendarStore(this.ctx);
  }

  /** The calendar as the current user sees it: unknown or not shared → 404; a write needing "make changes" → 403. */
  private calendar(method: string, calendarId: string, write: boolean): { id: string; name: string; timeZone: string } {
    const user = this.ctx.user.effective;
    const cal =
      calendarId === 'primary' ? this.store().primaryFor(user) : this.store().calendars.get(String(calendarId));
    if (!cal || !calendarRole(cal, user)) throw apiError(this.ctx, method, 404, 'Not Found');
    if (write && !canWriteCalendar(cal, user)) throw apiError(this.ctx, method, 403, DENIED.calendarNeedsWriter);
    return cal;
  }

  private find(method: string, calendarId: string, eventId: string): { ev: StoredEvent; timeZone: string } {
    const cal = this.calendar(method, calendarId, method !== 'get');
    const ev = this.store().events.get(eventId);
    if (!ev || ev.calendarId !== cal.id) throw apiError(this.ctx, method, 404, 'Not Found');
    return { ev, timeZone: cal.timeZone };
  }

  private applyPatch(method: string, ev: StoredEvent, r: Schema, opts: { conferenceDataVersion?: number }): void {
    const start = parseTime(this.ctx, method, r.start) ?? ev.start;
    const end = parseTime(this.ctx, method, r.end) ?? ev.end;
    if (end.getTime() < start.getTime()) throw apiError(this.ctx, method, 400, 'The specified time range is empty.');
    Object.assign(ev, { start, end, updated: this.ctx.clock.now() });
    if (r.summary !== undefined) ev.title = r.summary;
    if (r.description !== undefined) ev.description = r.description;
    if (r.location !== undefined) ev.location = r.location;
    if (r.status === 'confirmed' || r.status === 'cancelled') ev.status = r.status;
    if (r.extendedProperties?.private) Object.assign(ev.tags, r.extendedProperties.private);
    const req = r.conferenceData?.createRequest;
    if (opts.conferenceDataVersion === 1 && req?.requestId && req.conferenceSolutionKey?.type === 'hangoutsMeet') {
      ev.conference = conferenceFor(this.store(), req.requestId);
    }
  }

  insert(resource: Schema, calendarId: string, optionalArgs: { conferenceDataVersion?: number } = {}): Schema {
    const cal = this.calendar('insert', calendarId, true);
    if (resource.id !== undefined && !EVENT_ID.test(resource.id))
      throw apiError(this.ctx, 'insert', 400, 'Invalid resource id value.');
    if (resource.id !== undefined && this.store().events.has(resource.id))
      throw apiError(this.ctx, 'insert', 409, 'The requested identifier already exists.');
    if (!resource.start || !resource.end) throw apiError(this.ctx, 'insert', 400, 'Missing end time.');
    const ev: StoredEvent = {
      id: resource.id ?? this.store().newEventId(),
      calendarId: cal.id,
      title: '',
      description: '',
      location: '',
      guests: [],
      start: new Date(0),
      end: new Date(1),
      tags: {},
      status: 'confirmed',
      updated: this.ctx.clock.now(),
    };
    this.applyPatch('insert', ev, { status: 'confirmed', ...resource }, optionalArgs);
    this.store().events.set(ev.id, ev);
    return toResource(ev, cal.timeZone);
  }

  /** Returns the event (also a removed one, with status 'cancelled'); a pending conference advances one step per get. */
  get(calendarId: string, eventId: string): Schema {
    const { ev, timeZone } = this.find('get', calendarId, eventId);
    const c = ev.conference;
    if (c && c.status === 'pending') {
      if (c.pendingGets > 0) c.pendingGets -= 1;
      else c.status = this.store().meet.fail ? 'failure' : 'success';
    }
    return toResource(ev, timeZone);
  }

  patch(
    resource: Schema,
    calendarId: string,
    eventId: string,
    optionalArgs: { conferenceDataVersion?: number } = {},
  ): Schema {
    const { ev, timeZone } = this.find('patch', calendarId, eventId);
    this.applyPatch('patch', ev, resource, optionalArgs);
    return toResource(ev, timeZone);
  }

  /**
   * Events of a calendar, as the API lists them: `timeMin` is an exclusive bound on an event's end,
   * `timeMax` an exclusive bound on its start (RFC 3339 with an offset, else 400); cancelled events
   * only with `showDeleted`; `privateExtendedProperty` ('key=value', one or several) must all match;
   * `orderBy: 'startTime'` needs `singleEvents`; pages of `maxResults` (default 250, at most 2,500)
   * linked by `nextPageToken`.
   */
  list(calendarId: string, optionalArgs: ListArgs = {}): GoogleAppsScript.Calendar.Schema.Events {
    const cal = this.calendar('list', calendarId, false);
    const bound = (v: string | undefined) => (v === undefined ? null : this.instant(v));
    const [min, max] = [bound(optionalArgs.timeMin), bound(optionalArgs.timeMax)];
    if (min && max && max.getTime() <= min.getTime()) throw apiError(this.ctx, 'list', 400, 'Bad Request');
    if (optionalArgs.orderBy === 'startTime' && !optionalArgs.singleEvents)
      throw apiError(this.ctx, 'list', 400, 'The requested ordering is not available for the particular query.');
    const wanted = [optionalArgs.privateExtendedProperty ?? []].flat().map((p) => p.split('='));
    const found = [...this.store().events.values()]
      .filter((e) => e.calendarId === cal.id && (e.status === 'confirmed' || optionalArgs.showDeleted === true))
      .filter((e) => (!min || e.end.getTime() > min.getTime()) && (!max || e.start.getTime() < max.getTime()))
      .filter((e) => wanted.every(([k, v]) => e.tags[k] === v))
      .sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
    const size = Math.min(Math.max(1, optionalArgs.maxResults ?? 250), 2500);
    const from = Number(optionalArgs.pageToken ?? 0);
    const page = found.slice(from, from + size);
    return {
      kind: 'calendar#events',
      summary: cal.name,
      timeZone: cal.timeZone,
      items: page.map((e) => toResource(e, cal.timeZone)),
      ...(from + size < found.length ? { nextPageToken: String(from + size) } : {}),
    };
  }

  private instant(value: string): Date {
    const d = new Date(value);
    if (!/(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(d.getTime()))
      throw apiError(this.ctx, 'list', 400, 'Bad Request');
    return d;
  }

  remove(calendarId: string, eventId: string): void {
    const { ev } = this.find('remove', calendarId, eventId);
    if (ev.status === 'cancelled') throw apiError(this.ctx, 'remove', 410, 'Resource has been deleted');
    ev.status = 'cancelled';
  }
}

/** The advanced `Calendar` global for a workspace (calls counted as 'Calendar.Events.*'). */
export function createAdvancedCalendar(ctx: Ctx): AdvancedCalendarStandIn {
  return { Events: ctx.wrap<EventsApi>(new FakeEvents(ctx), 'Calendar.Events') };
}
