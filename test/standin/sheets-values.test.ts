import { gas } from './helpers';

describe('Range values follow Sheets typing rules', () => {
  it('parses strings like a person typing: formulas, numbers, booleans, dates', () => {
    const { sheet, ws } = gas();
    const s = sheet();
    s.getRange(1, 1, 1, 8).setValues([
      ['=SUM(A2:A3)', '0812345', '+6281234', '12.5', '1,000', 'true', '2024-05-01', '-abc'],
    ]);
    const [row] = s.getRange('A1:H1').getValues();
    expect(row.slice(0, 6)).toEqual(['#NAME?', 812345, 6281234, 12.5, 1000, true]);
    expect(row[6]).toBeInstanceOf(Date);
    expect((row[6] as Date).toISOString()).toBe('2024-04-30T17:00:00.000Z');
    expect(row[7]).toBe('#ERROR!');
    expect(s.getRange('A1:H1').getFormulas()[0]).toEqual(['=SUM(A2:A3)', '', '', '', '', '', '', '=-abc']);
    expect(ws.spreadsheet.sheetByName('Sheet1')!.formulas[0][0]).toBe('=SUM(A2:A3)');
  });

  it("keeps text verbatim in '@' cells and strips a leading apostrophe", () => {
    const { sheet } = gas();
    const s = sheet();
    s.getRange('A1:B1').setNumberFormat('@');
    s.getRange('A1:C1').setValues([['=HACK()', '0812345', "'+62 812"]]);
    expect(s.getRange('A1:C1').getValues()).toEqual([['=HACK()', '0812345', '+62 812']]);
    expect(s.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
    expect(s.getRange('A1').getNumberFormat()).toBe('@');
    expect(s.getRange('C1').getNumberFormat()).toBe('0.###############');
  });

  it('time-only text becomes a Date on 30 Dec 1899 in local mean time, like real Sheets', () => {
    const { sheet } = gas();
    sheet().getRange('A1').setValue('10:30');
    const v = sheet().getRange('A1').getValue() as Date;
    expect(v.toISOString()).toBe('1899-12-30T03:22:48.000Z');
    expect(sheet().getRange('A1').getDisplayValue()).toBe('10:30:00');
  });

  it('refuses data whose size does not match the range, with the real messages', () => {
    const s = gas().sheet();
    expect(() => s.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => s.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('refuses a text longer than a cell holds (50,000 characters) and writes nothing of that call', () => {
    const s = gas().sheet();
    const full = 'x'.repeat(50000);
    s.getRange('A1:B1').setValues([['awal', 'awal']]);
    const message = 'Your input contains more than the maximum of 50000 characters in a single cell.';
    expect(() => s.getRange('A1:B1').setValues([['baru', `${full}!`]])).toThrow(message);
    expect(() => s.getRange('A1').setValue(`${full}!`)).toThrow(message);
    expect(() => s.appendRow(['baru', `${full}!`])).toThrow(message);
    expect(s.getDataRange().getValues()).toEqual([['awal', 'awal']]);
    s.getRange('B1').setValue(full);
    expect(String(s.getRange('B1').getValue())).toHaveLength(50000);
  });

  it('returns a new Date copy on every read and stores a copy on write', () => {
    const s = gas().sheet();
    const d = new Date('2025-01-06T02:00:00Z');
    s.getRange('A1').setValue(d);
    d.setFullYear(2000);
    const a = s.getRange('A1').getValue() as Date;
    const b = s.getRange('A1').getValues()[0][0] as Date;
    expect(a).not.toBe(b);
    expect(a.toISOString()).toBe('2025-01-06T02:00:00.000Z');
    a.setFullYear(1990);
    expect((s.getRange('A1').getValue() as Date).getUTCFullYear()).toBe(2025);
  });

  it('displays values through their number format in the spreadsheet time zone', () => {
    const s = gas().sheet();
    const d = new Date('2025-01-06T02:05:09Z');
    s.getRange('A1:E1').setValues([[d, d, d, 1234.5, false]]);
    s.getRange('B1').setNumberFormat('yyyy-mm-dd');
    s.getRange('C1').setNumberFormat('dd/mm/yyyy hh:mm');
    s.getRange('D1').setNumberFormat('#,##0.00');
    expect(s.getRange('A1:E1').getDisplayValues()).toEqual([
      ['1/6/2025 9:05:09', '2025-01-06', '06/01/2025 09:05', '1,234.50', 'FALSE'],
    ]);
  });

  it('reads empty cells as "" and reports the last row and column with content', () => {
    const s = gas().sheet();
    expect(s.getLastRow()).toBe(0);
    s.getRange('C5').setValue('x');
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([5, 3]);
    expect(s.getRange('A1:B2').getValues()).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(s.getDataRange().getA1Notation()).toBe('A1:C5');
    s.getRange('C5').clearContent();
    expect(s.getLastRow()).toBe(0);
  });

  it('throws for ranges outside the sheet; appendRow and insertRowsAfter grow it', () => {
    const s = gas().sheet();
    expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => s.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => s.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    s.getRange(1000, 1).setValue('last');
    s.appendRow(['0812', '=A1']);
    expect(s.getMaxRows()).toBe(1001);
    expect(s.getRange(1001, 1, 1, 2).getValues()).toEqual([[812, '#NAME?']]);
    s.insertRowsAfter(1, 5);
    expect(s.getMaxRows()).toBe(1006);
    expect(s.getRange(1006, 1).getValue()).toBe(812);
  });

  it('deleteRows shifts values and formats up', () => {
    const s = gas().sheet();
    s.getRange('A1:A4').setValues([['a'], ['b'], ['c'], ['d']]);
    s.getRange('A4').setNumberFormat('@');
    s.deleteRows(2, 2);
    expect(s.getRange('A1:A2').getValues()).toEqual([['a'], ['d']]);
    expect(s.getRange('A2').getNumberFormat()).toBe('@');
    expect(s.getMaxRows()).toBe(998);
  });
});

describe('Sheet growth and spreadsheet ranges', () => {
  it("rows added past the end keep the column's '@' format, so appended phone numbers stay text", () => {
    const { sheet, SpreadsheetApp } = gas();
    const s = sheet();
    s.getRange('B:B').setNumberFormat('@');
    s.getRange(1000, 1).setValue('x');
    s.appendRow(['y', '0812345']);
    expect(s.getRange(1001, 2).getValue()).toBe('0812345');
    expect(SpreadsheetApp.getActive().getRange("'Sheet1'!B1001").getValue()).toBe('0812345');
  });
});

describe('Range.sort', () => {
  it('orders rows by a column, numbers before text and blanks last, formulas moving with their rows', () => {
    const { sheet } = gas();
    const s = sheet();
    s.getRange('A1:B4').setValues([
      ['b', 2],
      ['', 9],
      [3, '=1+1'],
      ['a', 1],
    ]);
    s.getRange('A1:B4').sort(1);
    expect(s.getRange('A1:A4').getValues().flat()).toEqual([3, 'a', 'b', '']);
    expect(s.getRange('B1').getFormula()).toBe('=1+1');
    s.getRange('A1:B4').sort({ column: 2, ascending: false });
    expect(s.getRange('B1').getFormula()).toBe('=1+1');
    expect(s.getRange('B2:B4').getValues().flat()).toEqual([9, 2, 1]);
  });
});

describe('inserting columns shifts what is to the right, as Sheets does', () => {
  it('values, formulas and notes right of the position move; the new columns are empty', () => {
    const { SpreadsheetApp } = gas();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.getRange('C2').setFormula('=1+1');
    sheet.getRange('B2').setNote('catatan');
    const cols = sheet.getMaxColumns();
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getMaxColumns()).toBe(cols + 2);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['a', '', '', 'b', 'c']]);
    expect(sheet.getRange('E2').getFormula()).toBe('=1+1');
    expect(sheet.getRange('D2').getNote()).toBe('catatan');
    expect(sheet.getRange('B2').getNote()).toBe('');
  });
});

describe('hidden columns, as Sheets keeps them', () => {
  it('hide and show by 1-based index; values stay readable; insertions move the hidden mark', () => {
    const { SpreadsheetApp } = gas();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1')!;
    sheet.getRange('A1:D1').setValues([['a', 'b', 'c', 'd']]);
    sheet.hideColumns(2);
    sheet.hideColumns(3, 2);
    expect([1, 2, 3, 4].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true, true, true]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['a', 'b', 'c', 'd']]);
    sheet.showColumns(3);
    sheet.insertColumnsAfter(1, 1);
    expect([1, 2, 3, 4, 5].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, false, true, false, true]);
    expect(() => sheet.hideColumns(sheet.getMaxColumns() + 1)).toThrow('Those columns are out of bounds.');
  });
});
