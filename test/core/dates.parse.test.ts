import fc from 'fast-check';
import { addDays, isLocalDate, parseLocalDate, parseLocalTime } from '../../src/core/dates';
import { MONTH_NAMES, formatDate, formatLongDate } from '../../src/core/indonesian';

describe('parseLocalDate', () => {
  it.each([
    ['2026-01-05', '2026-01-05'],
    ['2026-1-5', '2026-01-05'],
    ['05/01/2026', '2026-01-05'],
    ['5/1/2026', '2026-01-05'],
    ['05-01-2026', '2026-01-05'],
    ['05.01.2026', '2026-01-05'],
    ['5 Januari 2026', '2026-01-05'],
    ['  5 januari 2026 ', '2026-01-05'],
    ['Senin, 5 Januari 2026', '2026-01-05'],
    ['17 Agustus 2026', '2026-08-17'],
    ['17 Agt 2026', '2026-08-17'],
    ['1 Des 2026', '2026-12-01'],
    ['29 Februari 2028', '2028-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['1000-01-01', '1000-01-01'],
    ['31/12/9999', '9999-12-31'],
    ['Senin 5 Januari 2026', '2026-01-05'],
    ['Senin,  5 Januari 2026', '2026-01-05'],
    ['Kamis,\t8 Januari 2026', '2026-01-08'],
    ['5  Januari  2026', '2026-01-05'],
    ['17 - Agustus - 2026', '2026-08-17'],
    ['17-Agu-2026', '2026-08-17'],
  ])('reads %p as %p', (input, expected) => {
    expect(parseLocalDate(input)).toBe(expected);
  });

  it.each([
    '2026-02-30',
    '29/02/2026',
    '29/02/1900',
    '31/04/2026',
    '00/01/2026',
    '32/01/2026',
    '5/13/2026',
    '5 Smarch 2026',
    '5 Januari',
    '2026',
    '',
    'besok',
    '05-01/2026',
    '1/1/26',
    '0999-12-31',
    '12026-01-05',
    '2026-01-123',
    '2026-01-05 09:00',
    '105/01/2026',
    '05/01/20261',
    '115 Januari 2026',
    '5 Januari 20261',
    '5 Januari 2026 pukul 09.00',
  ])('refuses %p', (input) => {
    expect(parseLocalDate(input)).toBeNull();
  });

  it('reads every month name in the display table', () => {
    MONTH_NAMES.forEach((name, i) => {
      expect(parseLocalDate(`1 ${name} 2026`)).toBe(`2026-${String(i + 1).padStart(2, '0')}-01`);
    });
  });

  it('is the inverse of formatDate and formatLongDate (property)', () => {
    const dayArb = fc.integer({ min: 0, max: 365 * 80 }).map((n) => addDays('1990-01-01', n));
    fc.assert(
      fc.property(dayArb, (date) => {
        expect(parseLocalDate(formatDate(date))).toBe(date);
        expect(parseLocalDate(formatLongDate(date))).toBe(date);
        expect(isLocalDate(date)).toBe(true);
      }),
    );
  });
});

describe('parseLocalTime', () => {
  it.each([
    ['9:00', '09:00'],
    ['09.00', '09:00'],
    ['09:00', '09:00'],
    ['9.00 WIB', '09:00'],
    ['14:30:00', '14:30'],
    ['13.15 WITA', '13:15'],
    ['07.45 WIT', '07:45'],
    ['pukul 10.00', '10:00'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
    ['9:00 AM', '09:00'],
    ['2:30 PM', '14:30'],
    ['12:00 AM', '00:00'],
    ['12:05 pm', '12:05'],
    ['  09.00  ', '09:00'],
    ['14:30:59', '14:30'],
    ['pkl 9.00', '09:00'],
    ['Pkl. 09.00 WIB', '09:00'],
    ['Pkl.09.00 WIB', '09:00'],
    ['pukul09.30', '09:30'],
    ['jam 13.00', '13:00'],
    ['1:15 PM', '13:15'],
    ['1:15 AM', '01:15'],
    ['9:00 AM WIB', '09:00'],
    ['2:30 p.m. WITA', '14:30'],
  ])('reads %p as %p', (input, expected) => {
    expect(parseLocalTime(input)).toBe(expected);
  });

  it.each([
    '24:00',
    '9:60',
    '9',
    '0900',
    'siang',
    '',
    '13:00 PM',
    '9:00:75',
    '9:00:60',
    '9:5',
    '0:30 AM',
    '00:00 PM',
    '109.00',
    'besok 9.00',
    '09.00-11.00',
    '9:005',
    '9.00 siang',
  ])('refuses %p', (input) => {
    expect(parseLocalTime(input)).toBeNull();
  });
});
