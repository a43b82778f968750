import { validAnswers } from '../fixtures/answers';
import { BANDUNG_TO_MEETING, type E2E, e2eWorld, ok, walkSteps } from './world';

const step = (e: E2E, who: string, id: string, action: string, input = {}) => {
  e.as(`${who}@kominfo.go.id`);
  return ok(e.act(id, action, input));
};
const toApproval = (e: E2E, id: string) => {
  step(e, 'kadis', id, 'disposisi');
  step(e, 'kabid', id, 'disposisi');
  step(e, 'subkoor', id, 'terima');
};
const calendarEvents = (e: E2E) => {
  const cal = e.ws.globals.CalendarApp as GoogleAppsScript.Calendar.CalendarApp;
  const ids = e
    .sheet('Sumber Daya')
    .slice(1)
    .map((r) => String(r[5]))
    .filter(Boolean);
  return ids.flatMap((id) => cal.getCalendarById(id)!.getEvents(new Date('2026-11-01'), new Date('2027-01-01')));
};

describe('meetings and reservations on the built bundle', () => {
  it('approval books the host calendar; a cancellation deletes the Zoom meeting and the events', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    const id = 'VC-2026-0001';
    toApproval(e, id);
    step(e, 'subkoor', id, 'setujui');
    expect(calendarEvents(e).map((ev) => ev.getTitle())).toEqual([`${id} Rapat Koordinasi PPDB`]);
    step(e, 'subkoor', id, 'tugaskan_operator', { operator: 'operator@kominfo.go.id' });
    step(e, 'operator', id, 'buat_rapat');
    expect(e.zoom.state.meetings.size).toBe(1);
    const cancelled = step(e, 'operator', id, 'batalkan', { note: 'Kegiatan ditunda oleh pemohon.' });
    expect(cancelled.detail.status).toBe('Dibatalkan');
    expect(e.zoom.state.meetings.size).toBe(0);
    expect(calendarEvents(e)).toEqual([]);
    expect(e.column('ID Rapat')).toEqual(['']);
  });

  it('a Business host takes two overlapping meetings but never three', () => {
    const e = e2eWorld('000-bandung');
    const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    book.getSheetByName('Sumber Daya')!.getRange(2, 4).setValue('Business');
    e.app.call('onEdit', { range: book.getSheetByName('Sumber Daya')!.getRange(2, 4) });
    for (let i = 0; i < 3; i++) e.submit(validAnswers({ 'Judul kegiatan': `Rapat ${i + 1}` }));
    for (const id of ['VC-2026-0001', 'VC-2026-0002', 'VC-2026-0003']) toApproval(e, id);
    step(e, 'subkoor', 'VC-2026-0001', 'setujui');
    step(e, 'subkoor', 'VC-2026-0002', 'setujui');
    e.as('subkoor@kominfo.go.id');
    expect(e.act('VC-2026-0003', 'setujui')).toEqual({ ok: false, error: expect.stringContaining('VC-2026-0001') });
    expect(e.column('Akun Zoom')).toEqual(['Zoom Kominfo 1', 'Zoom Kominfo 1', '']);
  });

  it('a Zoom timeout after Zoom created the meeting: the retry finds it, no duplicate', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    const id = 'VC-2026-0001';
    walkSteps(e, id, BANDUNG_TO_MEETING.slice(0, -1));
    e.zoom.fail({ on: 'create', kind: 'timeout', afterCommit: true, times: 1 });
    const r = step(e, 'operator', id, 'buat_rapat');
    expect(r.detail.pending).toEqual([]);
    expect(e.zoom.state.meetings.size).toBe(1);
    expect(e.column('ID Rapat')).toEqual([[...e.zoom.state.meetings.keys()][0]]);
  });

  it('Zoom down for longer: the step is recorded, the meeting stays pending, the hourly run creates it once', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    const id = 'VC-2026-0001';
    walkSteps(e, id, BANDUNG_TO_MEETING.slice(0, -1));
    e.zoom.fail({ on: 'create', kind: '5xx', times: 5 });
    const r = step(e, 'operator', id, 'buat_rapat');
    expect(r.detail.pending).toEqual(['Tertunda: membuat rapat']);
    expect(r.message).toMatch(/efek masih tertunda/);
    expect(e.zoom.state.meetings.size).toBe(0);
    e.app.call('runHourly');
    e.app.call('runHourly');
    expect(e.zoom.state.meetings.size).toBe(1);
    expect(String(e.column('Efek Tertunda')[0])).not.toMatch(/create_meeting/);
  });

  it('warns at intake when the slot already looks taken (a warning, not a rejection)', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    toApproval(e, 'VC-2026-0001');
    step(e, 'subkoor', 'VC-2026-0001', 'setujui');
    e.submit(validAnswers({ 'Judul kegiatan': 'Jam sama' }));
    expect(String(e.column('Peringatan')[1])).toMatch(/Bentrok dengan VC-2026-0001/);
    expect(e.column('Status')[1]).toBe('Menunggu Disposisi Kepala Dinas');
  });
});

