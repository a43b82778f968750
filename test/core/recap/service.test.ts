import { historyRecord, type HistoryRecord } from '../../../src/core/history';
import type { VcRequest } from '../../../src/core/request';
import { deadlineRows, serviceRow, totalStandard, type ServiceInput } from '../../../src/core/recap/service';
import { BANDUNG, TANGERANG } from '../../../src/core/sop/presets';
import type { Preset } from '../../../src/core/sop/types';
import { roundTheClock } from '../../../src/core/working-time';
import { act, req } from './request-fixture';

const cal = roundTheClock('Asia/Jakarta');
// November 2026 in WIB: 1 November 00:00 WIB is 31 October 17:00 UTC.
const NOVEMBER = { start: Date.parse('2026-10-31T17:00:00.000Z'), end: Date.parse('2026-11-30T17:00:00.000Z') };

function serviceInput(
  preset: Preset,
  requests: VcRequest[],
  over: Partial<ServiceInput> & { history?: HistoryRecord[] } = {},
): ServiceInput {
  const history = over.history ?? [];
  return {
    preset,
    cal,
    actions: [],
    requests: new Map(requests.map((r) => [r.id, r])),
    historyOf: (id) => history.filter((h) => h.requestId === id),
    span: NOVEMBER,
    now: new Date('2026-11-19T17:00:00.000Z'),
    ...over,
  };
}

describe('totalStandard', () => {
  it('adds the applicant’s intake to every official step: Tangerang’s “Total 7 Menit”', () => {
    expect(totalStandard(TANGERANG, cal)).toBe(7);
    expect(totalStandard({ ...TANGERANG, intakeStandardMinutes: undefined }, cal)).toBe(4);
  });
});

describe('deadlineRows (Bandung: the link paling lambat H-1, i.e. before the event day begins)', () => {
  const link = (id: string, at: string) => act(id, at, 'kirim_tautan', 'pendampingan', 1);

  it('judges links sent in the month: before 00:00 of the event day on time, at it late', () => {
    const sent = [
      req('R1', { eventDate: '2026-11-10', stepId: 'pendampingan' }),
      req('R2', { eventDate: '2026-11-12', stepId: 'pendampingan' }),
      req('R3', { eventDate: '', stepId: 'pendampingan' }),
    ];
    const actions = [
      link('R1', '2026-11-09T16:59:00.000Z'),
      link('R2', '2026-11-11T17:00:00.000Z'),
      link('R3', '2026-11-05T03:00:00.000Z'),
      link('LAIN', '2026-11-05T03:00:00.000Z'),
      act('R1', '2026-11-09T10:00:00.000Z', 'buat_rapat', 'kirim_tautan', 1),
    ];
    expect(deadlineRows(serviceInput(BANDUNG, sent, { actions }))).toEqual([
      {
        kind: 'deadline',
        stepId: 'kirim_tautan',
        label: 'Link terkirim paling lambat H-1',
        standardMinutes: null,
        count: 2,
        medianMinutes: null,
        p90Minutes: null,
        withinShare: 0.5,
      },
    ]);
    expect(deadlineRows(serviceInput(BANDUNG, sent))[0]).toMatchObject({ count: 0, withinShare: null });
  });

  it('counts as late a link still unsent whose deadline fell in the month, up to now', () => {
    const waiting = (id: string, eventDate: string, stepId = 'kirim_tautan') => req(id, { eventDate, stepId });
    const requests = [
      waiting('W0', '2026-10-31'), // deadline in October
      waiting('W1', '2026-11-01'), // deadline exactly when November begins
      waiting('W2', '2026-11-20'), // deadline exactly now
      waiting('W3', '2026-11-25'), // deadline still ahead
      waiting('W4', '2026-11-05', 'buat_rapat'), // not at the link step
      waiting('W5', ''), // no event date, no deadline
    ];
    const sent = req('S', { eventDate: '2026-11-10', stepId: 'pendampingan' });
    const actions = [act('S', '2026-11-08T03:00:00.000Z', 'kirim_tautan', 'pendampingan', 1)];
    expect(deadlineRows(serviceInput(BANDUNG, [...requests, sent], { actions }))[0]).toMatchObject({
      count: 3,
      withinShare: 1 / 3,
    });
    // Seen in December: a deadline at 00:00 on 1 December belongs to December.
    const later = { now: new Date('2026-12-05T00:00:00.000Z') };
    const december = waiting('W6', '2026-12-01');
    expect(deadlineRows(serviceInput(BANDUNG, [requests[2], december], later))[0]).toMatchObject({
      count: 1,
      withinShare: 0,
    });
  });
});

