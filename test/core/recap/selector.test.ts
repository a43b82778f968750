import { readSelection, type SelectorCells } from '../../../src/core/recap/selector';

const TODAY = '2026-11-23';

/** The selection read from `cells`, the other cells left empty. */
const read = (cells: Partial<SelectorCells>) => readSelection({ month: '', year: '', opd: '', ...cells }, TODAY);

/** The month read from a Bulan cell, or the note staff see. */
function monthOf(raw: unknown): number | string {
  const s = read({ month: raw });
  return s.problems.length === 0 ? s.month.month : s.problems.join(' ');
}

/** The year read from a Tahun cell, or the note staff see. */
function yearOf(raw: unknown): number | string {
  const s = read({ year: raw });
  return s.problems.length === 0 ? s.month.year : s.problems.join(' ');
}

const badMonth = (shown: string) =>
  `Bulan "${shown}" tidak dikenali (isi 1–12 atau nama bulan); memakai bulan berjalan.`;
const badYear = (shown: string) =>
  `Tahun "${shown}" tidak dikenali (isi empat angka, mis. 2026); memakai tahun berjalan.`;

describe('readSelection: empty cells', () => {
  it('treats blank, null and missing cells as "this month, all OPD" without a note', () => {
    const expected = { month: { year: 2026, month: 11 }, opd: '', problems: [] };
    expect(readSelection({ month: null, year: null, opd: null }, TODAY)).toEqual(expected);
    expect(readSelection({ month: undefined, year: undefined, opd: undefined }, TODAY)).toEqual(expected);
    expect(readSelection({ month: '  ', year: ' ', opd: '' }, TODAY)).toEqual(expected);
  });

  it('takes the default month and year from today', () => {
    expect(readSelection({ month: null, year: null, opd: null }, '2025-02-03').month).toEqual({
      year: 2025,
      month: 2,
    });
  });
});

describe('readSelection: Bulan', () => {
  it('reads the numbers 1 to 12, typed or as numbers', () => {
    expect([1, '1', ' 01 ', 9, '10', 11, '12'].map(monthOf)).toEqual([1, 1, 1, 9, 10, 11, 12]);
  });

  it('refuses numbers outside 1–12 and anything that is not a whole number', () => {
    expect(monthOf(0)).toBe(badMonth('0'));
    expect(monthOf(13)).toBe(badMonth('13'));
    expect(monthOf(-3)).toBe(badMonth('-3'));
    expect(monthOf(2.5)).toBe(badMonth('2.5'));
    expect(monthOf('+5')).toBe(badMonth('+5'));
    expect(monthOf('012')).toBe(badMonth('012'));
  });

  it('reads a date cell as its month', () => {
    expect(monthOf('2026-03-01')).toBe(3);
    expect(monthOf('2025-12-31')).toBe(12);
  });

  it('refuses text that only contains a date', () => {
    expect(monthOf('2026-03-01 09:00')).toBe(badMonth('2026-03-01 09:00'));
    expect(monthOf('sejak 2026-03-01')).toBe(badMonth('sejak 2026-03-01'));
  });

  it('reads month names in any case, and their first three letters or more', () => {
    expect(['Januari', 'JANUARI', 'jan', 'Mei', 'mei', 'Agus', 'desember', 'Des'].map(monthOf)).toEqual([
      1, 1, 1, 5, 5, 8, 12, 12,
    ]);
  });

  it('refuses names it cannot match, and abbreviations shorter than three letters', () => {
    expect(monthOf('Ja')).toBe(badMonth('Ja'));
    expect(monthOf('Smarch')).toBe(badMonth('Smarch'));
    expect(monthOf('Januarii')).toBe(badMonth('Januarii'));
  });
});

describe('readSelection: Tahun', () => {
  it('reads four-digit years from 2000 to 2100, typed or as numbers', () => {
    expect([2000, '2001', ' 2026 ', 2099, '2100'].map(yearOf)).toEqual([2000, 2001, 2026, 2099, 2100]);
  });

  it('refuses years outside 2000–2100 and anything but four digits', () => {
    expect(yearOf(1999)).toBe(badYear('1999'));
    expect(yearOf('2101')).toBe(badYear('2101'));
    expect(yearOf(26)).toBe(badYear('26'));
    expect(yearOf(2026.5)).toBe(badYear('2026.5'));
    expect(yearOf('02026')).toBe(badYear('02026'));
    expect(yearOf('tahun 2026')).toBe(badYear('tahun 2026'));
  });

  it('notes both cells when neither can be read, and still uses today for them', () => {
    expect(readSelection({ month: 'Smarch', year: 'dua ribu', opd: '' }, TODAY)).toEqual({
      month: { year: 2026, month: 11 },
      opd: '',
      problems: [badMonth('Smarch'), badYear('dua ribu')],
    });
  });
});

describe('readSelection: OPD', () => {
  it('reads a trimmed OPD name; "Semua" in any case means every OPD', () => {
    expect(read({ opd: ' Dinas Kesehatan ' }).opd).toBe('Dinas Kesehatan');
    expect(read({ opd: 'SEMUA' }).opd).toBe('');
    expect(read({ opd: ' semua ' }).opd).toBe('');
  });
});
