/**
 * The schedule and meeting effects against in-memory calendars and a meeting port: what each
 * books, frees, creates, moves or deletes, and that running one again changes nothing.
 */
import { meetingHandlers } from '../../src/app/effect-handlers';
import type { EffectHandlers, EffectResult, MeetingPort } from '../../src/app/ports';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { VcRequest } from '../../src/core/request';
import type { Effect, EffectKind } from '../../src/core/sop/types';
import { presetById } from '../../src/core/sop/presets';
import { makeRequest } from '../core/sop/fixtures';
import { memorySchedule } from './fakes';

/** Zoom and Meet in memory; `meetReady` false answers like a Meet conference still being set up. */
function memoryMeetings() {
  const m = {
    zoom: new Map<string, { user: string; date: string; start: string; tz: string }>(),
    meet: [] as Array<{ id: string; calendarId: string; date: string }>,
    deleted: [] as string[],
    meetReady: true,
    port: {} as MeetingPort,
  };
  m.port = {
    createZoom(user, r, tz) {
      const id = String(90000 + m.zoom.size);
      m.zoom.set(id, { user, date: r.eventDate, start: r.startTime, tz });
      return { meetingId: id, joinUrl: `https://zoom.us/j/${id}`, passcode: 'abc123' };
    },
    deleteZoom(id) {
      m.deleted.push(id);
      m.zoom.delete(id);
    },
    updateZoom(id, r) {
      const meeting = m.zoom.get(id)!;
      m.zoom.set(id, { ...meeting, date: r.eventDate, start: r.startTime });
    },
    createMeet(r, calendarId) {
      m.meet.push({ id: r.id, calendarId, date: r.eventDate });
      return m.meetReady
        ? { status: 'ready', joinUrl: `https://meet.google.com/${r.id}`, meetingId: `meet-${r.id}` }
        : { status: 'pending', eventId: 'ev-1' };
    },
    recordings: () => null,
  };
  return m;
}

const preset = presetById('000-bandung')!;
const settings = { ...DEFAULT_SETTINGS, timeZone: 'Asia/Makassar' as const };

function setup(calendarIds: Record<string, string> = {}) {
  const schedule = memorySchedule();
  const inventory = schedule.inventory;
  schedule.inventory = () => ({ ...inventory(), calendarIds });
  const meetings = memoryMeetings();
  const handlers: EffectHandlers = meetingHandlers(schedule, meetings.port, () => settings);
  const run = (kind: EffectKind, request: VcRequest, params: Record<string, string> = {}): EffectResult => {
    const effect: Effect = { kind, key: `${request.id}:v9:${kind}`, params };
    return handlers[kind]!({ request, preset, effect });
  };
  return { schedule, meetings, run };
}

/** A Zoom request on 20 March 2026, 09:00–11:00 (WITA here), with host, room and operator assigned. */
const booked = (over: Partial<VcRequest> = {}) =>
  makeRequest({ host: 'Zoom Kominfo 1', room: 'Ruang Rapat Utama', operator: 'operator@kominfo.go.id', ...over });

describe('reserve and release', () => {
  it('books each assigned resource for the event, in the office zone, once however often it runs', () => {
    const { schedule, run } = setup();
    for (let i = 0; i < 2; i++)
      expect(run('reserve', booked())).toEqual({
        status: 'done',
        note: 'dipesan: Zoom Kominfo 1, Ruang Rapat Utama, operator@kominfo.go.id',
      });
    expect(schedule.bookings).toEqual(
      ['Zoom Kominfo 1', 'Ruang Rapat Utama', 'operator@kominfo.go.id'].map((resource) => ({
        requestId: 'VC-2026-0001',
        resource,
        start: new Date('2026-03-20T01:00:00Z'),
        end: new Date('2026-03-20T03:00:00Z'),
      })),
    );
  });

  it('has nothing to book or free when nothing is assigned', () => {
    const { schedule, run } = setup();
    expect(run('reserve', makeRequest())).toEqual({ status: 'done', note: 'tidak ada sumber daya yang perlu dipesan' });
    expect(run('release', makeRequest())).toEqual({ status: 'done', note: 'tidak ada pesanan' });
    expect(run('release', booked({ eventDate: '' }))).toEqual({ status: 'done', note: 'tidak ada pesanan' });
    expect(schedule.bookings).toEqual([]);
  });

  it('frees the bookings and says how many', () => {
    const { schedule, run } = setup();
    run('reserve', booked());
    schedule.reserve('VC-2026-0002', 'Zoom Kominfo 1', new Date(0), new Date(1), 'lain');
    expect(run('release', booked())).toEqual({ status: 'done', note: '3 pesanan kalender dilepas' });
    expect(schedule.bookings.map((b) => b.requestId)).toEqual(['VC-2026-0002']);
  });

  it('frees around the old slot when the event was moved (fromDate/fromStart)', () => {
    const { schedule, run } = setup();
    const arounds: Date[] = [];
    schedule.release = (_id, _names, around) => (arounds.push(around), 0);
    run('release', booked({ eventDate: '2026-03-27' }), { fromDate: '2026-03-20', fromStart: '09:00' });
    run('release', booked({ eventDate: '2026-03-27', startTime: '13:00' }));
    expect(arounds).toEqual([new Date('2026-03-20T01:00:00Z'), new Date('2026-03-27T05:00:00Z')]);
  });
});

