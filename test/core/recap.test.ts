import { computeRecap, type RecapInput } from '../../src/core/recap';
import { historyRecord, type HistoryRecord } from '../../src/core/history';
import { BANDUNG, presetById } from '../../src/core/sop/presets';
import { readSelection } from '../../src/core/recap/selector';
import { compareCounts, median, percentile } from '../../src/core/recap/stats';
import { roundTheClock } from '../../src/core/working-time';
import { act, req } from './recap/request-fixture';

const A = req('A', {
  eventDate: '2026-11-02',
  startTime: '09:00',
  endTime: '11:00',
  host: 'Zoom 1',
  room: 'Ruang A',
  operator: 'op@x.go.id',
  status: 'Selesai',
});
const B = req('B', {
  eventDate: '2026-11-02',
  startTime: '08:00',
  endTime: '09:30',
  platform: 'meet',
  room: 'Ruang A',
  agency: 'Dinas Kesehatan',
  stepId: 'pendampingan',
  status: 'Menunggu Pelaksanaan',
  stepSince: '2026-11-20T02:00:00.000Z',
});
const C = req('C', {
  eventDate: '2026-11-15',
  startTime: '13:00',
  endTime: '14:00',
  host: 'Zoom 1',
  agency: 'dinas  pendidikan ',
  stepId: 'ditolak',
  status: 'Ditolak',
});
const D = req('D', {
  eventDate: '2026-11-30',
  startTime: '10:00',
  endTime: '12:00',
  host: 'Zoom 2',
  agency: 'Bappeda',
  stepId: 'disposisi_kabid',
  status: 'Menunggu Disposisi Kepala Bidang',
  stepSince: '2026-11-23T01:00:00.000Z',
});
const E = req('E', { eventDate: '2026-10-20', startTime: '09:00', endTime: '10:00', status: 'Selesai' });
// No readable event date: counted on the day received, 01:00 WIB on 1 November (still 31 October in UTC).
const F = req('F', {
  eventDate: '',
  receivedAt: '2026-10-31T18:00:00.000Z',
  agency: 'Dinas Kesehatan',
  platform: '',
  stepId: 'perbaikan',
  status: 'Perlu Perbaikan',
});
const G = req('G', {
  eventDate: '2026-11-10',
  startTime: '09:00',
  endTime: '10:00',
  agency: 'Bappeda',
  presetId: '001-tarakan',
  stepId: 'penuh',
  status: 'Jadwal Penuh',
});

const history: HistoryRecord[] = [
  ...[2, 4, 6, 10].map((m, i) => act('A', `2026-11-0${i + 1}T03:00:00.000Z`, 'disposisi_kadis', 'disposisi_kabid', m)),
  act('A', '2026-10-15T03:00:00.000Z', 'disposisi_kadis', 'disposisi_kabid', 1000),
  act('G', '2026-11-05T03:00:00.000Z', 'disposisi_kadis', 'disposisi_kabid', 999, null),
  ...[3, 7, 1, 20, 5, 9, 2, 8, 4, 6].map((m) =>
    act('A', '2026-11-10T03:00:00.000Z', 'izin_subkoor', 'tunjuk_operator', m),
  ),
  act('B', '2026-11-11T03:00:00.000Z', 'izin_subkoor', 'tunjuk_operator', 3),
  historyRecord({
    at: '2026-11-01T03:00:00.000Z',
    requestId: 'C',
    kind: 'masuk',
    action: 'formulir diterima',
    toStep: 'perbaikan',
  }),
];

function input(over: Partial<RecapInput> = {}): RecapInput {
  return {
    requests: [A, B, C, D, E, F, G],
    history,
    preset: BANDUNG,
    presetById,
    month: { year: 2026, month: 11 },
    tz: 'Asia/Jakarta',
    opd: '',
    now: new Date('2026-11-23T02:00:00.000Z'),
    officeHours: { start: '07:30', end: '16:00' },
    resources: { hosts: ['Zoom 1', 'Zoom 2', 'Zoom 3'], rooms: ['Ruang A', 'Ruang B'] },
    cal: roundTheClock('Asia/Jakarta'),
    ...over,
  };
}

describe('statistics', () => {
  it('median is the middle value, or the mean of the two middle ones', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 6, 4])).toBe(5);
    expect(median([])).toBeNull();
  });
  it('p90 by nearest rank: the ceil(0.9·n)-th smallest', () => {
    expect(percentile([3, 7, 1, 20, 5, 9, 2, 8, 4, 6], 90)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    expect(percentile([42], 90)).toBe(42);
  });
  it('compares counts case- and space-insensitively, busiest first', () => {
    expect(compareCounts(['b', 'A', 'a ', 'c'], ['c', 'c', 'a'])).toEqual([
      { key: 'A', count: 2, previous: 1, change: 1 },
      { key: 'c', count: 1, previous: 2, change: -1 },
      { key: 'b', count: 1, previous: 0, change: 1 },
    ]);
  });
});

