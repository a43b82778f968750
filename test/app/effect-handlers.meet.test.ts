/**
 * Google Meet through the meeting handlers: which Sumber Daya calendar holds the Meet event when it
 * is made and when it is moved, and what is left to the operator on another platform.
 */
import { booked, meetingSetup as setup } from './fakes-retry';

/** Calendar ids of Sumber Daya (in sheet order) → the calendar the Meet event goes on. */
const CALENDARS: Array<[Record<string, string>, string]> = [
  [{ Lain: 'cal-lain', 'Zoom Kominfo 1': 'cal-host', 'Ruang Rapat Utama': 'cal-room' }, 'cal-room'],
  [{ Lain: 'cal-lain', 'Ruang Rapat Utama': 'cal-room' }, 'cal-room'],
  [{ Lain: 'cal-lain', 'Zoom Kominfo 1': 'cal-host' }, 'cal-host'],
  [{ Lain: 'cal-lain' }, 'cal-lain'],
  [{}, 'primary'],
];

describe('the calendar of a Google Meet', () => {
  it('is made on the room calendar, else the host, else the first listed, else primary', () => {
    for (const [ids, calendar] of CALENDARS) {
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

  it('is moved on the same calendar choice', () => {
    for (const [ids, calendar] of CALENDARS) {
      const { meetings, run } = setup(ids);
      const meet = booked({ platform: 'meet', meetingId: 'meet-1', eventDate: '2026-03-27' });
      expect(run('update_meeting', meet)).toEqual({ status: 'done', note: 'acara Google Meet dipindah; tautan tetap' });
      expect(meetings.meet).toEqual([{ id: 'VC-2026-0001', calendarId: calendar, date: '2026-03-27' }]);
    }
  });
});

describe('update_meeting beyond Zoom', () => {
  it('waits when Google is not ready, and has nothing to move without a meeting', () => {
    const { meetings, run } = setup({ 'Ruang Rapat Utama': 'cal-room' });
    meetings.meetReady = false;
    const meet = booked({ platform: 'meet', meetingId: 'meet-1', eventDate: '2026-03-27' });
    expect(run('update_meeting', meet)).toEqual({ status: 'pending', note: 'Google Meet masih disiapkan' });
    expect(run('update_meeting', booked())).toEqual({ status: 'done', note: 'belum ada rapat yang perlu dipindah' });
    expect(run('update_meeting', booked({ platform: 'meet' }))).toEqual({
      status: 'done',
      note: 'belum ada rapat yang perlu dipindah',
    });
    expect(meetings.meet).toHaveLength(1);
  });

  it("leaves another platform's meeting to the operator: no Meet is made for it", () => {
    const { meetings, run } = setup({ 'Ruang Rapat Utama': 'cal-room' });
    const other = booked({ platform: 'lainnya', meetingId: 'webex-77', joinUrl: 'https://webex.example/j/77' });
    expect(run('update_meeting', other)).toEqual({ status: 'done', note: 'belum ada rapat yang perlu dipindah' });
    expect(meetings.meet).toEqual([]);
  });
});
