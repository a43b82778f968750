/**
 * Issue #15, finding 7: a number pasted into the Register by hand must not poison numbering.
 * 'VC-2026-100000000000000000000' is outside the pattern's range: new requests ignore it and keep
 * their own sequence, repaired from the Register and from the highest number the engine remembers,
 * and deleting the pasted row (or the last real one) frees no number.
 */
import { validAnswers } from '../../fixtures/answers';
import { e2eWorld, OFFICE, type E2E } from '../../e2e/world';

const numbers = (e: E2E) =>
  e
    .column('Nomor')
    .map(String)
    .filter((n) => n.startsWith('VC-'));

function register(e: E2E): GoogleAppsScript.Spreadsheet.Sheet {
  return (e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .getActiveSpreadsheet()
    .getSheetByName('Register')!;
}

describe('finding 7: a pasted Nomor does not poison numbering', () => {
  it('new requests ignore an impossible number, stay unique, and survive the row being deleted', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Register', range: 'A3' }, [['VC-2026-100000000000000000000']]);
    e.submit(validAnswers({ 'Judul kegiatan': 'Kedua' }));
    e.submit(validAnswers({ 'Judul kegiatan': 'Ketiga' }));
    expect(numbers(e)).toEqual(['VC-2026-0001', 'VC-2026-100000000000000000000', 'VC-2026-0002', 'VC-2026-0003']);
    register(e).deleteRow(3);
    e.submit(validAnswers({ 'Judul kegiatan': 'Keempat' }));
    expect(numbers(e)).toEqual(['VC-2026-0001', 'VC-2026-0002', 'VC-2026-0003', 'VC-2026-0004']);
  });

  it('a plausible number pasted far ahead of what the engine issued is ignored too', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    e.ws.acl.manualEdit(OFFICE, { sheet: 'Register', range: 'A3' }, [['VC-2026-99999']]);
    e.submit(validAnswers({ 'Judul kegiatan': 'Kedua' }));
    expect(numbers(e)).toEqual(['VC-2026-0001', 'VC-2026-99999', 'VC-2026-0002']);
  });

  it('deleting the last real row frees no number: the engine remembers the highest it issued', () => {
    const e = e2eWorld('000-bandung');
    e.submit(validAnswers());
    e.submit(validAnswers({ 'Judul kegiatan': 'Kedua' }));
    register(e).deleteRow(3);
    e.submit(validAnswers({ 'Judul kegiatan': 'Ketiga' }));
    expect(numbers(e)).toEqual(['VC-2026-0001', 'VC-2026-0003']);
  });
});
