/**
 * Issue #17: a Riwayat of 120,000 rows (five years of a busy office) must not make opening a
 * request or acting on it slower. Each request's rows are found from the trail on its Register row,
 * so what is read from Riwayat is bounded by that request's own rows, never by the sheet.
 */
import { chain, GENESIS_HASH, historyRecord, type HistoryRecord } from '../../src/core/history';
import { historyRows, HEAD_PROPERTY } from '../../src/io/history-store';
import { sha256 } from '../app/fakes';
import { validAnswers } from '../fixtures/answers';
import { BANDUNG_TO_MEETING, checkHistory, e2eWorld, ok, walkSteps, type E2E } from './world';

const ID = 'VC-2026-0001';
const OLD_ROWS = 120_000;
const WIDTH = 14;

/** `n` history rows of earlier years' requests (24 each, as a Bandung walk writes), chained. */
function olderHistory(n: number): HistoryRecord[] {
  const drafts = Array.from({ length: n }, (_, i) =>
    historyRecord({
      at: new Date(Date.UTC(2021, 0, 1) + i * 20 * 60_000).toISOString(),
      requestId: `VC-${2021 + Math.floor(i / 24 / 1000)}-${String(1 + (Math.floor(i / 24) % 1000)).padStart(4, '0')}`,
      kind: 'aksi',
      action: 'disposisi',
      actorEmail: 'kadis@kominfo.go.id',
      actorLabel: 'Kepala Dinas',
    }),
  );
  return chain(drafts, GENESIS_HASH, sha256);
}

/** Writes `records` into Riwayat in blocks, as the office account, and anchors the chain at its end. */
function fillRiwayat(e: E2E, records: HistoryRecord[]): void {
  const book = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const sheet = book.getSheetByName('Riwayat')!;
  const rows = historyRows(records);
  sheet.insertRowsAfter(sheet.getMaxRows(), rows.length);
  for (let i = 0; i < rows.length; i += 20_000) {
    const part = rows.slice(i, i + 20_000);
    sheet.getRange(2 + i, 1, part.length, WIDTH).setValues(part);
  }
  e.engineProps().setProperty(HEAD_PROPERTY, `${rows.length + 1}:${records[records.length - 1].hash}`);
}

/** Cells read from Riwayat, and the largest single read, while `fn` runs. */
function riwayatReads(e: E2E, fn: () => void): { cells: number; largest: number } {
  e.ws.trace.start();
  fn();
  const reads = e.ws.trace.stop().filter((t) => t.sheet === 'Riwayat' && t.read > 0);
  return { cells: reads.reduce((n, t) => n + t.read, 0), largest: Math.max(0, ...reads.map((t) => t.read)) };
}

describe('Riwayat with 120,000 rows', () => {
  const e = e2eWorld('000-bandung');
  fillRiwayat(e, olderHistory(OLD_ROWS));
  e.submit(validAnswers());
  walkSteps(e, ID, BANDUNG_TO_MEETING);
  const own = e.sheet('Riwayat').filter((r) => r[1] === ID).length;

  it('holds the old rows and the new request after them', () => {
    expect(e.sheet('Riwayat').length - 1).toBe(OLD_ROWS + own);
    expect(own).toBeGreaterThanOrEqual(BANDUNG_TO_MEETING.length + 1);
  });

  it("opening the request reads only the request's own rows", () => {
    e.as('operator@kominfo.go.id');
    let timeline = 0;
    const read = riwayatReads(e, () => {
      timeline = ok(e.detail(ID)).timeline.length;
    });
    expect(timeline).toBe(own);
    expect(read.cells).toBeGreaterThan(0);
    expect(read.cells).toBeLessThanOrEqual((own + 2) * WIDTH);
  });

  it('a step reads its own rows and the anchor neighbourhood, never the sheet', () => {
    e.as('operator@kominfo.go.id');
    const read = riwayatReads(e, () => ok(e.act(ID, 'kirim_tautan')));
    expect(read.largest).toBeLessThanOrEqual((own + 4) * WIDTH);
    expect(read.cells).toBeLessThan(2 * (own + 4) * WIDTH);
  });

  it('the chain over all 120,000 rows and the new ones is still intact', () => {
    expect(checkHistory(e)).toMatch(/Riwayat utuh/);
  });
});
