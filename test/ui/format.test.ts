import { formatSla, formatTimeLeft } from '../../src/ui/format';

describe('formatTimeLeft', () => {
  test('time still left reads "sisa …" and is not overdue', () => {
    expect(formatTimeLeft(3)).toEqual({ text: 'sisa 3 menit', overdue: false });
  });
  test('negative minutes read "terlambat …" and are overdue', () => {
    expect(formatTimeLeft(-125)).toEqual({ text: 'terlambat 2 jam 5 menit', overdue: true });
  });
  test("the server's overdue flag wins even at zero minutes", () => {
    expect(formatTimeLeft(0, true)).toEqual({ text: 'terlambat 0 menit', overdue: true });
  });
  test('no standard time reads "tanpa batas waktu"', () => {
    expect(formatTimeLeft(null, true)).toEqual({ text: 'tanpa batas waktu', overdue: false });
  });
});

describe('formatSla', () => {
  test('within and over the standard are marked ✓ and ✗', () => {
    expect(formatSla(12, 30, true)).toBe('✓ 12 menit (baku 30 menit)');
    expect(formatSla(125, 60, false)).toBe('✗ 2 jam 5 menit (baku 1 jam)');
  });
  test('a step without a standard says so, and an unmeasured step is empty', () => {
    expect(formatSla(12, null, null)).toBe('12 menit (tanpa baku)');
    expect(formatSla(null, 30, null)).toBe('');
  });
});