describe('serviceRow (the whole service against the SOP’s total)', () => {
  const done = (id: string, stepSince: string, stepId = 'selesai') => req(id, { stepId, stepSince });

  it('adds the intake standard to the timed steps of each request finished in the month', () => {
    const requests = [
      done('S1', '2026-10-31T17:00:00.000Z'), // finished exactly as November begins
      done('S2', '2026-11-15T03:00:00.000Z'),
      done('S3', '2026-11-30T17:00:00.000Z'), // December
      done('S4', '2026-10-20T03:00:00.000Z'), // October
      done('S5', '2026-11-15T03:00:00.000Z', 'ditolak'),
      done('S6', '2026-11-15T03:00:00.000Z', 'disposisi_kabid'),
      done('S7', '2026-11-15T03:00:00.000Z', 'dibatalkan'),
    ];
    const history = [
      historyRecord({ at: '2026-11-01T01:00:00.000Z', requestId: 'S1', kind: 'masuk', action: 'formulir diterima' }),
      act('S1', '2026-11-01T02:00:00.000Z', 'disposisi_kadis', 'disposisi_kabid', 3),
      act('S1', '2026-11-01T03:00:00.000Z', 'disposisi_kabid', 'terima_subkoor', 9),
      act('S1', '2026-11-01T04:00:00.000Z', 'pendampingan', 'selesai', 30, null), // a step without a standard
      { ...act('S1', '2026-11-01T04:00:00.000Z', 'terima_subkoor', 'izin_subkoor', 0), minutesTaken: null },
      act('S2', '2026-11-14T02:00:00.000Z', 'disposisi_kadis', 'disposisi_kabid', 4),
      act('S2', '2026-11-14T03:00:00.000Z', 'disposisi_kabid', 'terima_subkoor', 6),
      ...['S3', 'S4', 'S5', 'S6', 'S7'].map((id) => act(id, '2026-11-10T03:00:00.000Z', 'disposisi_kadis', 'x', 1)),
    ];
    // S1: 5 + 3 + 9 = 17 against 5 + 5 + 5 = 15 (late); S2: 5 + 4 + 6 = 15 against 15 (within).
    expect(serviceRow(serviceInput(BANDUNG, requests, { history }))).toEqual({
      kind: 'service',
      stepId: '',
      label: 'Seluruh layanan (total Mutu Baku 40 menit, termasuk 5 menit pengajuan oleh pemohon)',
      standardMinutes: 40,
      count: 2,
      medianMinutes: 16,
      p90Minutes: 17,
      withinShare: 0.5,
    });
  });

  it('finishes a Tangerang request where its link is made, and names the intake only when the SOP has one', () => {
    const history = [act('T', '2026-11-02T03:00:00.000Z', 'verifikasi', 'persetujuan', 2, 2)];
    const finished = [done('T', '2026-11-02T04:00:00.000Z')];
    expect(serviceRow(serviceInput(TANGERANG, finished, { history }))).toMatchObject({
      label: 'Seluruh layanan (total Mutu Baku 7 menit, termasuk 3 menit pengajuan oleh pemohon)',
      medianMinutes: 5,
      withinShare: 1,
    });
    const noIntake = { ...TANGERANG, intakeStandardMinutes: undefined };
    expect(serviceRow(serviceInput(noIntake, finished, { history }))).toMatchObject({
      label: 'Seluruh layanan (total Mutu Baku 4 menit)',
      standardMinutes: 4,
      medianMinutes: 2,
    });
  });
});
