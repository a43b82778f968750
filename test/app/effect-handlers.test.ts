/**
 * The schedule and meeting effects against in-memory calendars and a meeting port: what each
 * books, frees, creates, moves or deletes, and that running one again changes nothing.
 */
import { booked, meetingSetup as setup } from './fakes-retry';
import { makeRequest } from '../core/sop/fixtures';

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

  it('names each calendar hold by request number and title', () => {
    const { schedule, run } = setup();
    const titles: string[] = [];
    schedule.reserve = (_id, _name, _start, _end, title) => void titles.push(title);
    run('reserve', booked({ title: 'Rapat Koordinasi Stunting', operator: '' }));
    expect(titles).toEqual(['VC-2026-0001 Rapat Koordinasi Stunting', 'VC-2026-0001 Rapat Koordinasi Stunting']);
  });

  it('frees around the old slot when the event was moved (fromDate/fromStart), else around the event', () => {
    const { schedule, run } = setup();
    const arounds: Date[] = [];
    schedule.release = (_id, _names, around) => (arounds.push(around), 0);
    run('release', booked({ eventDate: '2026-03-27' }), { fromDate: '2026-03-20', fromStart: '09:00' });
    run('release', booked({ eventDate: '2026-03-27', startTime: '13:00' }));
    // an incomplete old slot (a hand-edited 'Efek Tertunda' cell) falls back to the event's own time
    run('release', booked({ eventDate: '2026-03-27', startTime: '13:00' }), { fromDate: '2026-03-20' });
    run('release', booked({ eventDate: '2026-03-27', startTime: '13:00' }), { fromStart: '09:00' });
    expect(arounds).toEqual([
      new Date('2026-03-20T01:00:00Z'),
      new Date('2026-03-27T05:00:00Z'),
      new Date('2026-03-27T05:00:00Z'),
      new Date('2026-03-27T05:00:00Z'),
    ]);
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
});
