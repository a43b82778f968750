import { createAdvancedCalendar } from '../../dev/standin/calendar-advanced';
import { calendarStore, createCalendarService } from '../../dev/standin/calendar';
import { createCtx, type Ctx } from '../../dev/standin/context';

const ADMIN = 'admin@diskominfo.example.go.id';
const at = (iso: string) => new Date(iso);

function setup(): {
  ctx: Ctx;
  app: GoogleAppsScript.Calendar.CalendarApp;
  api: ReturnType<typeof createAdvancedCalendar>;
} {
  const ctx = createCtx({
    timeZone: 'Asia/Makassar',
    activeUser: ADMIN,
    effectiveUser: ADMIN,
    htmlDir: '',
    isAddon: false,
  });
  return { ctx, app: createCalendarService(ctx), api: createAdvancedCalendar(ctx) };
}

describe('CalendarApp stand-in', () => {
  it('knows the default calendar and returns null for an unknown ID', () => {
    const { app } = setup();
    expect(app.getDefaultCalendar().getId()).toBe(ADMIN);
    expect(app.getDefaultCalendar().getTimeZone()).toBe('Asia/Makassar');
    expect(app.getCalendarById('nope@group.calendar.google.com')).toBeNull();
  });

  it('creates calendars with a time zone, finds them by ID, refuses a bad zone and forgets deleted ones', () => {
    const { app } = setup();
    const cal = app.createCalendar('Layanan Vicon — Zoom 1', { timeZone: 'Asia/Jayapura' });
    expect(cal.getId()).toMatch(/@group\.calendar\.google\.com$/);
    expect(app.getCalendarById(cal.getId())!.getName()).toBe('Layanan Vicon — Zoom 1');
    expect(app.getCalendarById(cal.getId())!.getTimeZone()).toBe('Asia/Jayapura');
    expect(() => app.createCalendar('x', { timeZone: 'Mars/Olympus' })).toThrow('Invalid argument: timeZone');
    expect(app.getAllOwnedCalendars().map((c) => c.getName())).toEqual([ADMIN, 'Layanan Vicon — Zoom 1']);
    cal.deleteCalendar();
    expect(app.getCalendarById(cal.getId())).toBeNull();
    expect(() => app.getDefaultCalendar().deleteCalendar()).toThrow();
  });

  it('refuses an event that ends before it starts, with the real message', () => {
    const cal = setup().app.getDefaultCalendar();
    expect(() => cal.createEvent('x', at('2026-12-01T02:00:00Z'), at('2026-12-01T01:00:00Z'))).toThrow(
      'Event start date must be before event end date.',
    );
    const ev = cal.createEvent('x', at('2026-12-01T01:00:00Z'), at('2026-12-01T02:00:00Z'));
    expect(() => ev.setTime(at('2026-12-01T03:00:00Z'), at('2026-12-01T02:00:00Z'))).toThrow(
      'Event start date must be before event end date.',
    );
  });

  it('lists events overlapping [start, end), sorted by start, with search', () => {
    const cal = setup().app.getDefaultCalendar();
    cal.createEvent('Siang', at('2026-12-01T05:00:00Z'), at('2026-12-01T06:00:00Z'), { description: 'rapat anggaran' });
    cal.createEvent('Pagi', at('2026-12-01T01:00:00Z'), at('2026-12-01T02:00:00Z'));
    cal.createEvent('Besok', at('2026-12-02T01:00:00Z'), at('2026-12-02T02:00:00Z'));
    const titles = (from: string, to: string, search?: string) =>
      cal.getEvents(at(from), at(to), search ? { search } : {}).map((e) => e.getTitle());
    expect(titles('2026-12-01T00:00:00Z', '2026-12-02T00:00:00Z')).toEqual(['Pagi', 'Siang']);
    expect(titles('2026-12-01T02:00:00Z', '2026-12-01T05:00:00Z')).toEqual([]);
    expect(titles('2026-12-01T01:59:00Z', '2026-12-01T05:01:00Z')).toEqual(['Pagi', 'Siang']);
    expect(titles('2026-12-01T00:00:00Z', '2026-12-03T00:00:00Z', 'ANGGARAN')).toEqual(['Siang']);
  });

  it('hands out Date copies, keeps tags, and drops deleted events', () => {
    const cal = setup().app.getDefaultCalendar();
    const ev = cal.createEvent('Rapat', at('2026-12-01T01:00:00Z'), at('2026-12-01T02:00:00Z'), {
      location: 'Ruang A',
    });
    ev.getStartTime().setTime(0);
    expect(ev.getStartTime().toISOString()).toBe('2026-12-01T01:00:00.000Z');
    ev.setTag('vicon_request', 'VC-2026-0001').setTitle('Rapat 2').setDescription('d').setLocation('Ruang B');
    const again = cal.getEventById(ev.getId());
    expect([again.getTag('vicon_request'), again.getTitle(), again.getDescription(), again.getLocation()]).toEqual([
      'VC-2026-0001',
      'Rapat 2',
      'd',
      'Ruang B',
    ]);
    expect(again.getAllTagKeys()).toEqual(['vicon_request']);
    expect(again.getTag('other')).toBeNull();
    ev.deleteEvent();
    expect(cal.getEvents(at('2026-12-01T00:00:00Z'), at('2026-12-02T00:00:00Z'))).toEqual([]);
    expect(cal.getEventById(ev.getId())).toBeNull();
  });

  it('counts calls and lets a test inject a fault', () => {
    const { ctx, app } = setup();
    const cal = app.getDefaultCalendar();
    cal.getEvents(at('2026-12-01T00:00:00Z'), at('2026-12-02T00:00:00Z'));
    expect(ctx.calls.count('Calendar.getEvents')).toBe(1);
    ctx.faults.inject('Calendar.createEvent', { kind: 'quota', times: 1 });
    expect(() => cal.createEvent('x', at('2026-12-01T01:00:00Z'), at('2026-12-01T02:00:00Z'))).toThrow(
      /too many times/,
    );
    expect(cal.createEvent('x', at('2026-12-01T01:00:00Z'), at('2026-12-01T02:00:00Z')).getTitle()).toBe('x');
  });
});

