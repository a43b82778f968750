/**
 * The Riwayat sheet edited by hand, on the built bundle: "Periksa riwayat" names the first
 * damaged row for a deleted, inserted, reordered or rewritten row and for rows cut off the end.
 */
import { validAnswers } from '../fixtures/answers';
import { checkHistory, e2eWorld, stepAs } from './world';

const HEADERS = ['Waktu', 'Nomor Permohonan', 'Jenis', 'Email', 'Oleh', 'Aksi'];

/** A world with two requests and one step: several Riwayat rows; returns the sheet and a checker. */
function historyWorld() {
  const e = e2eWorld('000-bandung');
  e.submit(validAnswers());
  e.submit(validAnswers());
  stepAs(e, 'kadis', 'VC-2026-0001', 'disposisi');
  const sheet = (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .getActiveSpreadsheet()
    .getSheetByName('Riwayat')!;
  const check = (): string => checkHistory(e);
  expect(sheet.getRange(1, 1, 1, HEADERS.length).getValues()[0]).toEqual(HEADERS);
  expect(sheet.getLastRow()).toBeGreaterThanOrEqual(6);
  expect(check()).toMatch(/Riwayat utuh/);
  return { e, sheet, check, width: sheet.getLastColumn() };
}

describe('Periksa riwayat on a hand-edited Riwayat sheet', () => {
  it('a deleted middle row is named at the row that moved up into its place', () => {
    const { sheet, check } = historyWorld();
    sheet.deleteRow(4);
    expect(check()).toMatch(/TIDAK utuh: baris 4 — rantai terputus/);
  });

  it('a deleted first row is named at row 2', () => {
    const { sheet, check } = historyWorld();
    sheet.deleteRow(2);
    expect(check()).toMatch(/TIDAK utuh: baris 2 — rantai terputus/);
  });

  it('a copied row inserted in the middle is named', () => {
    const { sheet, check, width } = historyWorld();
    const copy = sheet.getRange(3, 1, 1, width).getValues();
    sheet.insertRowsAfter(4, 1);
    sheet.getRange(5, 1, 1, width).setValues(copy);
    expect(check()).toMatch(/TIDAK utuh: baris 5 — rantai terputus/);
  });

  it('two swapped rows are named at the first of them', () => {
    const { sheet, check, width } = historyWorld();
    const a = sheet.getRange(3, 1, 1, width).getValues();
    const b = sheet.getRange(4, 1, 1, width).getValues();
    sheet.getRange(3, 1, 1, width).setValues(b);
    sheet.getRange(4, 1, 1, width).setValues(a);
    expect(check()).toMatch(/TIDAK utuh: baris 3 — rantai terputus/);
  });

  it('a rewritten actor is named at its row', () => {
    const { sheet, check } = historyWorld();
    sheet.getRange(3, 4).setValue('orang.lain@kominfo.go.id');
    expect(check()).toMatch(/TIDAK utuh: baris 3 — isi baris diubah/);
  });

  it('rows deleted from the end are named, though what is left still chains', () => {
    const { sheet, check } = historyWorld();
    const last = sheet.getLastRow();
    sheet.deleteRows(last - 1, 2);
    expect(check()).toMatch(new RegExp(`TIDAK utuh: baris ${last - 1} — 2 baris terakhir riwayat hilang`));
  });
});
