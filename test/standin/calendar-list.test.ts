import { createAdvancedCalendar } from '../../dev/standin/calendar-advanced';
import { calendarStore, createCalendarService } from '../../dev/standin/calendar';
import { createCtx } from '../../dev/standin/context';

const ADMIN = 'admin@diskominfo.example.go.id';
const at = (iso: string) => new Date(iso);

function setup() {
  const ctx = createCtx({
    timeZone: 'Asia/Makassar',
    activeUser: ADMIN,
    effectiveUser: ADMIN,
    htmlDir: '',
    isAddon: false,
  });
  const app = createCalendarService(ctx);
  const cal = app.createCalendar('Zoom 1', { timeZone: 'Asia/Makassar' });
  return { ctx, app, cal, api: createAdvancedCalendar(ctx) };
}

const titles = (r: GoogleAppsScript.Calendar.Schema.Events) => (r.items ?? []).map((e) => e.summary);

describe('advanced Calendar stand-in: Events.list', () => {
  it('lists events ending after timeMin and starting before timeMax (both exclusive), in start order', () => {
    const { cal, api } = setup();
    cal.createEvent('sebelum', at('2026-12-01T00:00:00Z'), at('2026-12-01T01:00:00Z'));
    cal.createEvent('kedua', at('2026-12-01T03:00:00Z'), at('2026-12-01T04:00:00Z'));
    cal.createEvent('pertama', at('2026-12-01T01:30:00Z'), at('2026-12-01T02:00:00Z'));
    cal.createEvent('sesudah', at('2026-12-01T05:00:00Z'), at('2026-12-01T06:00:00Z'));
    const r = api.Events.list(cal.getId(), {
      timeMin: '2026-12-01T01:00:00Z',
      timeMax: '2026-12-01T05:00:00Z',
      singleEvents: true,
      orderBy: 'startTime',
    });
    expect(titles(r)).toEqual(['pertama', 'kedua']);
    expect(r.timeZone).toBe('Asia/Makassar');
    expect(r.items![0].start).toEqual({ dateTime: '2026-12-01T01:30:00.000Z', timeZone: 'Asia/Makassar' });
  });

  it('gives all-day events as dates in the calendar zone, and skips removed events unless showDeleted', () => {
    const { ctx, cal, api } = setup();
    // An all-day event as Google keeps it (CalendarApp's createAllDayEvent is not modelled).
    const day = cal.createEvent('libur', at('2026-12-02T00:00:00+08:00'), at('2026-12-03T00:00:00+08:00'));
    calendarStore(ctx).events.get(day.getId().replace('@google.com', ''))!.allDay = true;
    const gone = cal.createEvent('batal', at('2026-12-02T01:00:00Z'), at('2026-12-02T02:00:00Z'));
    gone.deleteEvent();
    const args = { timeMin: '2026-12-01T00:00:00+08:00', timeMax: '2026-12-04T00:00:00+08:00' };
    const r = api.Events.list(cal.getId(), args);
    expect(r.items!.map((e) => [e.summary, e.start, e.end])).toEqual([
      ['libur', { date: '2026-12-02' }, { date: '2026-12-03' }],
    ]);
    expect(titles(api.Events.list(cal.getId(), { ...args, showDeleted: true }))).toEqual(['libur', 'batal']);
  });

  it('filters on private extended properties (the tag CalendarApp sets)', () => {
    const { cal, api } = setup();
    cal.createEvent('A', at('2026-12-01T01:00:00Z'), at('2026-12-01T02:00:00Z')).setTag('vicon_request', 'VC-1');
    cal.createEvent('B', at('2026-12-01T01:00:00Z'), at('2026-12-01T02:00:00Z')).setTag('vicon_request', 'VC-2');
    const r = api.Events.list(cal.getId(), { privateExtendedProperty: 'vicon_request=VC-2' });
    expect(titles(r)).toEqual(['B']);
    expect(r.items![0].extendedProperties!.private).toEqual({ vicon_request: 'VC-2' });
  });

  it('pages by maxResults with nextPageToken', () => {
    const { cal, api } = setup();
    for (let h = 0; h < 5; h++) cal.createEvent(`E${h}`, at(`2026-12-01T0${h}:00:00Z`), at(`2026-12-01T0${h}:30:00Z`));
    const first = api.Events.list(cal.getId(), { maxResults: 2 });
    const second = api.Events.list(cal.getId(), { maxResults: 2, pageToken: first.nextPageToken });
    const third = api.Events.list(cal.getId(), { maxResults: 2, pageToken: second.nextPageToken });
    expect([titles(first), titles(second), titles(third)]).toEqual([['E0', 'E1'], ['E2', 'E3'], ['E4']]);
    expect(third.nextPageToken).toBeUndefined();
  });

  it("answers Google's errors: unknown calendar 404, times without an offset or reversed 400, ordering without singleEvents 400", () => {
    const { cal, api } = setup();
    expect(() => api.Events.list('hilang@group.calendar.google.com', {})).toThrow(
      'API call to calendar.events.list failed with error: Not Found',
    );
    expect(() => api.Events.list(cal.getId(), { timeMin: '2026-12-01T01:00:00' })).toThrow('Bad Request');
    expect(() =>
      api.Events.list(cal.getId(), { timeMin: '2026-12-02T00:00:00Z', timeMax: '2026-12-01T00:00:00Z' }),
    ).toThrow('Bad Request');
    expect(() => api.Events.list(cal.getId(), { orderBy: 'startTime' })).toThrow(
      'The requested ordering is not available for the particular query.',
    );
  });
});
