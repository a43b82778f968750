import { computeRecap, matchesOpd, type RecapInput } from '../../../src/core/recap';
import { systemNote } from '../../../src/core/history';
import { BANDUNG, presetById } from '../../../src/core/sop/presets';
import { roundTheClock } from '../../../src/core/working-time';
import { act, req } from './request-fixture';

function input(over: Partial<RecapInput>): RecapInput {
  return {
    requests: [],
    history: [],
    preset: BANDUNG,
    presetById,
    month: { year: 2026, month: 11 },
    tz: 'Asia/Jakarta',
    opd: '',
    now: new Date('2026-11-25T02:00:00.000Z'),
    officeHours: { start: '08:00', end: '16:00' },
    resources: { hosts: ['Zoom 1'], rooms: [] },
    cal: roundTheClock('Asia/Jakarta'),
    ...over,
  };
}

const rowOf = (kind: string, over: Partial<RecapInput>) =>
  computeRecap(input(over)).compliance.find((c) => c.kind === kind);

describe('computeRecap: the deadline and whole-service rows', () => {
  it('takes the actions from 00:00 WIB on the 1st up to, not including, 00:00 on the 1st of the next month', () => {
    const history = [
      act('A', '2026-10-31T16:59:00.000Z', 'disposisi_kadis', 'disposisi_kabid', 1),
      act('A', '2026-10-31T17:00:00.000Z', 'disposisi_kadis', 'disposisi_kabid', 2),
      act('A', '2026-11-30T16:59:00.000Z', 'disposisi_kadis', 'disposisi_kabid', 4),
      act('A', '2026-11-30T17:00:00.000Z', 'disposisi_kadis', 'disposisi_kabid', 8),
    ];
    expect(rowOf('step', { requests: [req('A', {})], history })).toMatchObject({ count: 2, medianMinutes: 3 });
  });

  it('times a request finished in the month over all its own actions, on the active preset only', () => {
    const finished = { stepId: 'selesai', stepSince: '2026-11-12T03:00:00.000Z' };
    const requests = [req('A', finished), req('T', { ...finished, presetId: '001-tarakan' }), req('B', finished)];
    const history = [
      act('A', '2026-11-10T02:00:00.000Z', 'disposisi_kadis', 'disposisi_kabid', 3),
      act('B', '2026-11-10T02:30:00.000Z', 'disposisi_kadis', 'disposisi_kabid', 1),
      act('A', '2026-11-10T03:00:00.000Z', 'disposisi_kabid', 'terima_subkoor', 9),
      act('T', '2026-11-10T03:00:00.000Z', 'disposisi_kadis', 'disposisi_kabid', 500),
    ];
    // A: 5 (pengajuan) + 3 + 9 = 17 against 15; B: 5 + 1 = 6 against 10. Tarakan's T is not Bandung's.
    expect(rowOf('service', { requests, history })).toMatchObject({
      count: 2,
      medianMinutes: 11.5,
      p90Minutes: 17,
      withinShare: 0.5,
    });
  });

  it('judges only the links actually sent, not notes written while the request waited for one', () => {
    const requests = [req('K', { eventDate: '2026-11-20', stepId: 'pendampingan' })];
    const history = [
      systemNote({ id: 'K', stepId: 'kirim_tautan' }, '2026-11-05T03:00:00.000Z', 'pengingat', 'Link belum dikirim'),
      act('K', '2026-11-19T18:00:00.000Z', 'kirim_tautan', 'pendampingan', 1),
    ];
    // The link went out at 01:00 WIB on the event day: late.
    expect(rowOf('deadline', { requests, history })).toMatchObject({ count: 1, withinShare: 0 });
  });
});

describe('computeRecap: booked hours', () => {
  it('books only requests still going ahead: not cancelled, rejected or back with the applicant', () => {
    const at = (id: string, stepId: string, startTime: string) =>
      req(id, { eventDate: '2026-11-16', startTime, endTime: `${startTime.slice(0, 2)}:30`, host: 'Zoom 1', stepId });
    const requests = [
      at('OK', 'pendampingan', '08:00'),
      at('BATAL', 'dibatalkan', '09:00'),
      at('TOLAK', 'ditolak', '10:00'),
      at('PERBAIKI', 'perbaikan', '11:00'),
    ];
    expect(computeRecap(input({ requests })).utilisation).toEqual([
      { kind: 'host', name: 'Zoom 1', hours: 0.5, capacityHours: 21 * 8, share: 0.5 / (21 * 8) },
    ]);
  });
});

describe('matchesOpd', () => {
  const bappeda = req('X', { agency: ' Bappeda ' });

  it('matches every request when no OPD is chosen, even a cell of spaces', () => {
    expect(matchesOpd(bappeda, '')).toBe(true);
    expect(matchesOpd(bappeda, '   ')).toBe(true);
  });

  it('ignores case and spaces around either name', () => {
    expect(matchesOpd(bappeda, 'BAPPEDA')).toBe(true);
    expect(matchesOpd(req('Y', { agency: 'Bappeda' }), ' bappeda ')).toBe(true);
    expect(matchesOpd(bappeda, 'Dinas Kesehatan')).toBe(false);
  });

  it('ignores runs of spaces inside a name, as the OPD count table does', () => {
    expect(matchesOpd(req('Z', { agency: 'dinas  pendidikan ' }), 'Dinas Pendidikan')).toBe(true);
    expect(matchesOpd(req('Z', { agency: 'Dinas Pendidikan' }), 'Dinas   Pendidikan')).toBe(true);
    expect(matchesOpd(req('Z', { agency: 'Dinas Pendidikan' }), 'DinasPendidikan')).toBe(false);
  });
});
