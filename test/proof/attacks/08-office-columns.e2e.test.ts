/**
 * Issue #15, finding 8: the office adds its own columns to the Register (a formula, a link kept as
 * text, a code with leading zeros), at the end and between the product's columns. Every action
 * rewrote the whole row: formulas became values, '=HYPERLINK(…)' text became a live formula, '007'
 * became 7. The product writes only its own columns.
 */
import { validAnswers } from '../../fixtures/answers';
import { e2eWorld, OFFICE, stepAs, type E2E } from '../../e2e/world';
import { columnLetter } from '../../../src/io/sheet-table';

const ID = 'VC-2026-0001';

function register(e: E2E): GoogleAppsScript.Spreadsheet.Sheet {
  return (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .getActiveSpreadsheet()
    .getSheetByName('Register')!;
}

describe("finding 8: the office's own Register columns survive every action", () => {
  it('formulas stay formulas, text that looks like a formula stays text, leading zeros stay', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    const sheet = register(e);
    const title = (e.sheet('Register')[0] as string[]).indexOf('Judul Kegiatan') + 1;
    sheet.insertColumnsAfter(title, 1);
    const inner = columnLetter(title + 1);
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Register', range: `${inner}1:${inner}2` }, [
      ['Panjang Judul'],
      [`=LEN(${columnLetter(title)}2)`],
    ]);
    const width = (e.sheet('Register')[0] as string[]).filter((h) => h !== '').length;
    if (sheet.getMaxColumns() < width + 3)
      sheet.insertColumnsAfter(sheet.getMaxColumns(), width + 3 - sheet.getMaxColumns());
    const [a, b, c] = [width + 1, width + 2, width + 3].map(columnLetter);
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Register', range: `${a}1:${c}2` }, [
      ['Tautan Arsip', 'Kode Unit', 'Catatan Kantor'],
      ['\'=HYPERLINK("https://arsip.kominfo.go.id/x","arsip")', "'007", '=ROW()*2'],
    ]);
    const before = sheet.getRange(2, 1, 1, width + 3);
    const formulas = before.getFormulas()[0];
    const values = before.getValues()[0];
    stepAs(e, 'kadis', ID, 'disposisi');
    stepAs(e, 'kabid', ID, 'disposisi');
    const after = sheet.getRange(2, 1, 1, width + 3);
    const cell = (letter: string) => sheet.getRange(`${letter}2`);
    expect(cell(inner).getFormula()).toBe(`=LEN(${columnLetter(title)}2)`);
    expect(cell(a).getFormula()).toBe('');
    expect(cell(a).getValue()).toBe('=HYPERLINK("https://arsip.kominfo.go.id/x","arsip")');
    expect(cell(b).getValue()).toBe('007');
    expect(cell(c).getFormula()).toBe('=ROW()*2');
    const office = [title, width, width + 1, width + 2];
    expect(office.map((i) => after.getFormulas()[0][i])).toEqual(office.map((i) => formulas[i]));
    expect(office.map((i) => after.getValues()[0][i])).toEqual(office.map((i) => values[i]));
    expect(e.column('Status')[0]).toBe('Menunggu Penerimaan Subkoor');
  });
});
