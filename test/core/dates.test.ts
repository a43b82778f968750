import fc from 'fast-check';
import {
  OFFICE_ZONES,
  addDays,
  daysBetween,
  isLocalDate,
  isOfficeZone,
  isoWeekStart,
  localDate,
  localTime,
  minutesBetween,
  minutesToTime,
  parseLocalDate,
  parseLocalTime,
  timeToMinutes,
  toInstant,
  weekdayIndex,
  zoneAbbrev,
  zoneOffsetMinutes,
} from '../../src/core/dates';
import {
  DAY_NAMES,
  MONTH_NAMES,
  formatDate,
  formatDateTime,
  formatLongDate,
  formatTimeRange,
  monthYearLabel,
  romanMonth,
} from '../../src/core/indonesian';

describe('zones', () => {
  it('knows the four office zones, their offsets and abbreviations', () => {
    expect(OFFICE_ZONES.map(zoneOffsetMinutes)).toEqual([420, 420, 480, 540]);
    expect(OFFICE_ZONES.map(zoneAbbrev)).toEqual(['WIB', 'WIB', 'WITA', 'WIT']);
    expect(isOfficeZone('Asia/Makassar')).toBe(true);
    expect(isOfficeZone('Asia/Singapore')).toBe(false);
    expect(isOfficeZone('asia/jakarta')).toBe(false);
  });
});

describe('toInstant / localDate / localTime', () => {
  it('converts local wall time to the right UTC instant in each zone', () => {
    expect(toInstant('2026-01-05', '09:00', 'Asia/Jakarta').toISOString()).toBe('2026-01-05T02:00:00.000Z');
    expect(toInstant('2026-01-05', '09:00', 'Asia/Pontianak').toISOString()).toBe('2026-01-05T02:00:00.000Z');
    expect(toInstant('2026-01-05', '09:00', 'Asia/Makassar').toISOString()).toBe('2026-01-05T01:00:00.000Z');
    expect(toInstant('2026-01-05', '09:00', 'Asia/Jayapura').toISOString()).toBe('2026-01-05T00:00:00.000Z');
    expect(toInstant('2026-01-05', '07:30', 'Asia/Jayapura').toISOString()).toBe('2026-01-04T22:30:00.000Z');
  });

  it('reads the local date across midnight UTC', () => {
    const instant = new Date('2026-03-31T16:30:00Z');
    expect(localDate(instant, 'Asia/Jakarta')).toBe('2026-03-31');
    expect(localTime(instant, 'Asia/Jakarta')).toBe('23:30');
    expect(localDate(instant, 'Asia/Makassar')).toBe('2026-04-01');
    expect(localTime(instant, 'Asia/Makassar')).toBe('00:30');
    expect(localDate(instant, 'Asia/Jayapura')).toBe('2026-04-01');
    expect(localTime(instant, 'Asia/Jayapura')).toBe('01:30');
  });

  it('drops seconds in localTime', () => {
    expect(localTime(new Date('2026-01-05T02:00:59.999Z'), 'Asia/Jakarta')).toBe('09:00');
  });

  it('round-trips any minute in every zone (property)', () => {
    const minuteArb = fc.integer({ min: Date.UTC(1990, 0, 1) / 60000, max: Date.UTC(2099, 11, 31) / 60000 });
    fc.assert(
      fc.property(minuteArb, fc.constantFrom(...OFFICE_ZONES), (minute, tz) => {
        const instant = new Date(minute * 60000);
        const back = toInstant(localDate(instant, tz), localTime(instant, tz), tz);
        expect(back.getTime()).toBe(instant.getTime());
      }),
    );
  });

  it('rejects malformed or impossible input', () => {
    expect(() => toInstant('2026-02-30', '09:00', 'Asia/Jakarta')).toThrow(/Tanggal tidak valid/);
    expect(() => toInstant('05/01/2026', '09:00', 'Asia/Jakarta')).toThrow(/Tanggal tidak valid/);
    expect(() => toInstant('2026-01-05', '24:00', 'Asia/Jakarta')).toThrow(/Jam tidak valid/);
    expect(() => toInstant('2026-01-05', '9:00', 'Asia/Jakarta')).toThrow(/Jam tidak valid/);
    expect(() => localDate(new Date('nonsense'), 'Asia/Jakarta')).toThrow(RangeError);
  });
});

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
  ])('reads %p as %p', (input, expected) => {
    expect(parseLocalTime(input)).toBe(expected);
  });

  it.each(['24:00', '9:60', '9', '0900', 'siang', '', '13:00 PM', '9:00:75', '9:5'])('refuses %p', (input) => {
    expect(parseLocalTime(input)).toBeNull();
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });

  it('counts days between dates (b - a)', () => {
    expect(daysBetween('2026-01-05', '2026-01-12')).toBe(7);
    expect(daysBetween('2026-01-12', '2026-01-05')).toBe(-7);
    expect(daysBetween('2025-12-31', '2026-03-01')).toBe(60);
  });

  it('counts whole minutes, floored; null (never a throw) when a time is unreadable', () => {
    expect(minutesBetween('2026-01-05T02:00:00Z', '2026-01-05T03:30:59Z')).toBe(90);
    expect(minutesBetween(new Date('2026-01-05T02:00:30Z'), new Date('2026-01-05T02:00:00Z'))).toBe(-1);
    expect(minutesBetween('2026-01-05T02:00:00Z', '2026-01-05T02:00:59Z')).toBe(0);
    expect(minutesBetween('kemarin', '2026-01-05T02:00:00Z')).toBeNull();
    expect(minutesBetween('', new Date('2026-01-05T02:00:00Z'))).toBeNull();
    expect(minutesBetween(new Date('2026-01-05T02:00:00Z'), new Date(Number.NaN))).toBeNull();
  });

  it('knows weekdays (0 = Minggu) and the Monday of the week', () => {
    expect(weekdayIndex('2026-01-04')).toBe(0);
    expect(weekdayIndex('2026-01-05')).toBe(1);
    expect(weekdayIndex('2026-01-10')).toBe(6);
    expect(weekdayIndex('1969-12-31')).toBe(3);
    expect(isoWeekStart('2026-01-05')).toBe('2026-01-05');
    expect(isoWeekStart('2026-01-08')).toBe('2026-01-05');
    expect(isoWeekStart('2026-01-04')).toBe('2025-12-29');
    expect(isoWeekStart('2026-01-10')).toBe('2026-01-05');
  });

  it('converts times to minutes and back', () => {
    expect(timeToMinutes('09:30')).toBe(570);
    expect(minutesToTime(570)).toBe('09:30');
    expect(() => minutesToTime(1440)).toThrow(RangeError);
  });
});