describe('create_meeting', () => {
  it('creates the Zoom meeting under the host account of Sumber Daya, and not twice', () => {
    const { meetings, run } = setup();
    const made = run('create_meeting', booked());
    expect(made).toEqual({
      status: 'done',
      note: 'rapat Zoom 90000 dibuat',
      request: { ...booked(), meetingId: '90000', joinUrl: 'https://zoom.us/j/90000', passcode: 'abc123' },
    });
    expect(meetings.zoom.get('90000')).toEqual({
      user: 'zoom1@kominfo.go.id',
      date: '2026-03-20',
      start: '09:00',
      tz: 'Asia/Makassar',
    });
    expect(run('create_meeting', made.request!)).toEqual({ status: 'done', note: 'rapat sudah ada (90000)' });
    expect(meetings.zoom.size).toBe(1);
  });

  it('waits (pending) when the host has no Zoom account in Sumber Daya', () => {
    const { meetings, run } = setup();
    expect(run('create_meeting', booked({ host: 'Zoom Lain' }))).toEqual({
      status: 'pending',
      note: 'akun Zoom untuk host "Zoom Lain" belum ditetapkan di Sumber Daya',
    });
    expect(run('create_meeting', booked({ host: '' }))).toMatchObject({ note: expect.stringContaining('host "-"') });
    expect(meetings.zoom.size).toBe(0);
  });

  it('makes a Google Meet on the room calendar, else the host, else any, else primary', () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ 'Ruang Rapat Utama': 'cal-room', 'Zoom Kominfo 1': 'cal-host' }, 'cal-room'],
      [{ 'Zoom Kominfo 1': 'cal-host', Lain: 'cal-lain' }, 'cal-host'],
      [{ Lain: 'cal-lain' }, 'cal-lain'],
      [{}, 'primary'],
    ];
    for (const [ids, calendar] of cases) {
      const { meetings, run } = setup(ids);
      expect(run('create_meeting', booked({ platform: 'meet' }))).toEqual({
        status: 'done',
        note: 'tautan Google Meet dibuat',
        request: {
          ...booked({ platform: 'meet' }),
          joinUrl: 'https://meet.google.com/VC-2026-0001',
          meetingId: 'meet-VC-2026-0001',
        },
      });
      expect(meetings.meet.map((x) => x.calendarId)).toEqual([calendar]);
    }
  });

  it('waits while Google is still setting up the Meet', () => {
    const { meetings, run } = setup();
    meetings.meetReady = false;
    expect(run('create_meeting', booked({ platform: 'meet' }))).toEqual({
      status: 'pending',
      note: 'Google Meet masih disiapkan; akan diperiksa lagi',
    });
  });

  it('another platform: done once the operator has pasted a link, pending until then', () => {
    const { run } = setup();
    expect(run('create_meeting', booked({ platform: 'lainnya' }))).toEqual({
      status: 'pending',
      note: 'platform lain: operator perlu menempelkan tautan rapat',
    });
    expect(run('create_meeting', booked({ platform: 'lainnya', joinUrl: 'https://webex.example/j/1' }))).toEqual({
      status: 'done',
      note: 'tautan dari operator dicatat',
    });
  });
});

describe('cancel_meeting and update_meeting', () => {
  it('deletes the Zoom meeting and clears its fields; without one there is nothing to delete', () => {
    const { meetings, run } = setup();
    const made = run('create_meeting', booked()).request!;
    expect(run('cancel_meeting', made)).toEqual({
      status: 'done',
      note: 'rapat 90000 dibatalkan',
      request: { ...made, meetingId: '', joinUrl: '', passcode: '' },
    });
    expect(meetings.deleted).toEqual(['90000']);
    expect(run('cancel_meeting', booked())).toMatchObject({ status: 'done', note: 'tidak ada rapat' });
    expect(run('cancel_meeting', booked({ platform: 'meet', meetingId: 'meet-1' }))).toMatchObject({
      note: 'rapat meet-1 dibatalkan',
    });
    expect(meetings.deleted).toEqual(['90000']);
  });

  it('moves the Zoom meeting to the new time', () => {
    const { meetings, run } = setup();
    const made = run('create_meeting', booked()).request!;
    const moved = { ...made, eventDate: '2026-03-27', startTime: '13:00', endTime: '14:00' };
    expect(run('update_meeting', moved)).toEqual({
      status: 'done',
      note: 'rapat Zoom 90000 dipindah ke 2026-03-27 13:00–14:00',
    });
    expect(meetings.zoom.get('90000')).toMatchObject({ date: '2026-03-27', start: '13:00' });
  });

  it('moves a Meet event (same link), waits when Google is not ready, and has nothing to move without a meeting', () => {
    const { meetings, run } = setup({ 'Ruang Rapat Utama': 'cal-room' });
    const meet = booked({ platform: 'meet', meetingId: 'meet-1', eventDate: '2026-03-27' });
    expect(run('update_meeting', meet)).toEqual({ status: 'done', note: 'acara Google Meet dipindah; tautan tetap' });
    expect(meetings.meet).toEqual([{ id: 'VC-2026-0001', calendarId: 'cal-room', date: '2026-03-27' }]);
    meetings.meetReady = false;
    expect(run('update_meeting', meet)).toEqual({ status: 'pending', note: 'Google Meet masih disiapkan' });
    expect(run('update_meeting', booked())).toEqual({ status: 'done', note: 'belum ada rapat yang perlu dipindah' });
    expect(run('update_meeting', booked({ platform: 'meet' }))).toEqual({
      status: 'done',
      note: 'belum ada rapat yang perlu dipindah',
    });
  });
});
