/** The working calendar's Pengaturan values as an administrator types them: working days and holiday lists. */
import { formatWorkDays, parseDateList, parseWorkDays } from '../../src/core/settings-calendar';

describe('parseWorkDays', () => {
  it('reads a range however the dash or "sampai" is typed', () => {
    for (const text of [
      'Senin–Jumat',
      'Senin — Jumat',
      'Senin - Jumat',
      'Senin -- Jumat',
      'senin sampai JUMAT',
      'Senin Sampai  Dengan Jumat',
      'Senin s/d Jumat',
      'Senin s.d. Jumat',
      'Senin s. d. Jumat',
      'Senin s.d Jumat',
      'Senin sd Jumat',
      'Senin S.D. Jumat',
    ])
      expect([text, parseWorkDays(text)]).toEqual([text, [1, 2, 3, 4, 5]]);
  });

  it('gives the days in week order (Minggu first), whatever order they were typed in', () => {
    expect(parseWorkDays('Jumat, Rabu, Senin')).toEqual([1, 3, 5]);
    expect(parseWorkDays('Sabtu, Ahad, Kamis')).toEqual([0, 4, 6]);
    expect(parseWorkDays('Kamis - Senin')).toEqual([0, 1, 4, 5, 6]);
    expect(parseWorkDays('Senin, Senin–Selasa')).toEqual([1, 2]);
  });

  it('ignores empty pieces between commas and a stray comma at the end', () => {
    expect(parseWorkDays('Senin, Selasa, Rabu,')).toEqual([1, 2, 3]);
    expect(parseWorkDays('Senin, , Rabu, ')).toEqual([1, 3]);
  });

  it('refuses what is not a day or not a single range', () => {
    for (const text of ['', ' , ', '-', 'Senin, -', 'Libur', 'Senin–Jumaat', 'Senin-Rabu-Jumat', 'Senin Selasa'])
      expect([text, parseWorkDays(text)]).toEqual([text, null]);
  });
});

describe('formatWorkDays', () => {
  it('writes the days back as Indonesian names separated by commas', () => {
    expect(formatWorkDays([1, 2, 3, 4, 5])).toBe('Senin, Selasa, Rabu, Kamis, Jumat');
    expect(formatWorkDays([0, 6])).toBe('Minggu, Sabtu');
  });
});

describe('parseDateList', () => {
  it('reads dates separated by commas, semicolons or lines, without repeats, in calendar order', () => {
    expect(parseDateList('2026-12-31; 24/12/2026\n2026-08-17, 2026-12-31')).toEqual({
      dates: ['2026-08-17', '2026-12-24', '2026-12-31'],
      unreadable: [],
    });
  });

  it('sets apart, in typed order, what is not a date', () => {
    expect(parseDateList('besok, 2026-12-25, 32/12/2026,')).toEqual({
      dates: ['2026-12-25'],
      unreadable: ['besok', '32/12/2026'],
    });
    expect(parseDateList('')).toEqual({ dates: [], unreadable: [] });
  });
});
