/**
 * A small SOP for the recap's unit tests: check (10 min) → decide (no standard, decides the
 * schedule) → run (60 min) → finished, with a rejection, a return for revision and a cancellation.
 */
import { historyRecord, type HistoryRecord } from '../../../src/core/history';
import type { VcRequest } from '../../../src/core/request';
import {
  act,
  cancelAction,
  cancelled,
  finished,
  fx,
  returnAction,
  revisionStep,
  step,
  terminal,
} from '../../../src/core/sop/presets/common';
import type { Preset } from '../../../src/core/sop/types';
import { makeRequest } from '../sop/fixtures';

export const MINI: Preset = {
  id: 'mini',
  version: 1,
  name: 'Uji',
  timeZone: 'Asia/Jakarta',
  minLeadDays: 1,
  roles: [{ id: 'petugas', label: 'Petugas' }],
  start: 'cek',
  revisionStep: 'perbaikan',
  requiredDocumentation: [],
  steps: [
    step('cek', 'Cek berkas', 'petugas', 10, 'Dicek', [
      act('teruskan', 'Teruskan', 'putus'),
      returnAction('kembalikan', 'Kembalikan'),
      cancelAction(),
    ]),
    step(
      'putus',
      'Putuskan jadwal',
      'petugas',
      null,
      'Diputuskan',
      [
        act('setuju', 'Setujui', 'laksana'),
        act('tolak', 'Tolak', 'ditolak', { effects: [fx('notify_applicant', { template: 'ditolak' })] }),
        returnAction('kembalikan', 'Kembalikan'),
        cancelAction(),
      ],
      true,
    ),
    step('laksana', 'Laksanakan', 'petugas', 60, 'Berjalan', [
      act('tutup', 'Tutup', 'selesai', {
        effects: [fx('close'), fx('notify_applicant', { template: 'selesai' })],
      }),
      cancelAction(),
    ]),
    revisionStep('cek'),
    terminal('ditolak', 'Ditolak', 'Ditolak', 'petugas'),
    finished('petugas'),
    cancelled('petugas'),
  ],
};

/** A request on MINI in `stepId` (the rest as makeRequest). */
export function onStep(id: string, stepId: string, over: Partial<VcRequest> = {}): VcRequest {
  return makeRequest({ id, presetId: MINI.id, presetVersion: 1, stepId, version: 1, ...over });
}

/** An action record leaving `fromStep` for `toStep`. */
export function moved(fromStep: string, toStep: string, over: Partial<HistoryRecord> = {}): HistoryRecord {
  return historyRecord({
    at: '2026-03-02T01:00:00.000Z',
    requestId: 'VC-2026-0001',
    kind: 'aksi',
    action: 'x',
    fromStep,
    toStep,
    ...over,
  });
}
