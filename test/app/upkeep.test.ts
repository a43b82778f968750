/**
 * The hourly care of the storage: finished requests leave the index of live requests (at most 200
 * a run, each under the lock on its own), a broken index is rebuilt, and the spreadsheet's size is
 * measured once per office day.
 */
import { upkeep, type IndexUpkeep } from '../../src/app/upkeep';
import type { VcRequest } from '../../src/core/request';
import { makeRequest } from '../core/sop/fixtures';
import { world } from './fakes';
import { countingLock, memorySpace } from './fakes-hourly';

/** The index beside the Register: healthy or not, and how often it was rebuilt. */
function index(healthy: boolean): IndexUpkeep & { ok: boolean; rebuilds: number } {
  const i = {
    ok: healthy,
    rebuilds: 0,
    healthy: () => i.ok,
    rebuild() {
      i.rebuilds++;
      i.ok = true;
    },
  };
  return i;
}

const request = (n: number, over: Partial<VcRequest> = {}) =>
  makeRequest({
    id: `VC-2026-${String(n).padStart(4, '0')}`,
    presetId: '000-bandung',
    stepId: 'disposisi_kadis',
    version: 1,
    ...over,
  });

/** Bandung (WIB) on Monday 23 November 2026, 09.00; `finished` requests done long ago, `open` ones still at work. */
function office(finished: number, open: number) {
  const w = world({}, new Date('2026-11-23T02:00:00Z'));
  const lock = countingLock();
  w.deps.lock = lock;
  for (let n = 1; n <= finished; n++) w.register.append(request(n, { stepId: 'selesai', status: 'Selesai' }));
  for (let n = finished + 1; n <= finished + open; n++) w.register.append(request(n));
  return { w, lock };
}

describe('the hourly upkeep', () => {
  it('takes finished requests out of the index, one lock each, and leaves open ones', () => {
    const { w, lock } = office(3, 2);
    expect(upkeep(w.deps, index(true))).toEqual({ pruned: 3, rebuilt: false, measured: false });
    expect([...w.register.closed].sort()).toEqual(['VC-2026-0001', 'VC-2026-0002', 'VC-2026-0003']);
    expect(w.register.live().map((s) => s.request.id)).toEqual(['VC-2026-0004', 'VC-2026-0005']);
    expect(lock.runs).toBe(3);
    expect(upkeep(w.deps, index(true))).toEqual({ pruned: 0, rebuilt: false, measured: false });
    expect(lock.runs).toBe(3);
  });

  it('takes out at most 200 a run, the rest the next hour', () => {
    const { w } = office(205, 1);
    expect(upkeep(w.deps, index(true)).pruned).toBe(200);
    expect(w.register.closed.size).toBe(200);
    expect(upkeep(w.deps, index(true)).pruned).toBe(5);
    expect(w.register.live().map((s) => s.request.id)).toEqual(['VC-2026-0206']);
  });

  it('rebuilds the index only when it no longer matches the Register', () => {
    const { w } = office(0, 1);
    const broken = index(false);
    expect(upkeep(w.deps, broken)).toEqual({ pruned: 0, rebuilt: true, measured: false });
    expect(upkeep(w.deps, broken)).toEqual({ pruned: 0, rebuilt: false, measured: false });
    expect(broken.rebuilds).toBe(1);
  });

  it('measures the spreadsheet once per office day and keeps the measurement', () => {
    const { w, lock } = office(0, 0);
    // Requests taken for two years of 365.25 days: 1.5 million cells a year.
    const space = memorySpace(3_000_000, new Date('2024-11-22T14:00:00Z'));
    w.deps.space = space;
    expect(upkeep(w.deps, index(true))).toEqual({ pruned: 0, rebuilt: false, measured: true });
    expect(space.last).toEqual({
      cells: 3_000_000,
      limit: 10_000_000,
      perYear: 1_500_000,
      yearsLeft: 4.7,
      at: '2026-11-23T02:00:00.000Z',
    });
    expect(lock.runs).toBe(1);
    w.now.t = new Date('2026-11-23T16:59:00Z');
    expect(upkeep(w.deps, index(true)).measured).toBe(false);
    expect(space.measures).toBe(1);
    w.now.t = new Date('2026-11-23T17:00:00Z');
    expect(upkeep(w.deps, index(true)).measured).toBe(true);
    expect(space.measures).toBe(2);
    expect(space.last?.at).toBe('2026-11-23T17:00:00.000Z');
  });
});