describe('operators are never double-booked', () => {
  it('assigning an operator who already accompanies another meeting at that time is refused', () => {
    const e = e2eWorld('000-bandung');
    const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const resources = book.getSheetByName('Sumber Daya')!;
    resources.getRange(2, 4).setValue('Business');
    resources
      .getRange(4, 1, 1, 8)
      .setValues([['Operator', 'Budi Operator', 'operator@kominfo.go.id', '', '', '', 'Ya', '']]);
    e.app.call('onEdit', { range: resources.getRange(2, 4) });
    e.app.call('menuSetupCalendars');
    e.submit(validAnswers());
    e.submit(validAnswers({ 'Judul kegiatan': 'Rapat kedua, jam sama' }));
    for (const id of ['VC-2026-0001', 'VC-2026-0002']) {
      toApproval(e, id);
      step(e, 'subkoor', id, 'setujui');
    }
    step(e, 'subkoor', 'VC-2026-0001', 'tugaskan_operator', { operator: 'operator@kominfo.go.id' });
    e.as('subkoor@kominfo.go.id');
    expect(e.act('VC-2026-0002', 'tugaskan_operator', { operator: 'operator@kominfo.go.id' })).toEqual({
      ok: false,
      error: expect.stringMatching(/Jadwal tidak tersedia:.*VC-2026-0001/),
    });
    expect(
      calendarEvents(e)
        .map((ev) => ev.getTitle())
        .sort(),
    ).toEqual([
      'VC-2026-0001 Rapat Koordinasi PPDB',
      'VC-2026-0001 Rapat Koordinasi PPDB',
      'VC-2026-0002 Rapat kedua, jam sama',
    ]);
  });
});

describe('rescheduling after the meeting exists', () => {
  it('moves the Zoom meeting and the calendar bookings with the register, no duplicates', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    const id = 'VC-2026-0001';
    walkSteps(e, id, BANDUNG_TO_MEETING);
    const moved = step(e, 'operator', id, 'ubah_jadwal', {
      note: 'Pemohon memindah acara.',
      alternative: { date: '2026-12-08', start: '13:00', end: '14:00' },
    });
    expect(moved.detail.pending).toEqual([]);
    expect(e.column('Tanggal Kegiatan')[0]).toEqual(new Date('2026-12-07T17:00:00Z'));
    expect([e.column('Jam Mulai')[0], e.column('Jam Selesai')[0]]).toEqual(['13:00', '14:00']);
    const meetings = [...e.zoom.state.meetings.values()];
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ start_time: '2026-12-08T06:00:00Z', duration: 60 });
    const events = calendarEvents(e);
    expect(events).toHaveLength(1);
    expect(events[0].getStartTime().toISOString()).toBe('2026-12-08T06:00:00.000Z');
    const sent = step(e, 'operator', id, 'kirim_tautan');
    expect(sent.detail.status).toBe('Menunggu Pelaksanaan');
  });
});
