/**
 * Finding 4 (issue 15), bounded input, on the built bundle: a note or reason has a limit the server
 * enforces (a 1 MB note on "batalkan" once deleted the Zoom meeting and mailed the applicant while the
 * Register row failed to write and stayed active), every text the sidebar sends is bounded, and
 * nothing irreversible happens before the write that records it: when the Register write or the
 * Riwayat append fails on cancel or reschedule, no meeting is deleted or moved, no calendar booking
 * changes, no mail goes out and the row stays as it was.
 */
import { validAnswers } from '../../fixtures/answers';
import { validLetter } from '../../fixtures/letter';
import { calendarStore } from '../../../dev/standin/calendar';
import type { Result, IntakeResultDto, LetterRequestDto } from '../../../src/shared/rpc';
import { BANDUNG_WALK, failNth, historyOf, ID, mailOf, rowOf, walkAt } from '../kit';
import type { E2E } from '../../e2e/world';

/** What the outside world holds for the request: meeting (with its time), bookings, mails, row, history. */
function snapshot(e: E2E) {
  const meetings = [...e.zoom.state.meetings.values()].map((m) => `${m.id}@${m.start_time}`);
  const events = [...calendarStore(e.ws.ctx).events.values()]
    .filter((ev) => ev.status === 'confirmed')
    .map((ev) => `${ev.calendarId}@${ev.start.toISOString()}`)
    .sort();
  return { meetings, events, mails: e.ws.mail.outbox.length, row: rowOf(e), history: historyOf(e) };
}

/** Bandung walked to "pendampingan": the meeting exists, the link was sent. */
const withMeeting = (): E2E => walkAt('000-bandung', BANDUNG_WALK, 7);

const CANCEL = { action: 'batalkan', input: { note: 'Kegiatan ditunda oleh pemohon.' } };
const RESCHEDULE = {
  action: 'ubah_jadwal',
  input: { note: 'Pemohon minta pindah.', alternative: { date: '2026-12-02', start: '13:00', end: '14:00' } },
};

describe('finding 4: notes and reasons are bounded, on the server', () => {
  it('a 1 MB note on "batalkan" is refused in Indonesian; the meeting, the bookings and the row stay, no mail', () => {
    const e = withMeeting();
    const before = snapshot(e);
    e.as(mailOf('operator'));
    const r = e.act(ID, 'batalkan', { note: 'x'.repeat(1024 * 1024) });
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/^Catatan terlalu panjang: 1048576 karakter, paling banyak \d+\./),
    });
    expect(snapshot(e)).toEqual(before);
  });

  it('a note at the limit is taken, one character more is refused', () => {
    const e = withMeeting();
    e.as(mailOf('operator'));
    const limit = Number(
      /paling banyak (\d+)/.exec(
        String((e.act(ID, 'batalkan', { note: 'y'.repeat(5000) }) as { error: string }).error),
      )![1],
    );
    expect(limit).toBe(1000);
    expect(e.act(ID, 'batalkan', { note: 'y'.repeat(limit + 1) })).toMatchObject({ ok: false });
    expect(e.act(ID, 'batalkan', { note: 'y'.repeat(limit) })).toMatchObject({ ok: true });
    expect(rowOf(e).Status).toBe('Dibatalkan');
    expect(e.zoom.state.meetings.size).toBe(0);
  });

  it('a letter entered from the sidebar with an over-long field is refused, nothing is registered', () => {
    const e = withMeeting();
    e.as(mailOf('kadis'));
    const letter: LetterRequestDto = validLetter({
      applicantName: 'Budi',
      letterNumber: '1/B',
      letterDate: '2026-11-19',
      srikandiNumber: '',
      title: 'Musrenbang',
      participants: '30',
      notes: 'z'.repeat(60000),
    });
    const rows = e.sheet('Register').length;
    const r = e.app.callFromClient<Result<IntakeResultDto>>('submitLetterRequest', letter);
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/^Keterangan terlalu panjang: 60000 karakter, paling banyak \d+\./),
    });
    expect(e.sheet('Register')).toHaveLength(rows);
    expect(
      e.app.callFromClient<Result<IntakeResultDto>>('submitLetterRequest', { ...letter, notes: 'Rapat.' }),
    ).toMatchObject({
      ok: true,
    });
  });
});

describe('finding 4: nothing irreversible before the write that records it (cancel and reschedule)', () => {
  const cases = [
    ['batalkan', 'Register', CANCEL, 1],
    ['batalkan', 'Riwayat', CANCEL, 2],
    ['ubah jadwal', 'Register', RESCHEDULE, 1],
    ['ubah jadwal', 'Riwayat', RESCHEDULE, 2],
  ] as const;

  it.each(cases)(
    '%s, the %s write fails: no meeting deleted or moved, no booking changed, no mail, row as it was',
    (_n, _what, step, nth) => {
      const e = withMeeting();
      const before = snapshot(e);
      failNth(e, 'Range.setValues', nth, { kind: 'throw' });
      e.as(mailOf('operator'));
      const r = e.act(ID, step.action, step.input);
      e.ws.faults.clear();
      expect(r.ok).toBe(false);
      expect(snapshot(e)).toEqual(before);
      e.as(mailOf('operator'));
      expect(e.act(ID, step.action, step.input)).toMatchObject({ ok: true });
      expect(snapshot(e)).not.toEqual(before);
    },
  );

  it('a form answer far over a cell still registers: it is cut to a size the Register holds and reported', () => {
    const e = withMeeting();
    e.submit(validAnswers({ Keterangan: 'k'.repeat(70000), 'Judul kegiatan': 'Rapat kedua' }));
    const row = rowOf(e, 'VC-2026-0002');
    expect(String(row.Keterangan).length).toBeLessThan(50000);
    expect(String(row['Alasan Perbaikan'])).toMatch(/Keterangan terlalu panjang/);
  });
});