describe('computeRecap', () => {
  // Computed inside each test, not once in the describe body: a mutation tool activates its mutant per test.
  let recap: ReturnType<typeof computeRecap>;
  beforeEach(() => {
    recap = computeRecap(input());
  });

  it('lists the month by date and time, including a request counted by its office-local received date', () => {
    expect(recap.schedule.map((s) => s.id)).toEqual(['F', 'B', 'A', 'G', 'C', 'D']);
    expect(recap.schedule[2]).toMatchObject({
      date: '2026-11-02',
      start: '09:00',
      end: '11:00',
      platform: 'Zoom',
      host: 'Zoom 1',
      room: 'Ruang A',
      operator: 'op@x.go.id',
    });
    expect(computeRecap(input({ tz: 'Asia/Makassar', requests: [F] })).schedule.map((s) => s.id)).toEqual(['F']);
    expect(computeRecap(input({ month: { year: 2026, month: 10 } })).schedule.map((s) => s.id)).toEqual(['E']);
  });

  it('counts by OPD and decisions against the month before', () => {
    expect(recap.counts.byOpd).toEqual([
      { key: 'Dinas Pendidikan', count: 2, previous: 1, change: 1 },
      { key: 'Bappeda', count: 2, previous: 0, change: 2 },
      { key: 'Dinas Kesehatan', count: 2, previous: 0, change: 2 },
    ]);
    expect(recap.counts.outcomes.map((o) => [o.key, o.count, o.previous])).toEqual([
      ['Total permohonan', 6, 1],
      ['Disetujui', 2, 0],
      ['Ditolak / jadwal penuh', 2, 0],
      ['Dikembalikan untuk perbaikan', 2, 0],
      ['Dibatalkan', 0, 0],
    ]);
    expect(recap.counts.byPlatform.map((r) => [r.key, r.count])).toEqual([
      ['Zoom', 4],
      ['Belum ditentukan', 1],
      ['Google Meet', 1],
    ]);
    expect(recap.counts.byHost.find((r) => r.key === 'Zoom 1')).toEqual({
      key: 'Zoom 1',
      count: 2,
      previous: 0,
      change: 2,
    });
  });

  it('reports Mutu Baku per step over the month’s actions on the active preset only', () => {
    const kadis = recap.compliance.find((c) => c.stepId === 'disposisi_kadis')!;
    // Minutes 2, 4, 6, 10 (October's 1000 and Tarakan's 999 left out): median (4+6)/2, p90 = 4th of 4, 2 of 4 within 5.
    expect(kadis).toMatchObject({ count: 4, medianMinutes: 5, p90Minutes: 10, withinShare: 0.5, standardMinutes: 5 });
    const izin = recap.compliance.find((c) => c.stepId === 'izin_subkoor')!;
    // 1..9 and 20 from A plus B's 3: sorted 1,2,3,3,4,5,6,7,8,9,20 → median 5, p90 = 10th = 9, within 5: 6 of 11.
    expect(izin).toMatchObject({ count: 11, medianMinutes: 5, p90Minutes: 9, withinShare: 6 / 11 });
    expect(recap.compliance.find((c) => c.stepId === 'pendampingan')).toMatchObject({
      count: 0,
      medianMinutes: null,
      withinShare: null,
    });
    expect(recap.compliance.map((c) => c.stepId)).not.toContain('perbaikan');
  });

  it('buckets actions in the office zone: 23:30 WIB on 30 November is 00:30 WITA on 1 December', () => {
    const late = [act('A', '2026-11-30T16:30:00.000Z', 'disposisi_kadis', 'disposisi_kabid', 3)];
    expect(computeRecap(input({ history: late })).compliance[0].count).toBe(1);
    expect(computeRecap(input({ history: late, tz: 'Asia/Makassar' })).compliance[0].count).toBe(0);
  });

  it('lists open items longest past their standard first, then those without a standard', () => {
    expect(recap.slowest.map((s) => [s.id, s.minutesInStep, s.overMinutes])).toEqual([
      ['D', 60, 55],
      ['B', 4320, null],
    ]);
  });

  it('sums booked hours per host and room, leaving out rejected and returned requests', () => {
    const cap = 21 * 8.5;
    expect(recap.utilisation.map((u) => [u.kind, u.name, u.hours])).toEqual([
      ['host', 'Zoom 1', 2],
      ['host', 'Zoom 2', 2],
      ['host', 'Zoom 3', 0],
      ['room', 'Ruang A', 3.5],
      ['room', 'Ruang B', 0],
    ]);
    expect(recap.utilisation[3]).toMatchObject({ capacityHours: cap, share: 3.5 / cap });
  });

  it('counts requests per ISO week; a Sunday belongs to the week before', () => {
    expect(recap.weeks.map((w) => [w.week, w.count])).toEqual([
      [44, 1],
      [45, 2],
      [46, 2],
      [47, 0],
      [48, 0],
      [49, 1],
    ]);
  });

  it('filters by OPD without regard to case or spacing', () => {
    // C is typed 'dinas  pendidikan ': the same OPD, as the count table groups it.
    const only = computeRecap(input({ opd: 'DINAS PENDIDIKAN' }));
    expect(only.schedule.map((s) => s.id)).toEqual(['A', 'C']);
    expect(only.counts.outcomes[0]).toMatchObject({ count: 2, previous: 1, change: 1 });
    expect(only.slowest).toEqual([]);
  });
});

describe('readSelection', () => {
  it('reads month numbers, names and years, defaulting to today', () => {
    expect(readSelection({ month: 3, year: 2025, opd: 'Semua' }, '2026-11-23')).toEqual({
      month: { year: 2025, month: 3 },
      opd: '',
      problems: [],
    });
    expect(readSelection({ month: 'des', year: '', opd: ' Bappeda ' }, '2026-11-23')).toEqual({
      month: { year: 2026, month: 12 },
      opd: 'Bappeda',
      problems: [],
    });
    expect(readSelection({ month: '', year: null, opd: '' }, '2026-11-23').month).toEqual({ year: 2026, month: 11 });
  });
  it('names a cell it cannot read and uses the default', () => {
    const s = readSelection({ month: 'Smarch', year: 26, opd: '' }, '2026-11-23');
    expect(s.month).toEqual({ year: 2026, month: 11 });
    expect(s.problems).toEqual([expect.stringContaining('Bulan "Smarch"'), expect.stringContaining('Tahun "26"')]);
  });
});
