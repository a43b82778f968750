/**
 * The hourly run's marks on a request's row: a mark is added once, and work recorded before marks
 * existed (a history key '<id>:<mark>') counts as done, read from the request's own rows once and
 * then carried on the row.
 */
import { markDone, withMark } from '../../src/app/marks';
import { historyRecord } from '../../src/core/history';
import type { VcRequest } from '../../src/core/request';
import { makeRequest } from '../core/sop/fixtures';
import { trailHistory } from './fakes-archive';
import { world } from './fakes';

describe('withMark', () => {
  it('adds a mark after the ones already there, once, without changing the request it was given', () => {
    const r = makeRequest({ marks: ['h1'] });
    const marked = withMark(r, 'rekaman');
    expect(marked.marks).toEqual(['h1', 'rekaman']);
    expect(r.marks).toEqual(['h1']);
    expect(withMark(marked, 'rekaman')).toBe(marked);
    expect(withMark(makeRequest(), 'h1').marks).toEqual(['h1']);
  });
});

/** A Bandung request (running, its event ahead) in the Register, and its history written row by row. */
function office(request: Partial<VcRequest>, keys: Array<[string, string]>) {
  const w = world();
  const history = trailHistory();
  w.deps.history = history;
  const base = makeRequest({
    id: 'VC-2026-0001',
    stepId: 'pendampingan',
    presetId: '000-bandung',
    presetVersion: 3,
    eventDate: '2026-11-30',
  });
  w.register.rows.push({ ...base, ...request });
  for (const [requestId, key] of keys)
    history.append([historyRecord({ at: '2026-11-20T01:00:00.000Z', requestId, kind: 'sistem', action: 'x', key })]);
  return { w, history, stored: () => w.register.find('VC-2026-0001')! };
}

describe('markDone', () => {
  it('is done when the row carries the mark, without reading history or writing', () => {
    const o = office({ marks: ['rapat_berakhir', 'h1'], trail: '2' }, []);
    expect(markDone(o.w.deps, o.stored(), 'h1')).toBe(true);
    expect(o.history.reads).toEqual([]);
    expect(o.history.scans).toBe(0);
    expect(o.w.register.writes).toBe(0);
  });

  it('finds the key of work done before marks existed in the rows its trail names, and puts the mark on the row', () => {
    const o = office({ marks: ['rekaman'], trail: '2-4' }, [
      ['VC-2026-0001', ''],
      ['VC-2026-0001', 'VC-2026-0001:h1'],
      ['VC-2026-0001', 'mail:VC-2026-0001:h1'],
    ]);
    expect(markDone(o.w.deps, o.stored(), 'h1')).toBe(true);
    expect(o.history.reads).toEqual(['2-4']);
    expect(o.history.scans).toBe(0);
    expect(o.w.register.rows[0].marks).toEqual(['rekaman', 'h1']);
    expect(o.w.register.rows[0].trail).toBe('2-4');
    expect(o.w.register.closed.size).toBe(0);
    expect(o.history.records).toHaveLength(3);
    expect(markDone(o.w.deps, o.stored(), 'h1')).toBe(true);
    expect(o.history.reads).toEqual(['2-4']);
  });

  it('scans for the request when its row has no trail yet', () => {
    const o = office({}, [['VC-2026-0001', 'VC-2026-0001:rekaman']]);
    expect(markDone(o.w.deps, o.stored(), 'rekaman')).toBe(true);
    expect(o.history.scans).toBe(1);
    expect(o.w.register.rows[0].marks).toEqual(['rekaman']);
  });

  it('is not done by plain entries, another mark of the request, or the same mark of another request', () => {
    const o = office({ trail: '2-4' }, [
      ['VC-2026-0001', ''],
      ['VC-2026-0001', 'VC-2026-0001:h1'],
      ['VC-2026-0002', 'VC-2026-0001:rekaman'],
    ]);
    expect(markDone(o.w.deps, o.stored(), 'rekaman')).toBe(false);
    const empty = office({}, []);
    expect(markDone(empty.w.deps, empty.stored(), 'h1')).toBe(false);
    expect(o.w.register.writes).toBe(0);
    expect(o.w.register.rows[0].marks).toBeUndefined();
  });
});
