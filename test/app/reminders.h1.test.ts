import { LockBusyError } from '../../src/app/ports';
import { runReminders } from '../../src/app/reminders';
import { linkSentRecord, reminderWorld } from './fakes-reminders';

/** The day before the event (2026-11-30), 09:00 WIB. */
const H1 = new Date('2026-11-29T02:00:00Z');
/** The claims of the ledger held in Script Properties. */
const claims = (state: { values: Map<string, string> }) =>
  [...state.values.keys()].filter((k) => k.startsWith('KLAIM:'));

describe('runReminders H-1: who is reminded', () => {
  it('mails the trimmed, valid, distinct addresses of applicant and operator, and notes exactly them', () => {
    const { w, mailer, notes } = reminderWorld(3, H1);
    Object.assign(w.register.rows[0], { email: ' siti@disdik.go.id ', operator: 'operator@kominfo.go.id ' });
    Object.assign(w.register.rows[1], { email: 'siti@disdik.go.id', operator: 'bukan email' });
    Object.assign(w.register.rows[2], { email: 'operator@kominfo.go.id', operator: ' operator@kominfo.go.id' });
    expect(runReminders(w.deps)).toEqual({ h1: 3, digests: 0, ended: 0, stopped: false, quota: false });
    expect(mailer.sent.map((m) => [m.to, m.subject, m.key, m.replyTo])).toEqual([
      [
        'siti@disdik.go.id, operator@kominfo.go.id',
        expect.stringContaining('Pengingat: kegiatan besok'),
        'VC-2026-0001:h1',
        'vicon@kominfo.go.id',
      ],
      ['siti@disdik.go.id', expect.stringContaining('Pengingat'), 'VC-2026-0002:h1', 'vicon@kominfo.go.id'],
      ['operator@kominfo.go.id', expect.stringContaining('Pengingat'), 'VC-2026-0003:h1', 'vicon@kominfo.go.id'],
    ]);
    expect(mailer.sent[0].text).toContain('Kami mengingatkan bahwa kegiatan Anda berlangsung besok.');
    expect(notes('pengingat H-1')).toEqual([
      [
        'VC-2026-0001',
        'pengingat H-1 dengan tautan terkirim ke siti@disdik.go.id, operator@kominfo.go.id',
        'VC-2026-0001:h1',
      ],
      ['VC-2026-0002', 'pengingat H-1 dengan tautan terkirim ke siti@disdik.go.id', 'VC-2026-0002:h1'],
      ['VC-2026-0003', 'pengingat H-1 dengan tautan terkirim ke operator@kominfo.go.id', 'VC-2026-0003:h1'],
    ]);
    expect(w.register.rows.map((r) => r.marks)).toEqual([['h1'], ['h1'], ['h1']]);
  });

  it('a request already at Selesai is still reminded; another closed step (Ditolak) is not', () => {
    const { w, mailer, notes } = reminderWorld(2, H1);
    w.register.rows[0].stepId = 'selesai';
    w.register.rows[1].stepId = 'ditolak';
    expect(runReminders(w.deps).h1).toBe(1);
    expect(mailer.sent.map((m) => m.key)).toEqual(['VC-2026-0001:h1']);
    expect(notes('pengingat H-1').map(([id]) => id)).toEqual(['VC-2026-0001']);
  });

  it('no reminder when the event has no readable end time, and the run goes on', () => {
    const { w, mailer } = reminderWorld(2, H1);
    w.register.rows[0].endTime = 'siang';
    expect(runReminders(w.deps).h1).toBe(1);
    expect(mailer.sent.map((m) => m.key)).toEqual(['VC-2026-0002:h1']);
  });

  it('without a mailer nobody is reminded and nothing is noted', () => {
    const { w } = reminderWorld(1, H1);
    delete w.deps.mailer;
    expect(runReminders(w.deps)).toMatchObject({ h1: 0, quota: false });
    expect(w.history.records.filter((h) => h.action === 'pengingat H-1')).toEqual([]);
    expect(w.register.rows[0].marks ?? []).toEqual([]);
  });

  it('counts a repeated send of the link (…:send_link:12) as sent', () => {
    const { w, mailer } = reminderWorld(1, H1, false);
    w.history.append([linkSentRecord(w, 'VC-2026-0001', ':12')]);
    expect(runReminders(w.deps).h1).toBe(1);
    expect(mailer.sent.map((m) => m.to)).toEqual(['siti@disdik.go.id, operator@kominfo.go.id']);
  });
});

describe('runReminders H-1: never twice', () => {
  it('leaves a request another run has claimed, reminds the others and frees its own claims', () => {
    const { w, mailer, state } = reminderWorld(2, H1);
    state.values.set('KLAIM:VC-2026-0001:h1', new Date('2026-11-29T01:55:00Z').toISOString());
    expect(runReminders(w.deps).h1).toBe(1);
    expect(mailer.sent.map((m) => m.key)).toEqual(['VC-2026-0002:h1']);
    expect(claims(state)).toEqual(['KLAIM:VC-2026-0001:h1']);
  });

  it('a run that died after mailing is not mailed again by the next run (the mail key is in the mailer ledger)', () => {
    const { w, mailer, lock, state } = reminderWorld(1, H1);
    lock.busyOn = [2];
    expect(() => runReminders(w.deps)).toThrow(LockBusyError);
    expect(mailer.sent).toHaveLength(1);
    w.now.t = new Date('2026-11-29T02:05:00Z');
    expect(runReminders(w.deps).h1).toBe(0);
    w.now.t = new Date('2026-11-29T02:31:00Z');
    expect(runReminders(w.deps).h1).toBe(1);
    expect(mailer.sent).toHaveLength(1);
    expect(w.register.rows[0].marks).toEqual(['h1']);
    expect(claims(state)).toEqual([]);
  });

  it('a row written before marks existed, whose H-1 is in its history, is not reminded again and gets its mark', () => {
    const { w, mailer, notes } = reminderWorld(1, H1);
    runReminders(w.deps);
    w.register.rows[0].marks = [];
    expect(runReminders(w.deps).h1).toBe(0);
    expect(mailer.sent).toHaveLength(1);
    expect(notes('pengingat H-1')).toHaveLength(1);
    expect(w.register.rows[0].marks).toEqual(['h1']);
  });

  it('a failed mail is marked on the row: a later run with a working mailer does not retry it', () => {
    const { w, mailer, notes } = reminderWorld(1, H1);
    const send = mailer.send;
    mailer.send = () => {
      throw new Error('Layanan email menolak.');
    };
    expect(runReminders(w.deps).h1).toBe(0);
    mailer.send = send;
    expect(runReminders(w.deps).h1).toBe(0);
    expect(mailer.sent).toEqual([]);
    expect(notes('pengingat H-1')).toEqual([
      ['VC-2026-0001', 'pengingat H-1 gagal dan tidak diulang: Layanan email menolak.', 'VC-2026-0001:h1'],
    ]);
    expect(w.register.rows[0].marks).toEqual(['h1']);
  });
});
