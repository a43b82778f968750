import { countsOf, outcomesOf, scheduleOf } from '../../../src/core/recap/workload';
import type { VcRequest } from '../../../src/core/request';
import { MINI, moved, onStep } from './fixtures';

// A fresh copy of the preset for each call: outcomesOf caches a preset's shape, and a
// cached shape would hide from later tests what the first call computed.
const outcomes = (r: VcRequest, records = [moved('cek', 'putus')]) => [...outcomesOf(r, { ...MINI }, records)].sort();

describe('scheduleOf', () => {
  it('orders meetings by date, then start time, then number, whatever the input order', () => {
    const meetings = [
      onStep('VC-0', 'laksana', { eventDate: '2026-03-21', startTime: '08:00' }),
      onStep('VC-1', 'laksana', { eventDate: '2026-03-20', startTime: '13:00' }),
      onStep('VC-3', 'laksana', { eventDate: '2026-03-20', startTime: '09:00' }),
      onStep('VC-2', 'laksana', { eventDate: '2026-03-20', startTime: '09:00' }),
      onStep('VC-9', 'laksana', { eventDate: '2026-03-19', startTime: '15:00' }),
    ];
    const order = (list: VcRequest[]) =>
      scheduleOf(list, (r) => r.eventDate).map((r) => `${r.date} ${r.start} ${r.id}`);
    const expected = [
      '2026-03-19 15:00 VC-9',
      '2026-03-20 09:00 VC-2',
      '2026-03-20 09:00 VC-3',
      '2026-03-20 13:00 VC-1',
      '2026-03-21 08:00 VC-0',
    ];
    expect(order(meetings)).toEqual(expected);
    expect(order([...meetings].reverse())).toEqual(expected);
  });

  it('shows the platform by name, and nothing while it is not chosen', () => {
    const rows = scheduleOf(
      [onStep('VC-1', 'cek', { platform: '' }), onStep('VC-2', 'cek', { platform: 'zoom' })],
      () => 'd',
    );
    expect(rows.map((r) => r.platform)).toEqual(['', 'Zoom']);
  });
});

describe('outcomesOf', () => {
  it('counts a request in the cancelled step as cancelled, not rejected', () => {
    expect(outcomes(onStep('VC-1', 'dibatalkan'))).toEqual(['cancelled']);
  });

  it('counts the terminal step other than the finish as rejected, the finish as nothing', () => {
    expect(outcomes(onStep('VC-1', 'ditolak'))).toEqual(['rejected']);
    expect(outcomes(onStep('VC-1', 'selesai'))).toEqual([]);
    expect(outcomes(onStep('VC-1', 'cek'))).toEqual([]);
  });

  it('counts as returned a request in revision now, or that ever entered it', () => {
    expect(outcomes(onStep('VC-1', 'perbaikan'), [])).toEqual(['returned']);
    expect(outcomes(onStep('VC-1', 'cek'), [moved('cek', 'perbaikan'), moved('perbaikan', 'cek')])).toEqual([
      'returned',
    ]);
    expect(outcomes(onStep('VC-1', 'cek'), [])).toEqual([]);
  });

  it('counts as approved an action leaving the schedule-deciding step forwards', () => {
    const r = onStep('VC-1', 'laksana');
    expect(outcomes(r, [moved('cek', 'putus'), moved('putus', 'laksana')])).toEqual(['approved']);
    expect(outcomes(r, [moved('putus', 'laksana'), moved('cek', 'putus')])).toEqual(['approved']);
  });

  it('does not count as approved other moves out of or into the deciding step', () => {
    const r = onStep('VC-1', 'cek');
    expect(outcomes(r, [moved('putus', 'laksana', { kind: 'efek' })])).toEqual([]);
    expect(outcomes(r, [moved('cek', 'putus'), moved('laksana', 'selesai')])).toEqual([]);
    expect(outcomes(r, [moved('putus', 'ditolak')])).toEqual([]);
    expect(outcomes(r, [moved('putus', 'perbaikan')])).toEqual(['returned']);
    expect(outcomes(r, [moved('putus', 'hilang')])).toEqual([]);
  });

  it('has no outcome without a preset', () => {
    expect([...outcomesOf(onStep('VC-1', 'ditolak'), undefined, [])]).toEqual([]);
  });
});

describe('countsOf', () => {
  const row = (key: string, count: number, previous: number) => ({ key, count, previous, change: count - previous });

  it('counts the decisions in a fixed order, zero rows included', () => {
    const current = [onStep('VC-1', 'ditolak'), onStep('VC-2', 'ditolak'), onStep('VC-3', 'dibatalkan')];
    const previous = [onStep('VC-4', 'perbaikan')];
    const counts = countsOf(current, previous, (r) => outcomesOf(r, MINI, []));
    expect(counts.outcomes).toEqual([
      row('Total permohonan', 3, 1),
      row('Disetujui', 0, 0),
      row('Ditolak / jadwal penuh', 2, 0),
      row('Dikembalikan untuk perbaikan', 0, 1),
      row('Dibatalkan', 1, 0),
    ]);
  });

  it('groups blank values under "Belum ditentukan"', () => {
    const current = [
      onStep('VC-1', 'cek', { status: '  ', agency: '', host: 'Zoom 1', operator: ' ', platform: '' }),
      onStep('VC-2', 'cek', { status: 'Dicek', agency: 'Dinas Pendidikan', host: '', operator: 'op@x.go.id' }),
    ];
    const counts = countsOf(current, [], () => new Set());
    const keys = (rows: Array<{ key: string }>) => rows.map((r) => r.key).sort();
    expect(keys(counts.byStatus)).toEqual(['Belum ditentukan', 'Dicek']);
    expect(keys(counts.byOpd)).toEqual(['Belum ditentukan', 'Dinas Pendidikan']);
    expect(keys(counts.byPlatform)).toEqual(['Belum ditentukan', 'Zoom']);
    expect(keys(counts.byHost)).toEqual(['Belum ditentukan', 'Zoom 1']);
    expect(keys(counts.byOperator)).toEqual(['Belum ditentukan', 'op@x.go.id']);
  });
});
