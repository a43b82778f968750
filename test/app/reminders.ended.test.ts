import { runReminders } from '../../src/app/reminders';
import { reminderWorld } from './fakes-reminders';

/** The event's end: 2026-11-30 11:30 WIB. */
const END = new Date('2026-11-30T04:30:00Z');
const ENDED_NOTE = 'rapat sudah berakhir; langkah berikutnya tetap dilakukan petugas sesuai SOP';

describe('runReminders: meetings past their end', () => {
  it('notes a meeting from its end on, not a minute before; not without a link; not for a closed request', () => {
    const { w, notes } = reminderWorld(3, new Date('2026-11-30T04:29:00Z'));
    w.register.rows[1].joinUrl = '';
    w.register.rows[2].stepId = 'selesai';
    expect(runReminders(w.deps)).toMatchObject({ ended: 0, stopped: false });
    expect(notes('rapat berakhir')).toEqual([]);
    w.now.t = END;
    expect(runReminders(w.deps)).toMatchObject({ ended: 1, stopped: false });
    expect(notes('rapat berakhir')).toEqual([['VC-2026-0001', ENDED_NOTE, 'VC-2026-0001:rapat_berakhir']]);
    expect(w.register.rows.map((r) => r.marks ?? [])).toEqual([['rapat_berakhir'], [], []]);
  });

  it('a row written before marks existed, already noted in its history, is not noted again and gets its mark', () => {
    const { w, notes } = reminderWorld(1, END);
    runReminders(w.deps);
    w.register.rows[0].marks = [];
    expect(runReminders(w.deps).ended).toBe(0);
    expect(notes('rapat berakhir')).toHaveLength(1);
    expect(w.register.rows[0].marks).toEqual(['rapat_berakhir']);
  });

  it('an official closes the request while the run waits for the lock: no note', () => {
    const { w, lock, notes } = reminderWorld(1, END);
    lock.meanwhile = [() => void (w.register.rows[0].stepId = 'selesai')];
    expect(runReminders(w.deps).ended).toBe(0);
    expect(notes('rapat berakhir')).toEqual([]);
  });

  it('rescheduled to tomorrow while the run waits, without a mailer: neither an ended note nor an H-1 attempt', () => {
    const { w, lock, notes } = reminderWorld(1, END);
    delete w.deps.mailer;
    lock.meanwhile = [() => void (w.register.rows[0].eventDate = '2026-12-01')];
    expect(runReminders(w.deps)).toMatchObject({ h1: 0, ended: 0 });
    expect([...notes('pengingat H-1'), ...notes('rapat berakhir')]).toEqual([]);
  });

  it('moved into the past while the run waits to remind it: this run neither reminds nor notes it', () => {
    const { w, lock, mailer, notes } = reminderWorld(1, new Date('2026-11-29T02:00:00Z'));
    lock.meanwhile = [() => void (w.register.rows[0].eventDate = '2026-11-28')];
    expect(runReminders(w.deps)).toMatchObject({ h1: 0, ended: 0 });
    expect(mailer.sent).toEqual([]);
    expect([...notes('pengingat H-1'), ...notes('rapat berakhir')]).toEqual([]);
  });
});

describe('runReminders: bounds and bad rows', () => {
  /** A clock that reads `start` once (the run's start), then `start + later` ms. */
  const clockAfter = (start: Date, later: number) => {
    let calls = 0;
    return { now: () => new Date(start.getTime() + (calls++ === 0 ? 0 : later)) };
  };

  it('stops at exactly four minutes of clock time, not a millisecond before', () => {
    const start = new Date('2026-11-29T02:00:00Z');
    const late = reminderWorld(1, start);
    late.w.deps.clock = clockAfter(start, 240_000);
    expect(runReminders(late.w.deps)).toMatchObject({ h1: 0, stopped: true });
    expect(late.mailer.sent).toEqual([]);
    const inTime = reminderWorld(1, start);
    inTime.w.deps.clock = clockAfter(start, 239_999);
    expect(runReminders(inTime.w.deps)).toMatchObject({ h1: 1, stopped: false });
  });

  it('meetings already noted do not use up the 200 units of a run', () => {
    const { w, notes } = reminderWorld(201, END);
    w.register.rows.forEach((r, i) => (r.marks = i < 200 ? ['rapat_berakhir'] : []));
    expect(runReminders(w.deps)).toMatchObject({ ended: 1, stopped: false });
    expect(notes('rapat berakhir').map(([id]) => id)).toEqual(['VC-2026-0201']);
  });

  it('a row at a step its SOP does not know is skipped; the others are still reminded', () => {
    const { w, mailer } = reminderWorld(2, new Date('2026-11-29T02:00:00Z'));
    w.register.rows[0].stepId = 'langkah_lama';
    expect(runReminders(w.deps)).toMatchObject({ h1: 1, stopped: false });
    expect(mailer.sent.map((m) => m.key)).toEqual(['VC-2026-0002:h1']);
  });
});