describe('advanced Calendar stand-in', () => {
  const meetEvent = (requestId: string) => ({
    summary: 'Rapat',
    start: { dateTime: '2026-12-01T01:00:00Z' },
    end: { dateTime: '2026-12-01T02:00:00Z' },
    conferenceData: { createRequest: { requestId, conferenceSolutionKey: { type: 'hangoutsMeet' } } },
  });

  it('makes a Meet conference only with conferenceDataVersion 1', () => {
    const { api } = setup();
    const made = api.Events.insert(meetEvent('r1'), 'primary', { conferenceDataVersion: 1 });
    expect(made.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    expect(made.conferenceData!.createRequest!.status!.statusCode).toBe('success');
    expect(made.conferenceData!.entryPoints![0]).toMatchObject({ entryPointType: 'video', uri: made.hangoutLink });
    expect(made.conferenceData!.conferenceId).toBe(made.hangoutLink!.slice(-12));
    expect(api.Events.insert(meetEvent('r2'), 'primary').conferenceData).toBeUndefined();
  });

  it('answers pending first when configured, then success on a later get', () => {
    const { ctx, api } = setup();
    calendarStore(ctx).meet.pendingGets = 1;
    const made = api.Events.insert(meetEvent('r1'), ADMIN, { conferenceDataVersion: 1 });
    expect(made.conferenceData!.createRequest!.status!.statusCode).toBe('pending');
    expect(made.hangoutLink).toBeUndefined();
    expect(api.Events.get(ADMIN, made.id!).conferenceData!.createRequest!.status!.statusCode).toBe('pending');
    const done = api.Events.get(ADMIN, made.id!);
    expect(done.conferenceData!.createRequest!.status!.statusCode).toBe('success');
    expect(done.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\//);
  });

  it('gives the same conference for the same requestId and different ones otherwise', () => {
    const { api } = setup();
    const a = api.Events.insert(meetEvent('same'), 'primary', { conferenceDataVersion: 1 });
    const b = api.Events.insert(meetEvent('same'), 'primary', { conferenceDataVersion: 1 });
    const c = api.Events.insert(meetEvent('other'), 'primary', { conferenceDataVersion: 1 });
    expect(b.hangoutLink).toBe(a.hangoutLink);
    expect(c.hangoutLink).not.toBe(a.hangoutLink);
  });

  it('shares events with CalendarApp: tags, patch, remove, and id conflicts', () => {
    const { app, api } = setup();
    const made = api.Events.insert(
      { ...meetEvent('r1'), id: 'vicon0001', extendedProperties: { private: { vicon_request: 'VC-1' } } },
      'primary',
    );
    expect(() => api.Events.insert({ ...meetEvent('r1'), id: 'vicon0001' }, 'primary')).toThrow(
      'The requested identifier already exists.',
    );
    expect(() => api.Events.insert({ ...meetEvent('r1'), id: 'Bad_Id' }, 'primary')).toThrow(
      'Invalid resource id value.',
    );
    api.Events.patch(
      { start: { dateTime: '2026-12-01T03:00:00+08:00' }, end: { dateTime: '2026-12-01T04:00:00+08:00' } },
      'primary',
      made.id!,
    );
    const seen = app.getDefaultCalendar().getEvents(at('2026-11-30T00:00:00Z'), at('2026-12-02T00:00:00Z'));
    expect(seen.map((e) => [e.getTag('vicon_request'), e.getStartTime().toISOString()])).toEqual([
      ['VC-1', '2026-11-30T19:00:00.000Z'],
    ]);
    api.Events.remove('primary', made.id!);
    expect(api.Events.get('primary', made.id!).status).toBe('cancelled');
    expect(() => api.Events.remove('primary', made.id!)).toThrow(/Resource has been deleted/);
    expect(app.getDefaultCalendar().getEvents(at('2026-11-30T00:00:00Z'), at('2026-12-02T00:00:00Z'))).toEqual([]);
    expect(() => api.Events.get('primary', 'missing00')).toThrow(
      'API call to calendar.events.get failed with error: Not Found',
    );
    expect(() => api.Events.get('nobody@group.calendar.google.com', made.id!)).toThrow(/Not Found/);
  });
});
