import { createAdvancedCalendar } from '../../dev/standin/calendar-advanced';
import { calendarStore, createCalendarService } from '../../dev/standin/calendar';
import { createCtx, type Ctx } from '../../dev/standin/context';
import { REQUEST_TAG } from '../../src/io/calendar-api';
import { createMeet, meetEventId, pollMeet } from '../../src/io/meet';

const ADMIN = 'admin@diskominfo.example.go.id';
const START = new Date('2026-12-01T01:00:00Z');
const END = new Date('2026-12-01T02:00:00Z');
const g = globalThis as Record<string, unknown>;

let ctx: Ctx;
beforeEach(() => {
  ctx = createCtx({ timeZone: 'Asia/Makassar', activeUser: ADMIN, effectiveUser: ADMIN, htmlDir: '', isAddon: false });
  g.CalendarApp = createCalendarService(ctx);
  g.Calendar = createAdvancedCalendar(ctx);
});
afterEach(() => {
  delete g.CalendarApp;
  delete g.Calendar;
});

const make = (id = 'VC-2026-0001', start = START, end = END) =>
  createMeet(id, 'primary', 'Rapat Koordinasi', start, end, 'Asia/Makassar');

describe('createMeet', () => {
  it('returns a ready Meet link on an event tagged with the request, at the requested instants', () => {
    const result = make();
    expect(result).toEqual({
      status: 'ready',
      joinUrl: expect.stringMatching(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/),
      meetingId: expect.any(String),
    });
    const joinUrl = result.status === 'ready' ? result.joinUrl : '';
    expect(joinUrl.endsWith(result.status === 'ready' ? result.meetingId : '?')).toBe(true);
    const [event] = CalendarApp.getDefaultCalendar().getEvents(
      new Date('2026-11-30T00:00:00Z'),
      new Date('2026-12-02T00:00:00Z'),
    );
    expect(event.getTag(REQUEST_TAG)).toBe('VC-2026-0001');
    expect(event.getDescription()).toContain('[VC-2026-0001]');
    expect([event.getStartTime().toISOString(), event.getEndTime().toISOString()]).toEqual([
      START.toISOString(),
      END.toISOString(),
    ]);
  });

  it('is idempotent: the same request gives the same link and one event; another request another link', () => {
    const first = make();
    const again = make();
    expect(again).toEqual(first);
    expect(make('VC-2026-0002')).not.toEqual(first);
    expect(ctx.calls.count('Calendar.Events.insert')).toBe(2);
  });

  it('moves the event, keeping the link, when the times change', () => {
    const first = make();
    const later = make('VC-2026-0001', new Date('2026-12-01T05:00:00Z'), new Date('2026-12-01T06:00:00Z'));
    expect(later).toEqual(first);
    const ev = Calendar!.Events.get('primary', meetEventId('VC-2026-0001'));
    expect(ev.start!.dateTime).toBe('2026-12-01T05:00:00.000Z');
  });

  it('restores a deleted Meet event with the same link instead of failing on the taken ID', () => {
    const first = make();
    Calendar!.Events.remove('primary', meetEventId('VC-2026-0001'));
    expect(make()).toEqual(first);
    expect(Calendar!.Events.get('primary', meetEventId('VC-2026-0001')).status).toBe('confirmed');
  });

  it('reports pending, and pollMeet later returns the link', () => {
    calendarStore(ctx).meet.pendingGets = 1;
    const pending = make();
    expect(pending).toEqual({ status: 'pending', eventId: meetEventId('VC-2026-0001') });
    const eventId = pending.status === 'pending' ? pending.eventId : '';
    expect(pollMeet('primary', eventId)).toEqual({ status: 'pending', eventId });
    const ready = pollMeet('primary', eventId);
    expect(ready.status).toBe('ready');
    expect(make()).toEqual(ready);
  });

  it('turns a Google failure into an Indonesian error', () => {
    Object.assign(calendarStore(ctx).meet, { pendingGets: 0, fail: true });
    const pending = make();
    expect(() => pollMeet('primary', pending.status === 'pending' ? pending.eventId : '')).toThrow(
      /Google Meet gagal membuat tautan untuk VC-2026-0001/,
    );
  });

  it('says in Indonesian when the advanced Calendar service is not enabled', () => {
    delete g.Calendar;
    expect(() => make()).toThrow(/Google Calendar API" belum aktif/);
  });
});

describe('meetEventId', () => {
  it('is a valid, stable Calendar event ID (base32hex) distinct per request', () => {
    expect(meetEventId('VC-2026-0001')).toMatch(/^[a-v0-9]{5,1024}$/);
    expect(meetEventId('VC-2026-0001')).toBe(meetEventId('VC-2026-0001'));
    expect(meetEventId('VC-2026-0001')).not.toBe(meetEventId('VC-2026-0010'));
    expect(meetEventId('Ruang Ñ')).toMatch(/^[a-v0-9]+$/);
  });
});
