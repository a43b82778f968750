/**
 * Seeds a register of N requests (and their history) straight into the
 * stand-in's sheets, the way months of use would leave them, in one block
 * write each, so a benchmark measures the action and not the seeding.
 */
import { createHash } from 'crypto';
import type { E2E } from '../test/e2e/world';
import { chain, GENESIS_HASH, historyRecord } from '../src/core/history';
import { emptyAssignments, type VcRequest } from '../src/core/request';
import { presetById } from '../src/core/sop/presets';
import { ensureRows, headerMap } from '../src/io/sheet-table';
import { REGISTER_HEADERS, requestToRow } from '../src/io/register-row';
import { HISTORY_HEADERS } from '../src/io/history-store';

const sha = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

/** A plausible request number i (1-based) of 2026. */
export function seededRequest(i: number, presetId: string): VcRequest {
  const preset = presetById(presetId)!;
  const step = preset.steps[i % 3];
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    ...emptyAssignments(),
    id: `VC-2026-${String(i).padStart(4, '0')}`,
    responseRef: `seed-${i}`,
    receivedAt: '2026-11-01T02:00:00.000Z',
    source: 'form',
    status: step.status,
    presetId,
    presetVersion: preset.version,
    stepId: step.id,
    stepSince: '2026-11-01T02:00:00.000Z',
    version: 1,
    warnings: [],
    problems: [],
    note: '',
    editUrl: '',
    pending: [],
    applicantName: `Pemohon ${i}`,
    agency: `OPD ${i % 40}`,
    position: 'Staf',
    email: `p${i}@opd.go.id`,
    phone: '6281234567890',
    letterNumber: `00${i}/OPD`,
    letterDate: '2026-10-30',
    srikandiNumber: '',
    title: `Rapat ${i}`,
    eventDate: `2026-12-${day}`,
    startTime: '09:00',
    endTime: '10:00',
    platform: 'zoom',
    participants: 50,
    needsRoom: false,
    needsOperator: true,
    needsRecording: false,
    notes: '',
  };
}

/**
 * Fill Register with `n` requests and Riwayat with `historyPerRequest` entries each, as the office
 * account (the only one who may write them); updates the chain head in the engine's properties.
 */
export function seedRegister(e: E2E, n: number, presetId: string, historyPerRequest = 1): void {
  const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  if (n === 0) return;
  const map = headerMap(REGISTER_HEADERS, REGISTER_HEADERS, 'Register');
  const requests = Array.from({ length: n }, (_, k) => seededRequest(k + 1, presetId));
  const register = book.getSheetByName('Register')!;
  ensureRows(register, 1, n + 500);
  register.getRange(2, 1, n, map.width).setValues(requests.map((r) => requestToRow(r, map, 'Asia/Jakarta')));
  const records = chain(
    requests.flatMap((r) =>
      Array.from({ length: historyPerRequest }, () =>
        historyRecord({
          at: r.receivedAt,
          requestId: r.id,
          kind: 'masuk',
          action: 'formulir diterima',
          toStep: r.stepId,
        }),
      ),
    ),
    GENESIS_HASH,
    sha,
  );
  const rows = records.map((h) =>
    HISTORY_HEADERS.map(
      (_, c) =>
        [
          new Date(h.at),
          `'${h.requestId}`,
          `'${h.kind}`,
          '',
          '',
          `'${h.action}`,
          '',
          `'${h.toStep}`,
          '',
          '',
          '',
          '',
          `'${h.prevHash}`,
          `'${h.hash}`,
        ][c],
    ),
  );
  const riwayat = book.getSheetByName('Riwayat')!;
  ensureRows(riwayat, 1, rows.length + 500);
  riwayat.getRange(2, 1, rows.length, HISTORY_HEADERS.length).setValues(rows);
  e.engineProps().setProperty('RIWAYAT_HEAD', `${rows.length + 1}:${records[records.length - 1].hash}`);
}
