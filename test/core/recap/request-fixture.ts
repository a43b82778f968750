/** Request and history builders shared by the recap suites. */
import { historyRecord, type HistoryRecord } from '../../../src/core/history';
import { emptyAssignments, type VcRequest } from '../../../src/core/request';

/** A Bandung request finished on 1 October 2026, with `over` applied. */
export function req(id: string, over: Partial<VcRequest>): VcRequest {
  return {
    ...emptyAssignments(),
    id,
    responseRef: id,
    receivedAt: '2026-10-01T02:00:00.000Z',
    source: 'form',
    status: '',
    presetId: '000-bandung',
    presetVersion: 1,
    stepId: 'selesai',
    stepSince: '2026-10-01T02:00:00.000Z',
    version: 1,
    warnings: [],
    problems: [],
    note: '',
    editUrl: '',
    pending: [],
    applicantName: 'P',
    agency: 'Dinas Pendidikan',
    position: '',
    email: 'p@x.go.id',
    phone: '',
    letterNumber: '',
    letterDate: '',
    srikandiNumber: '',
    title: `Rapat ${id}`,
    eventDate: '',
    startTime: '',
    endTime: '',
    platform: 'zoom',
    participants: 10,
    needsRoom: false,
    needsOperator: false,
    needsRecording: false,
    notes: '',
    ...over,
  };
}

/** An 'aksi' record leaving `fromStep` for `toStep` after `minutesTaken` (standard 5 unless given). */
export const act = (
  requestId: string,
  at: string,
  fromStep: string,
  toStep: string,
  minutesTaken: number,
  standardMinutes: number | null = 5,
): HistoryRecord =>
  historyRecord({ at, requestId, kind: 'aksi', action: 'x', fromStep, toStep, minutesTaken, standardMinutes });
