import { createAdvancedCalendar } from '../../dev/standin/calendar-advanced';
import { createCalendarService } from '../../dev/standin/calendar';
import { calendarStore } from '../../dev/standin/calendar';
import { createCtx, type Ctx } from '../../dev/standin/context';
import { createUtilities } from '../../dev/standin/utilities';
import { checkResources, reservations, type ScheduleSettings } from '../../src/core/schedule';
import { calendarGateway, type ReservationTarget } from '../../src/io/calendar';
import { REQUEST_TAG } from '../../src/io/calendar-api';

const ADMIN = 'admin@diskominfo.example.go.id';
const at = (iso: string) => new Date(iso);
const g = globalThis as Record<string, unknown>;

let ctx: Ctx;
let app: GoogleAppsScript.Calendar.CalendarApp;

beforeEach(() => {
  ctx = createCtx({ timeZone: 'Asia/Makassar', activeUser: ADMIN, effectiveUser: ADMIN, htmlDir: '', isAddon: false });
  app = createCalendarService(ctx);
  g.CalendarApp = app;
  g.Calendar = createAdvancedCalendar(ctx);
  g.Utilities = createUtilities(ctx);
});
afterEach(() => {
  delete g.CalendarApp;
  delete g.Calendar;
  delete g.Utilities;
});

function target(resource: string, timeZone = 'Asia/Makassar'): ReservationTarget {
  return { resource, calendarId: app.createCalendar(`Layanan Vicon — ${resource}`, { timeZone }).getId() };
}

