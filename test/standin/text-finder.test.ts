/**
 * TextFinder as Google's reference describes it (Class TextFinder; Range/Sheet.createTextFinder):
 * case-insensitive partial matching by default, over display values, row by row, null at the end.
 */
import { requiredScopes } from '../../dev/standin/scopes';
import { gas, thrown } from './helpers';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const a1 = (r: GoogleAppsScript.Spreadsheet.Range | null) => (r ? r.getA1Notation() : null);

function filled(): Sheet {
  const s = gas().sheet();
  s.getRange('A1:C3').setValues([
    ['Rapat Dinas', 'rapat', 'RAPAT kerja'],
    ['lain', 'x', 'Rapat'],
    ['', 'Rapat', 'y'],
  ]);
  return s;
}

describe('TextFinder', () => {
  it('matches case-insensitively and anywhere in the cell by default, row by row, then null', () => {
    const f = filled().getRange('A1:C3').createTextFinder('rapat');
    const seen = [f.findNext(), f.findNext(), f.findNext(), f.findNext(), f.findNext()].map(a1);
    expect(seen).toEqual(['A1', 'B1', 'C1', 'C2', 'B3']);
    expect(f.findNext()).toBeNull();
    expect(f.getCurrentMatch()).toBeNull();
  });

  it('matchCase and matchEntireCell narrow the matches, and chain', () => {
    const range = filled().getRange('A1:C3');
    expect(range.createTextFinder('Rapat').matchCase(true).findAll().map(a1)).toEqual(['A1', 'C2', 'B3']);
    expect(range.createTextFinder('rapat').matchEntireCell(true).findAll().map(a1)).toEqual(['B1', 'C2', 'B3']);
    const exact = range.createTextFinder('Rapat').matchCase(true).matchEntireCell(true);
    expect(exact.findAll().map(a1)).toEqual(['C2', 'B3']);
  });

  it('searches only its range; null when the text is absent', () => {
    const s = filled();
    expect(s.getRange('A2:A3').createTextFinder('rapat').findNext()).toBeNull();
    expect(s.getRange('B1:B3').createTextFinder('rapat').findAll().map(a1)).toEqual(['B1', 'B3']);
    expect(s.getRange('A1:C3').createTextFinder('zoom').findAll()).toEqual([]);
  });

  it('sees what a person sees: a number and a date as formatted, a formula by its value unless matchFormulaText', () => {
    const s = gas().sheet();
    s.getRange('A1:C1').setValues([[1234.5, new Date('2025-01-06T02:05:09Z'), '=SUM(1,2)']]);
    s.getRange('A1').setNumberFormat('#,##0.00');
    s.getRange('B1').setNumberFormat('dd/mm/yyyy');
    const row = s.getRange('A1:C1');
    expect(a1(row.createTextFinder('1,234.50').matchEntireCell(true).findNext())).toBe('A1');
    expect(row.createTextFinder('1234.5').findNext()).toBeNull();
    expect(a1(row.createTextFinder('06/01/2025').findNext())).toBe('B1');
    expect(row.createTextFinder('SUM').findNext()).toBeNull();
    expect(a1(row.createTextFinder('SUM').matchFormulaText(true).findNext())).toBe('C1');
  });

  it('findPrevious walks back from the current match; getCurrentMatch follows; startFrom skips ahead', () => {
    const range = filled().getRange('A1:C3');
    const f = range.createTextFinder('rapat');
    expect(f.findPrevious()).toBeNull();
    f.findNext();
    f.findNext();
    expect(a1(f.findNext())).toBe('C1');
    expect(a1(f.getCurrentMatch())).toBe('C1');
    expect(a1(f.findPrevious())).toBe('B1');
    expect(a1(f.findPrevious())).toBe('A1');
    expect(f.findPrevious()).toBeNull();
    const later = range.createTextFinder('rapat').startFrom(range.getSheet().getRange('C1'));
    expect(a1(later.findNext())).toBe('C2');
  });

  it('regular expressions, and diacritics ignored on request', () => {
    const s = gas().sheet();
    s.getRange('A1:A3').setValues([['VC-2026-0001'], ['VC-2026-12'], ['Sékolah']]);
    const col = s.getRange('A1:A3');
    const numbers = col.createTextFinder('VC-\\d{4}-\\d{4}').useRegularExpression(true).matchEntireCell(true);
    expect(numbers.findAll().map(a1)).toEqual(['A1']);
    expect(col.createTextFinder('sekolah').findNext()).toBeNull();
    expect(a1(col.createTextFinder('sekolah').ignoreDiacritics(true).findNext())).toBe('A3');
  });

  it("a sheet's finder searches the data range as it is at each find", () => {
    const s = filled();
    const f = s.createTextFinder('baru');
    expect(f.findNext()).toBeNull();
    s.getRange('E7').setValue('Baru');
    expect(a1(s.createTextFinder('baru').findNext())).toBe('E7');
  });

  it('refuses an empty search text', () => {
    const s = gas().sheet();
    expect(thrown(() => s.getRange('A1:A3').createTextFinder('')).message).toMatch(/findText/);
  });

  it('the trace charges each find with the cells it examined, and reads none', () => {
    const { ws, sheet } = gas();
    const s = sheet();
    s.getRange('A1:A10').setValues(Array.from({ length: 10 }, (_, i) => [`ref-${i + 1}`]));
    const f = s.getRange('A1:A10').createTextFinder('ref-4').matchEntireCell(true);
    ws.trace.start();
    f.findNext();
    f.findNext();
    s.getRange('A1:A10').createTextFinder('ref').findAll();
    const finds = ws.trace.stop().filter((e) => e.key.startsWith('TextFinder.find'));
    expect(finds.map((e) => [e.key, e.searched, e.read])).toEqual([
      ['TextFinder.findNext', 4, 0],
      ['TextFinder.findNext', 6, 0],
      ['TextFinder.findAll', 10, 0],
    ]);
    expect(finds[0].sheet).toBe('Sheet1');
  });

  it("is scope-checked like Google's reference says (createTextFinder itself documents none)", () => {
    for (const m of [
      'findNext',
      'findAll',
      'findPrevious',
      'getCurrentMatch',
      'matchCase',
      'matchEntireCell',
      'startFrom',
    ])
      expect(requiredScopes(`TextFinder.${m}`)).toEqual([
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/spreadsheets',
      ]);
    expect(requiredScopes('Range.createTextFinder')).toEqual([]);
  });
});
