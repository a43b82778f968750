import { warnCapacity } from '../../src/app/capacity-warning';
import type { MailerPort } from '../../src/app/ports';
import { capacityOf, type Capacity } from '../../src/core/capacity';
import { world } from './fakes';

type Mail = Parameters<MailerPort['send']>[0];
const DAY = 86_400_000;

function office(cells: number, yearsOfUse: number) {
  const w = world({}, new Date('2026-11-23T02:00:00Z'));
  const sent: Mail[] = [];
  const values = new Map<string, string>();
  let measured: Capacity = capacityOf(cells, new Date(w.now.t.getTime() - yearsOfUse * 365.25 * DAY), w.now.t);
  Object.assign(w.deps, {
    mailer: { send: (m: Mail) => (sent.push(m), 'sent'), officeUrl: () => 'https://docs.google.com/x' },
    state: {
      get: (k: string) => values.get(k) ?? null,
      set: (k: string, v: string) => values.set(k, v),
      remove: (k: string) => values.delete(k),
    },
    space: {
      measured: () => measured,
      measure: () => ({ cells, firstReceived: null }),
      record: (c: Capacity) => (measured = c),
    },
  });
  return { w, sent };
}

describe('the capacity warning', () => {
  it('one mail to the admins when under two years remain, not every hour, again after 30 days', () => {
    const { w, sent } = office(4_500_000, 1);
    expect(warnCapacity(w.deps)).toBe(true);
    expect(sent).toHaveLength(1);
    expect(sent[0].to).toBe('admin@kominfo.go.id');
    expect(sent[0].subject).toMatch(/mulai penuh/);
    expect(sent[0].text).toMatch(/Arsipkan tahun/);
    expect(sent[0].text).toMatch(/Arsip Layanan Vicon 2025/);
    for (let h = 1; h <= 48; h++) {
      w.now.t = new Date(w.now.t.getTime() + 3_600_000);
      warnCapacity(w.deps);
    }
    expect(sent).toHaveLength(1);
    w.now.t = new Date(w.now.t.getTime() + 29 * DAY);
    expect(warnCapacity(w.deps)).toBe(true);
    expect(sent).toHaveLength(2);
  });

  it('no mail while there is room, nor before anything was measured', () => {
    const { w, sent } = office(1_000_000, 2);
    expect(warnCapacity(w.deps)).toBe(false);
    Object.assign(w.deps, {
      space: { measured: () => null, measure: () => ({ cells: 0, firstReceived: null }), record: () => undefined },
    });
    expect(warnCapacity(w.deps)).toBe(false);
    expect(sent).toEqual([]);
  });

  it('past 60% of the 10 million cells even at a slow rate', () => {
    const { w, sent } = office(6_100_000, 20);
    expect(warnCapacity(w.deps)).toBe(true);
    expect(sent[0].text).toMatch(/61%/);
  });
});
