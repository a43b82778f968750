import { complianceOf, slowestOf } from '../../../src/core/recap/mutu-baku';
import { roundTheClock } from '../../../src/core/working-time';
import { after, T0 } from '../sop/fixtures';
import { MINI, moved, onStep } from './fixtures';

const cal = roundTheClock('Asia/Jakarta');

describe('complianceOf', () => {
  const taken = (from: string, minutesTaken: number | null, standardMinutes: number | null = null) =>
    moved(from, 'x', { minutesTaken, standardMinutes });

  it('judges each action by its own standard, else the step’s, counting a time equal to it as within', () => {
    const rows = complianceOf(
      MINI,
      [
        taken('cek', 10, 10),
        taken('cek', 11, 10),
        taken('cek', 15, 20),
        taken('cek', 9),
        { ...taken('cek', 1), kind: 'efek' },
        taken('cek', null, 10),
      ],
      cal,
    );
    expect(rows.map((r) => r.stepId)).toEqual(['cek', 'putus', 'laksana']);
    expect(rows[0]).toEqual({
      kind: 'step',
      stepId: 'cek',
      label: 'Cek berkas',
      standardMinutes: 10,
      count: 4,
      medianMinutes: 10.5,
      p90Minutes: 15,
      withinShare: 3 / 4,
    });
  });

  it('judges a step without a standard only by the standards its actions carried', () => {
    const [, putus, laksana] = complianceOf(MINI, [taken('putus', 20, 30), taken('putus', 50)], cal);
    expect(putus).toMatchObject({ standardMinutes: null, count: 2, medianMinutes: 35, withinShare: 1 });
    const [, alone] = complianceOf(MINI, [taken('putus', 50)], cal);
    expect(alone).toMatchObject({ count: 1, medianMinutes: 50, withinShare: null });
    expect(laksana).toMatchObject({ count: 0, medianMinutes: null, p90Minutes: null, withinShare: null });
  });

  it('counts nothing for a step whose actions all ran over', () => {
    const [cek] = complianceOf(MINI, [taken('cek', 12), taken('cek', 30, 20)], cal);
    expect(cek).toMatchObject({ count: 2, withinShare: 0 });
  });
});

describe('slowestOf', () => {
  const now = after(T0, 100);
  const at = (id: string, stepId: string, sinceMinutes: number, presetId = MINI.id) =>
    onStep(id, stepId, { presetId, stepSince: after(T0, sinceMinutes).toISOString() });
  const requests = [
    at('VC-F', 'putus', 50),
    at('VC-G', 'cek', 95),
    at('VC-H', 'cek', 0, 'lain'),
    at('VC-D', 'putus', 0),
    at('VC-C', 'cek', 95),
    at('VC-I', 'perbaikan', 0),
    at('VC-B', 'laksana', 0),
    { ...at('VC-J', 'cek', 0), stepSince: '' },
    at('VC-E', 'putus', 50),
    at('VC-A', 'cek', 0),
  ];

  it('lists the longest past the standard first, then steps without one by time waited, then by number', () => {
    const items = slowestOf(requests, MINI, now, cal);
    expect(items.map((i) => [i.id, i.stepId, i.minutesInStep, i.overMinutes])).toEqual([
      ['VC-A', 'cek', 100, 90],
      ['VC-B', 'laksana', 100, 40],
      ['VC-C', 'cek', 5, -5],
      ['VC-G', 'cek', 5, -5],
      ['VC-D', 'putus', 100, null],
      ['VC-E', 'putus', 50, null],
      ['VC-F', 'putus', 50, null],
    ]);
    expect(items[1]).toEqual({
      id: 'VC-B',
      title: 'Rapat Koordinasi PPDB',
      stepId: 'laksana',
      stepLabel: 'Laksanakan',
      minutesInStep: 100,
      standardMinutes: 60,
      overMinutes: 40,
    });
  });

  it('keeps only the first `limit` items', () => {
    expect(slowestOf(requests, MINI, now, cal, 2).map((i) => i.id)).toEqual(['VC-A', 'VC-B']);
  });

  it('orders equal waits by number whatever the input order', () => {
    const pair = [at('VC-2', 'putus', 50), at('VC-1', 'putus', 50)];
    expect(slowestOf(pair, MINI, now, cal).map((i) => i.id)).toEqual(['VC-1', 'VC-2']);
    expect(slowestOf([...pair].reverse(), MINI, now, cal).map((i) => i.id)).toEqual(['VC-1', 'VC-2']);
  });
});