function eventsOn(t: ReservationTarget): GoogleAppsScript.Calendar.CalendarEvent[] {
  return app.getCalendarById(t.calendarId)!.getEvents(at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'));
}

describe('calendarGateway.reserve', () => {
  it('creates one tagged event with the [VC-…] marker, and moves it on a second reserve instead of duplicating', () => {
    const zoom = target('Zoom 1');
    const gw = calendarGateway();
    const first = gw.reserve(
      'VC-2026-0001',
      zoom,
      at('2026-12-01T01:00:00Z'),
      at('2026-12-01T02:00:00Z'),
      'Rapat Bappeda',
      'Pemohon: Bappeda',
    );
    const second = gw.reserve(
      'VC-2026-0001',
      zoom,
      at('2026-12-01T03:00:00Z'),
      at('2026-12-01T04:30:00Z'),
      'Rapat Bappeda (ubah)',
      'Pemohon: Bappeda',
    );
    expect(second).toBe(first);
    const events = eventsOn(zoom);
    expect(events).toHaveLength(1);
    expect(events[0].getTag(REQUEST_TAG)).toBe('VC-2026-0001');
    expect(events[0].getDescription()).toBe('Pemohon: Bappeda\n\n[VC-2026-0001]');
    expect(events[0].getTitle()).toBe('Rapat Bappeda (ubah)');
    expect([events[0].getStartTime().toISOString(), events[0].getEndTime().toISOString()]).toEqual([
      '2026-12-01T03:00:00.000Z',
      '2026-12-01T04:30:00.000Z',
    ]);
  });

  it('keeps different requests apart on one calendar', () => {
    const room = target('Ruang Rapat');
    const gw = calendarGateway();
    gw.reserve('VC-2026-0001', room, at('2026-12-01T01:00:00Z'), at('2026-12-01T02:00:00Z'), 'A', '');
    gw.reserve('VC-2026-0002', room, at('2026-12-01T01:30:00Z'), at('2026-12-01T02:30:00Z'), 'B', '');
    expect(eventsOn(room).map((e) => e.getTag(REQUEST_TAG))).toEqual(['VC-2026-0001', 'VC-2026-0002']);
  });

  it('cleans up a duplicate left by an interrupted earlier run, keeping one event', () => {
    const zoom = target('Zoom 1');
    const cal = app.getCalendarById(zoom.calendarId)!;
    for (let i = 0; i < 2; i++)
      cal.createEvent('A', at('2026-12-01T01:00:00Z'), at('2026-12-01T02:00:00Z')).setTag(REQUEST_TAG, 'VC-2026-0001');
    calendarGateway().reserve('VC-2026-0001', zoom, at('2026-12-01T01:00:00Z'), at('2026-12-01T02:00:00Z'), 'A', '');
    expect(eventsOn(zoom)).toHaveLength(1);
  });

  it('refuses an unknown calendar with an Indonesian message', () => {
    const gone = { resource: 'Zoom 9', calendarId: 'hilang@group.calendar.google.com' };
    expect(() =>
      calendarGateway().reserve('VC-2026-0001', gone, at('2026-12-01T01:00:00Z'), at('2026-12-01T02:00:00Z'), 'x', ''),
    ).toThrow(/Kalender untuk "Zoom 9".*tidak ditemukan/);
  });
});

describe('calendarGateway.release', () => {
  it("deletes only the request's events near the given time and says how many", () => {
    const zoom = target('Zoom 1');
    const op = target('op@diskominfo.example.go.id');
    const gw = calendarGateway();
    gw.reserve('VC-2026-0001', zoom, at('2026-12-01T01:00:00Z'), at('2026-12-01T02:00:00Z'), 'A', '');
    gw.reserve('VC-2026-0001', op, at('2026-12-01T01:00:00Z'), at('2026-12-01T02:00:00Z'), 'A', '');
    gw.reserve('VC-2026-0002', zoom, at('2026-12-01T05:00:00Z'), at('2026-12-01T06:00:00Z'), 'B', '');
    expect(gw.release('VC-2026-0001', [zoom, op], at('2026-12-01T01:00:00Z'))).toBe(2);
    expect(eventsOn(zoom).map((e) => e.getTag(REQUEST_TAG))).toEqual(['VC-2026-0002']);
    expect(eventsOn(op)).toEqual([]);
    expect(gw.release('VC-2026-0001', [zoom, op], at('2026-12-01T01:00:00Z'))).toBe(0);
  });
});

describe('calendarGateway.bookingsBetween', () => {
  it('returns add-on and hand-made events as bookings, one list call per calendar', () => {
    const zoom = target('Zoom 1');
    const room = target('Ruang Rapat');
    const gw = calendarGateway();
    gw.reserve('VC-2026-0001', zoom, at('2026-12-01T01:00:00Z'), at('2026-12-01T02:00:00Z'), 'A', '');
    gw.reserve('VC-2026-0002', zoom, at('2026-12-01T03:00:00Z'), at('2026-12-01T04:00:00Z'), 'B', '');
    app
      .getCalendarById(room.calendarId)!
      .createEvent('Rapat Pimpinan', at('2026-12-01T00:30:00Z'), at('2026-12-01T01:30:00Z'));
    app
      .getCalendarById(room.calendarId)!
      .createEvent('Salinan', at('2026-12-01T05:00:00Z'), at('2026-12-01T06:00:00Z'), {
        description: 'lihat [VC-2026-0003]',
      });
    ctx.calls.reset();
    const bookings = gw.bookingsBetween([zoom, room], at('2026-12-01T00:00:00Z'), at('2026-12-02T00:00:00Z'));
    expect(bookings.map((b) => [b.requestId, b.resource, b.start.toISOString(), b.end.toISOString()])).toEqual([
      ['Rapat Pimpinan', 'Ruang Rapat', '2026-12-01T00:30:00.000Z', '2026-12-01T01:30:00.000Z'],
      ['VC-2026-0001', 'Zoom 1', '2026-12-01T01:00:00.000Z', '2026-12-01T02:00:00.000Z'],
      ['VC-2026-0002', 'Zoom 1', '2026-12-01T03:00:00.000Z', '2026-12-01T04:00:00.000Z'],
      ['VC-2026-0003', 'Ruang Rapat', '2026-12-01T05:00:00.000Z', '2026-12-01T06:00:00.000Z'],
    ]);
    expect(ctx.calls.count('Calendar.Events.list')).toBe(2);
  });

  it('reads a calendar shared by two resources once and books both', () => {
    const shared = target('Zoom 1');
    const twin = { resource: 'Zoom 2', calendarId: shared.calendarId };
    calendarGateway().reserve('VC-2026-0001', shared, at('2026-12-01T01:00:00Z'), at('2026-12-01T02:00:00Z'), 'A', '');
    ctx.calls.reset();
    const bookings = calendarGateway().bookingsBetween(
      [shared, twin],
      at('2026-12-01T00:00:00Z'),
      at('2026-12-02T00:00:00Z'),
    );
    expect(bookings.map((b) => b.resource)).toEqual(['Zoom 1', 'Zoom 2']);
    expect(ctx.calls.count('Calendar.Events.list')).toBe(1);
  });
});

describe('calendarGateway.bookingsBetween: what Google lists', () => {
  it("an all-day event blocks its whole day in its calendar's zone; a removed one blocks nothing", () => {
    const room = target('Ruang Rapat', 'Asia/Jayapura');
    const cal = app.getCalendarById(room.calendarId)!;
    const day = cal.createEvent('Ruang dipakai DPRD', at('2026-12-01T00:00:00+09:00'), at('2026-12-02T00:00:00+09:00'));
    calendarStore(ctx).events.get(day.getId().replace('@google.com', ''))!.allDay = true;
    cal.createEvent('Batal', at('2026-12-01T02:00:00Z'), at('2026-12-01T03:00:00Z')).deleteEvent();
    const bookings = calendarGateway().bookingsBetween([room], at('2026-11-30T00:00:00Z'), at('2026-12-03T00:00:00Z'));
    expect(bookings.map((b) => [b.requestId, b.start.toISOString(), b.end.toISOString()])).toEqual([
      ['Ruang dipakai DPRD', '2026-11-30T15:00:00.000Z', '2026-12-01T15:00:00.000Z'],
    ]);
  });

  it('reads every page of a busy calendar', () => {
    const zoom = target('Zoom 1');
    const cal = app.getCalendarById(zoom.calendarId)!;
    for (let i = 0; i < 2600; i++) {
      const start = new Date(Date.UTC(2026, 11, 1) + i * 60_000);
      cal.createEvent(`E${i}`, start, new Date(start.getTime() + 30_000));
    }
    ctx.calls.reset();
    const bookings = calendarGateway().bookingsBetween([zoom], at('2026-12-01T00:00:00Z'), at('2026-12-03T00:00:00Z'));
    expect(bookings).toHaveLength(2600);
    expect(ctx.calls.count('Calendar.Events.list')).toBe(2);
  });

  it('a reservation removed by hand meanwhile is made again, not an error', () => {
    const zoom = target('Zoom 1');
    const gw = calendarGateway();
    gw.reserve('VC-2026-0001', zoom, at('2026-12-01T01:00:00Z'), at('2026-12-01T02:00:00Z'), 'A', '');
    eventsOn(zoom)[0].deleteEvent();
    gw.reserve('VC-2026-0001', zoom, at('2026-12-01T03:00:00Z'), at('2026-12-01T04:00:00Z'), 'A', '');
    expect(eventsOn(zoom).map((e) => e.getStartTime().toISOString())).toEqual(['2026-12-01T03:00:00.000Z']);
  });
});

describe('bookings feed the clash check', () => {
  it('a hand-made event on a room calendar blocks that room, named by its title', () => {
    const room = target('Ruang Rapat');
    app
      .getCalendarById(room.calendarId)!
      .createEvent('Rapat Pimpinan', at('2026-12-01T01:00:00Z'), at('2026-12-01T03:00:00Z'));
    const bookings = calendarGateway().bookingsBetween([room], at('2026-12-01T00:00:00Z'), at('2026-12-02T00:00:00Z'));
    const settings: ScheduleSettings = {
      bufferMinutes: 15,
      officeStart: '07:30',
      officeEnd: '16:00',
      timeZone: 'Asia/Makassar',
    };
    const inventory = { hosts: [], rooms: [{ name: 'Ruang Rapat', capacity: 30, active: true }], operators: [] };
    const slot = { requestId: 'VC-2026-0005', date: '2026-12-01', start: '09:00', end: '10:00', participants: 20 };
    const check = checkResources(slot, { room: 'Ruang Rapat' }, inventory, bookings, settings);
    expect(check.ok).toBe(false);
    expect(check.ok ? [] : check.clashes).toEqual(['Rapat Pimpinan']);
  });
});

describe('office time zones', () => {
  const settings = (timeZone: ScheduleSettings['timeZone']): ScheduleSettings => ({
    bufferMinutes: 15,
    officeStart: '07:30',
    officeEnd: '16:00',
    timeZone,
  });
  const slot = { requestId: 'VC-2026-0001', date: '2026-12-01', start: '09:00', end: '10:00', participants: 50 };

  it.each([
    ['Asia/Makassar', '2026-12-01T01:00:00.000Z', '2026-12-01T02:00:00.000Z'],
    ['Asia/Jayapura', '2026-12-01T00:00:00.000Z', '2026-12-01T01:00:00.000Z'],
    ['Asia/Jakarta', '2026-12-01T02:00:00.000Z', '2026-12-01T03:00:00.000Z'],
  ] as const)('a 09:00–10:00 request in %s becomes an event %s–%s and reads back the same', (tz, startIso, endIso) => {
    const host = target('Zoom 1', tz);
    const [booking] = reservations(slot, { host: 'Zoom 1' }, settings(tz));
    const gw = calendarGateway();
    gw.reserve(booking.requestId, host, booking.start, booking.end, 'Rapat', '');
    const [event] = eventsOn(host);
    expect([event.getStartTime().toISOString(), event.getEndTime().toISOString()]).toEqual([startIso, endIso]);
    const [back] = gw.bookingsBetween([host], at('2026-11-30T00:00:00Z'), at('2026-12-02T00:00:00Z'));
    expect(back).toEqual(booking);
  });
});
