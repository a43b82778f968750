import { runReminders } from '../../src/app/reminders';
import { linkSentRecord, reminderWorld } from './fakes-reminders';
import type { TestWorld } from './fakes';
import type { SentMail as Mail } from './fakes-hourly';

/** Bandung (WIB), `n` requests with a meeting and an operator, waiting at the meeting step (the link sent unless told). */
function setup(n = 1, start = new Date('2026-11-23T02:00:00Z'), linkSent = true) {
  const { w, mailer, state } = reminderWorld(n, start, linkSent);
  return { w, m: mailer, state };
}

const at = (w: TestWorld, iso: string) => {
  w.now.t = new Date(iso);
};
const h1Mails = (m: { sent: Mail[] }) => m.sent.filter((x) => /Pengingat/.test(x.subject));

describe('runReminders', () => {
  it('H-1: nothing a week ahead; on the day before, once to applicant and operator across runs', () => {
    const { w, m } = setup();
    expect(runReminders(w.deps).h1).toBe(0);
    at(w, '2026-11-28T16:59:00Z');
    expect(runReminders(w.deps).h1).toBe(0);
    at(w, '2026-11-28T17:00:00Z');
    expect(runReminders(w.deps).h1).toBe(1);
    expect(runReminders(w.deps).h1).toBe(0);
    expect(h1Mails(m)).toEqual([
      expect.objectContaining({ to: 'siti@disdik.go.id, operator@kominfo.go.id', replyTo: 'vicon@kominfo.go.id' }),
    ]);
    expect(h1Mails(m)[0].text).toContain('https://us02web.zoom.us/j/81234567890');
    expect(w.history.records.filter((r) => r.key === 'VC-2026-0001:h1')).toHaveLength(1);
  });

  it('no reminder without a meeting, for a rejected request, or after the event', () => {
    const { w, m } = setup(4, new Date('2026-11-29T02:00:00Z'));
    w.register.rows[0].joinUrl = '';
    w.register.rows[1].stepId = 'ditolak';
    w.register.rows[2].endTime = '08:00';
    w.register.rows[2].startTime = '07:00';
    w.register.rows[2].eventDate = '2026-11-29';
    runReminders(w.deps);
    expect(w.history.records.filter((r) => r.action === 'pengingat H-1').map((r) => r.requestId)).toEqual([
      'VC-2026-0004',
    ]);
    expect(h1Mails(m)).toHaveLength(1);
  });

  it('no reminder hands out a link the SOP has not sent yet (the meeting exists, the send step has not run)', () => {
    const { w, m } = setup(1, new Date('2026-11-29T02:00:00Z'), false);
    expect(runReminders(w.deps).h1).toBe(0);
    w.register.rows[0].pending = ['send_link|VC-2026-0001:v8:send_link|{}'];
    w.history.append([linkSentRecord(w, 'VC-2026-0001')]);
    expect(runReminders(w.deps).h1).toBe(0);
    w.register.rows[0].pending = [];
    expect(runReminders(w.deps).h1).toBe(1);
    expect(h1Mails(m)).toHaveLength(1);
  });

  it('quota: nothing recorded, the next run sends it', () => {
    const { w, m } = setup(1, new Date('2026-11-29T02:00:00Z'));
    m.quotaLeft = 0;
    expect(runReminders(w.deps)).toMatchObject({ h1: 0, quota: true });
    m.quotaLeft = 10;
    expect(runReminders(w.deps)).toMatchObject({ h1: 1, quota: false });
    expect(runReminders(w.deps).h1).toBe(0);
  });

  it('H-1 without any valid address is recorded once and not retried; a failing mail is recorded, not thrown', () => {
    const { w, m } = setup(2, new Date('2026-11-29T02:00:00Z'));
    Object.assign(w.register.rows[0], { email: 'siti@disdik', operator: '' });
    const send = m.send;
    m.send = (mail) => {
      if (mail.to.includes('operator')) throw new Error('Layanan email menolak.');
      return send(mail);
    };
    expect(runReminders(w.deps)).toMatchObject({ h1: 0, quota: false });
    expect(runReminders(w.deps)).toMatchObject({ h1: 0 });
    const notes = w.history.records.filter((r) => r.action === 'pengingat H-1').map((r) => [r.requestId, r.note]);
    expect(notes).toEqual([
      ['VC-2026-0001', 'pengingat H-1 tidak dikirim: tidak ada email pemohon/operator yang valid'],
      ['VC-2026-0002', 'pengingat H-1 gagal dan tidak diulang: Layanan email menolak.'],
    ]);
    expect(m.sent).toEqual([]);
  });

  it('a meeting that has ended is noted once, the step is left to the officials', () => {
    const { w } = setup(1, new Date('2026-11-30T04:31:00Z'));
    expect(runReminders(w.deps)).toMatchObject({ ended: 1 });
    expect(runReminders(w.deps)).toMatchObject({ ended: 0 });
    expect(w.register.rows[0].stepId).toBe('pendampingan');
    expect(w.history.records.filter((r) => r.action === 'rapat berakhir').map((r) => r.note)).toEqual([
      'rapat sudah berakhir; langkah berikutnya tetap dilakukan petugas sesuai SOP',
    ]);
  });

  it('bounded: at most 200 requests per run, the rest next run', () => {
    const { w, m } = setup(205, new Date('2026-11-29T02:00:00Z'));
    expect(runReminders(w.deps)).toMatchObject({ h1: 200, stopped: true });
    expect(runReminders(w.deps)).toMatchObject({ h1: 5, stopped: false });
    expect(h1Mails(m)).toHaveLength(205);
    expect(w.history.verify()).toBeNull();
  });

  it('bounded by clock time: a slow run stops after about four minutes', () => {
    const { w } = setup(10, new Date('2026-11-29T02:00:00Z'));
    const start = w.now.t.getTime();
    let calls = 0;
    w.deps.clock = { now: () => new Date(start + 60_000 * Math.floor(calls++ / 2)) };
    const report = runReminders(w.deps);
    expect(report.stopped).toBe(true);
    expect(report.h1).toBeGreaterThan(0);
    expect(report.h1).toBeLessThan(10);
  });

  it('meeting past its end: one sistem note, the step is left to the officials', () => {
    const { w } = setup(1, new Date('2026-11-30T05:00:00Z'));
    runReminders(w.deps);
    runReminders(w.deps);
    const notes = w.history.records.filter((r) => r.key === 'VC-2026-0001:rapat_berakhir');
    expect(notes).toEqual([
      expect.objectContaining({ kind: 'sistem', note: expect.stringContaining('rapat sudah berakhir') }),
    ]);
    expect(w.register.rows[0].stepId).toBe('pendampingan');
  });

  it('overdue digest: once per office day per official, from the start of office hours, to the role holders', () => {
    const { w, m, state } = setup(2, new Date('2026-11-23T00:00:00Z'));
    w.register.rows[0] = { ...w.register.rows[0], stepId: 'disposisi_kadis', joinUrl: '' };
    w.register.rows[1] = {
      ...w.register.rows[1],
      stepId: 'disposisi_kabid',
      joinUrl: '',
      stepSince: '2026-11-23T00:58:00Z',
    };
    at(w, '2026-11-23T00:20:00Z');
    expect(runReminders(w.deps).digests).toBe(0);
    at(w, '2026-11-23T01:00:00Z');
    expect(runReminders(w.deps).digests).toBe(1);
    const [digest] = m.sent;
    expect(digest).toMatchObject({
      to: 'kadis@kominfo.go.id',
      subject: expect.stringContaining('Ringkasan langkah terlambat'),
    });
    // Working time: the office opens at 07:30, so 07:00–08:00 WIB counts 30 minutes against 5.
    expect(digest.text).toMatch(/VC-2026-0001 — .*terlambat 25 menit/);
    expect(state.values.get('DIGEST_kadis@kominfo.go.id')).toBe('2026-11-23');
    at(w, '2026-11-23T02:00:00Z');
    expect(runReminders(w.deps).digests).toBe(1);
    expect(m.sent.map((x) => x.to)).toEqual(['kadis@kominfo.go.id', 'kabid@kominfo.go.id']);
    at(w, '2026-11-24T02:00:00Z');
    expect(runReminders(w.deps).digests).toBe(2);
  });
});