describe('Indonesian formatting', () => {
  it('writes long and short dates', () => {
    expect(formatLongDate('2026-01-05')).toBe('Senin, 5 Januari 2026');
    expect(formatLongDate('2026-08-17')).toBe('Senin, 17 Agustus 2026');
    expect(formatLongDate('2026-01-09')).toBe('Jumat, 9 Januari 2026');
    expect(formatDate('2026-01-05')).toBe('5 Januari 2026');
    expect(() => formatDate('2026-02-30')).toThrow(RangeError);
    expect(DAY_NAMES).toHaveLength(7);
  });

  it('writes time ranges and instants with a dot and the zone', () => {
    expect(formatTimeRange('09:00', '11:00', 'Asia/Makassar')).toBe('09.00–11.00 WITA');
    expect(formatTimeRange('13:30', '15:00', 'Asia/Pontianak')).toBe('13.30–15.00 WIB');
    expect(formatDateTime(new Date('2026-01-05T02:00:00Z'), 'Asia/Jakarta')).toBe('5 Januari 2026 pukul 09.00 WIB');
    expect(formatDateTime(new Date('2026-01-04T22:30:00Z'), 'Asia/Jayapura')).toBe('5 Januari 2026 pukul 07.30 WIT');
  });

  it('writes Roman months and month labels', () => {
    expect([1, 4, 9, 12].map(romanMonth)).toEqual(['I', 'IV', 'IX', 'XII']);
    expect(() => romanMonth(13)).toThrow(RangeError);
    expect(monthYearLabel(2026, 1)).toBe('Januari 2026');
    expect(monthYearLabel(2026, 12)).toBe('Desember 2026');
  });
});
