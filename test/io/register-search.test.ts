/** The Register's two intake questions on the stand-in: where a reference is, and a column from a row down. */
import { columnFrom, rowOfRef } from '../../src/io/register-search';
import { gas } from '../standin/helpers';

function register(): GoogleAppsScript.Spreadsheet.Sheet {
  const s = gas().sheet();
  s.getRange('A1:B6').setValues([
    ['Nomor', 'Ref Respons'],
    ['VC-2025-0001', '2_abc'],
    ['VC-2025-0002', '2_ABC'],
    ['VC-2026-0001', '2_abcd'],
    ['', ''],
    ['VC-2026-0002', '2_abc'],
  ]);
  return s;
}

describe('rowOfRef', () => {
  it('finds the first row holding exactly the reference, in any year, case and whole cell', () => {
    const s = register();
    expect(rowOfRef(s, 2, '2_abc')).toBe(2);
    expect(rowOfRef(s, 2, '2_ABC')).toBe(3);
    expect(rowOfRef(s, 2, '2_abcd')).toBe(4);
    expect(rowOfRef(s, 2, '2_ab')).toBeNull();
    expect(rowOfRef(s, 2, 'Ref Respons')).toBeNull(); // the header is not searched
    expect(rowOfRef(s, 1, '2_abc')).toBeNull(); // only its column
  });

  it('an empty reference is no reference (nothing searched)', () => {
    expect(rowOfRef(register(), 2, '')).toBeNull();
  });
});

describe('columnFrom', () => {
  it('reads from a row to the sheet edge, trimmed, cut after the last value', () => {
    const s = register();
    expect(columnFrom(s, 1, 4)).toEqual(['VC-2026-0001', '', 'VC-2026-0002']);
    expect(columnFrom(s, 1, 7)).toEqual([]);
  });

  it('is null for a row past the sheet end (a stale index)', () => {
    const s = register();
    expect(columnFrom(s, 1, s.getMaxRows() + 5)).toBeNull();
  });
});
