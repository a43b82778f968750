import { validAnswers } from '../fixtures/answers';
import { BANDUNG_TO_MEETING, checkHistory, type E2E, e2eWorld, walkSteps } from './world';

const ID = 'VC-2026-0001';
const APPLICANT = 'siti@disdik.go.id';
const OPERATOR = 'operator@kominfo.go.id';

/** Bandung up to the link sent: the meeting exists, the operator is assigned. */
function linkSent(e: E2E): void {
  e.submit(validAnswers());
  walkSteps(e, ID, [...BANDUNG_TO_MEETING, ['operator', 'kirim_tautan']]);
}

const reminders = (e: E2E) => e.ws.mail.outbox.filter((m) => /Pengingat: kegiatan besok/.test(m.subject));
const digests = (e: E2E) => e.ws.mail.outbox.filter((m) => /Ringkasan langkah terlambat/.test(m.subject));
const historyActions = (e: E2E, action: string) => e.sheet('Riwayat').filter((r) => r[5] === action);

describe('hourly reminders on the built bundle', () => {
  it('H-1: applicant and operator get the link once, on the day before the event; an ended meeting is noted once', () => {
    const e = e2eWorld('000-bandung');
    linkSent(e);
    e.app.call('runHourly');
    expect(reminders(e)).toHaveLength(0);
    e.ws.clock.set(new Date('2026-11-29T01:00:00Z'));
    e.app.call('runHourly');
    e.app.call('runHourly');
    expect(reminders(e)).toHaveLength(1);
    const [mail] = reminders(e);
    expect(mail.to.sort()).toEqual([OPERATOR, APPLICANT].sort());
    expect(mail.subject).toContain(`[${ID}]`);
    expect(mail.body).toContain(String(e.column('Tautan Rapat')[0]));
    expect(historyActions(e, 'pengingat H-1')).toHaveLength(1);
    e.ws.clock.set(new Date('2026-11-30T05:00:00Z'));
    e.app.call('runHourly');
    e.app.call('runHourly');
    expect(reminders(e)).toHaveLength(1);
    expect(historyActions(e, 'rapat berakhir').map((r) => r[8])).toEqual([
      expect.stringMatching(/rapat sudah berakhir/),
    ]);
    expect(checkHistory(e)).toMatch(/Riwayat utuh/);
  });

  it('a meeting made after H-1 gets its reminder at the next run', () => {
    const e = e2eWorld('000-bandung');
    e.ws.clock.set(new Date('2026-11-29T03:00:00Z'));
    linkSent(e);
    e.app.call('runHourly');
    expect(reminders(e)).toHaveLength(1);
  });

  it('overdue digest: once per day to the role holding the late step', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    e.ws.clock.advance(10 * 60 * 1000);
    e.app.call('runHourly');
    e.app.call('runHourly');
    expect(digests(e).map((m) => m.to)).toEqual([['kadis@kominfo.go.id']]);
    expect(digests(e)[0].body).toMatch(new RegExp(`${ID} — .*terlambat 5 menit`));
    e.ws.clock.advance(60 * 60 * 1000);
    e.app.call('runHourly');
    expect(digests(e)).toHaveLength(1);
    e.ws.clock.advance(24 * 60 * 60 * 1000);
    e.app.call('runHourly');
    expect(digests(e)).toHaveLength(2);
  });
});
