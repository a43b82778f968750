/**
 * Issue #15, finding 10: "Periksa riwayat" said "utuh" after the hashes were recomputed, the last
 * rows deleted, the sheet wiped, a forged row added, and after a Register edit. The chain is now
 * anchored outside the sheet (row count and last hash in the office account's Script Properties,
 * and in each day's mail to the admins), appends chain after that anchor rather than after
 * whatever the sheet ends with, and every request's Register row is checked against its history.
 * Each edit below is made by hand as the office account, the one account that may edit Riwayat.
 */
import { createHash } from 'crypto';
import { canonicalText, chain, type HistoryRecord } from '../../../src/core/history';
import { historyRows } from '../../../src/io/history-store';
import { validAnswers } from '../../fixtures/answers';
import { ADMIN, checkHistory, e2eWorld, OFFICE, stepAs, type E2E } from '../../e2e/world';

const ID = 'VC-2026-0001';
const sha = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
const WIDTH = 14;

function riwayat(e: E2E): GoogleAppsScript.Spreadsheet.Sheet {
  return (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .getActiveSpreadsheet()
    .getSheetByName('Riwayat')!;
}

function world(): E2E {
  const e = e2eWorld('000-bandung');
  e.submit(validAnswers());
  e.submit(validAnswers({ 'Judul kegiatan': 'Kedua' }));
  stepAs(e, 'kadis', ID, 'disposisi');
  stepAs(e, 'kabid', ID, 'disposisi');
  expect(checkHistory(e)).toMatch(/Riwayat utuh.*Register sesuai riwayat/s);
  return e;
}

/** Riwayat's records as the sheet holds them (the hash the chain gave each). */
function records(e: E2E): HistoryRecord[] {
  return e
    .sheet('Riwayat')
    .slice(1)
    .map((r) => ({
      at: r[0] instanceof Date ? r[0].toISOString() : String(r[0]),
      requestId: String(r[1]),
      kind: String(r[2]) as HistoryRecord['kind'],
      actorEmail: String(r[3]),
      actorLabel: String(r[4]),
      action: String(r[5]),
      fromStep: String(r[6]),
      toStep: String(r[7]),
      note: String(r[8]),
      minutesTaken: r[9] === '' ? null : Number(r[9]),
      standardMinutes: r[10] === '' ? null : Number(r[10]),
      key: String(r[11]),
      prevHash: String(r[12]),
      hash: String(r[13]),
    }));
}

/** Rewrite Riwayat by hand from `list` (chained afresh: the hashes are all correct again). */
function retype(e: E2E, list: HistoryRecord[]): void {
  const rows = historyRows(chain(list, '0'.repeat(64), sha)).map((r) =>
    r.map((v) => (v instanceof Date ? v.toISOString() : v)),
  );
  const sheet = riwayat(e);
  if (sheet.getLastRow() > 1) sheet.getRange(2, 1, sheet.getLastRow() - 1, WIDTH).clearContent();
  if (rows.length) e.ws.acl.manualEdit(OFFICE, { sheet: 'Riwayat', range: `A2:N${rows.length + 1}` }, rows);
}

describe('finding 10: Periksa riwayat reports what matters', () => {
  it('a note changed and every hash after it recomputed', () => {
    const e = world();
    const list = records(e).map((r, i) => (i === 2 ? { ...r, note: 'disetujui lisan' } : r));
    retype(e, list);
    expect(sha(canonicalText(chain(list, '0'.repeat(64), sha)[2]))).toHaveLength(64);
    expect(checkHistory(e)).toMatch(/TIDAK utuh: .*dihitung ulang/);
  });

  it('the last rows deleted, and still after the next action appends', () => {
    const e = world();
    const sheet = riwayat(e);
    sheet.deleteRows(sheet.getLastRow() - 1, 2);
    expect(checkHistory(e)).toMatch(/TIDAK utuh/);
    stepAs(e, 'subkoor', ID, 'terima');
    expect(checkHistory(e)).toMatch(/TIDAK utuh/);
  });

  it('the sheet wiped, and still after the next action appends', () => {
    const e = world();
    retype(e, []);
    expect(checkHistory(e)).toMatch(/TIDAK utuh: .*hilang/);
    stepAs(e, 'subkoor', ID, 'terima');
    expect(checkHistory(e)).toMatch(/TIDAK utuh/);
  });

  it('a forged row added at the end, correctly chained', () => {
    const e = world();
    const list = records(e);
    const forged = { ...list[list.length - 1], kind: 'aksi' as const, action: 'setujui', note: 'disetujui kadis' };
    retype(e, [...list, forged]);
    expect(checkHistory(e)).toMatch(/TIDAK utuh: .*tidak ditulis oleh Layanan Vicon/);
  });

  it('a Register row edited by hand: its step, version or status no longer what its history says', () => {
    const e = world();
    const head = e.sheet('Register')[0];
    const col = (h: string) => String.fromCharCode(65 + head.indexOf(h));
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Register', range: `${col('Status')}2` }, [['Selesai']]);
    expect(checkHistory(e)).toMatch(/Register TIDAK sesuai riwayat:\nVC-2026-0001: Status di Register "Selesai"/);
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Register', range: `${col('Status')}2` }, [['Menunggu Penerimaan Subkoor']]);
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Register', range: `${col('Versi')}3` }, [[5]]);
    expect(checkHistory(e)).toMatch(/VC-2026-0002: Versi di Register 5, riwayat mencatat 1/);
  });

  it("each day's mail to the admins carries the anchor: the row count and the last hash", () => {
    const e = world();
    const list = records(e);
    e.ws.clock.set(new Date('2026-11-24T01:30:00Z'));
    e.app.call('runHourly');
    const mails = e.ws.mail.outbox.filter((m) => /jangkar riwayat/.test(m.subject));
    const admins = e
      .sheet('Pengguna')
      .filter((r) => r[4] === 'Ya' && r[5] === 'Ya')
      .map((r) => String(r[0]));
    expect(admins).toContain(ADMIN);
    expect(mails.map((m) => [...m.to].sort())).toEqual([[...admins].sort()]);
    expect(mails[0].body).toContain(`jumlah baris Riwayat: ${list.length}`);
    expect(mails[0].body).toContain(list[list.length - 1].hash);
    e.app.call('runHourly');
    expect(e.ws.mail.outbox.filter((m) => /jangkar riwayat/.test(m.subject))).toHaveLength(1);
  });
});
