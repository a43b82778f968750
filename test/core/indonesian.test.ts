/**
 * Dates, times and months as an Indonesian reader writes them, and the exact refusal for a value
 * that is not one.
 */
import {
  formatDate,
  formatDateTime,
  formatLongDate,
  formatTimeRange,
  monthYearLabel,
  romanMonth,
} from '../../src/core/indonesian';

describe('dates', () => {
  it('writes a real date with its month name, and the weekday in front on request', () => {
    expect(formatDate('2026-01-05')).toBe('5 Januari 2026');
    expect(formatDate('2026-12-31')).toBe('31 Desember 2026');
    expect(formatLongDate('2026-01-05')).toBe('Senin, 5 Januari 2026');
  });

  it.each(['2026-02-30', '2026-13-01', ' 2026-01-05', '2026-01-05 ', 'x2026-01-05', '05-01-2026'])(
    'refuses "%s" and says the format to use',
    (date) => {
      expect(() => formatDate(date)).toThrow(`Tanggal tidak valid: "${date}" (gunakan format TTTT-BB-HH).`);
      expect(() => formatLongDate(date)).toThrow(RangeError);
    },
  );
});

describe('times', () => {
  it('writes a range with dots, an en dash and the zone', () => {
    expect(formatTimeRange('09:00', '11:30', 'Asia/Makassar')).toBe('09.00–11.30 WITA');
    expect(formatTimeRange('00:00', '23:59', 'Asia/Jakarta')).toBe('00.00–23.59 WIB');
  });

  it.each(['24:00', '9:00', '09:60', ' 09:00', '09:00 ', 'x09:00', '09:00x'])('refuses "%s"', (time) => {
    expect(() => formatTimeRange(time, '11:00', 'Asia/Jakarta')).toThrow(
      `Jam tidak valid: "${time}" (gunakan format JJ:MM).`,
    );
    expect(() => formatTimeRange('08:00', time, 'Asia/Jakarta')).toThrow(RangeError);
  });

  it('writes an instant in the office zone', () => {
    expect(formatDateTime(new Date('2026-01-05T01:30:00Z'), 'Asia/Jayapura')).toBe('5 Januari 2026 pukul 10.30 WIT');
  });
});

describe('months', () => {
  it('numbers a month I to XII and names it with its year', () => {
    expect(romanMonth(1)).toBe('I');
    expect(romanMonth(4)).toBe('IV');
    expect(romanMonth(12)).toBe('XII');
    expect(monthYearLabel(2026, 1)).toBe('Januari 2026');
    expect(monthYearLabel(2025, 12)).toBe('Desember 2025');
  });

  it.each([0, 13, -1, 1.5, NaN])('refuses month %p', (month) => {
    expect(() => romanMonth(month)).toThrow(`Bulan tidak valid: ${month}.`);
    expect(() => monthYearLabel(2026, month)).toThrow(`Bulan tidak valid: ${month}.`);
  });
});
