/**
 * Issue #15, finding 11: two overlapping runHourly runs sent duplicate reminders. Apps Script may
 * start the next hourly run while the last one is still working (a slow Zoom or mail call; time
 * triggers drift by up to an hour). Every timed job is exactly-once under overlap: a second run
 * started while the first is sending finds each unit claimed (app/ledger.ts) and leaves it alone.
 * The overlap is made for real: the second run starts from inside the first one's mail send.
 */
import { validAnswers } from '../../fixtures/answers';
import { BANDUNG_TO_MEETING, e2eWorld, walkSteps, type E2E } from '../../e2e/world';

const ID = 'VC-2026-0001';

/** Starts a second hourly run the first time a mail whose subject matches `during` is sent. */
function overlapOn(e: E2E, during: RegExp): { started: number } {
  const seen = { started: 0 };
  const outbox = e.ws.mail.outbox;
  const push = outbox.push.bind(outbox);
  outbox.push = (...mails) => {
    const n = push(...mails);
    if (seen.started === 0 && mails.some((m) => during.test(m.subject))) {
      seen.started++;
      e.app.call('runHourly');
    }
    return n;
  };
  return seen;
}

const subjects = (e: E2E, re: RegExp) => e.ws.mail.outbox.filter((m) => re.test(m.subject)).map((m) => m.to.join(','));
const riwayat = (e: E2E, action: string) => e.sheet('Riwayat').filter((r) => r[5] === action);

describe('finding 11: runHourly is exactly-once under overlap', () => {
  it('the H-1 reminder goes out once, with one Riwayat entry, when a second run starts mid-send', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    walkSteps(e, ID, [...BANDUNG_TO_MEETING, ['operator', 'kirim_tautan']]);
    e.ws.clock.set(new Date('2026-11-29T01:00:00Z'));
    const overlap = overlapOn(e, /Pengingat: kegiatan besok/);
    e.app.call('runHourly');
    expect(overlap.started).toBe(1);
    e.app.call('runHourly');
    expect(subjects(e, /Pengingat: kegiatan besok/)).toHaveLength(1);
    expect(riwayat(e, 'pengingat H-1')).toHaveLength(1);
  });

  it('the overdue digest goes out once per role and day under overlap', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    e.ws.clock.advance(10 * 60 * 1000);
    const overlap = overlapOn(e, /Ringkasan langkah terlambat/);
    e.app.call('runHourly');
    expect(overlap.started).toBe(1);
    e.app.call('runHourly');
    expect(subjects(e, /Ringkasan langkah terlambat/)).toEqual(['kadis@kominfo.go.id']);
  });

  it("the admins' daily anchor mail goes out once under overlap", () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    e.ws.clock.set(new Date('2026-11-24T01:30:00Z'));
    const overlap = overlapOn(e, /jangkar riwayat/);
    e.app.call('runHourly');
    expect(overlap.started).toBe(1);
    e.app.call('runHourly');
    expect(subjects(e, /jangkar riwayat/)).toHaveLength(1);
  });
});
