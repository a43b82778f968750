import fc from 'fast-check';
import {
  OFFICE_ZONES,
  addDays,
  daysBetween,
  isOfficeZone,
  isoWeekStart,
  localDate,
  localTime,
  minutesBetween,
  minutesToTime,
  timeToMinutes,
  toInstant,
  weekdayIndex,
  zoneAbbrev,
  zoneOffsetMinutes,
} from '../../src/core/dates';
import {
  DAY_NAMES,
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

  it('says in Indonesian that an unreadable instant is no time', () => {
    expect(() => localDate(new Date('nonsense'), 'Asia/Jakarta')).toThrow(
      new RangeError('Waktu tidak valid (Invalid Date).'),
    );
    expect(() => localTime(new Date(Number.NaN), 'Asia/Jayapura')).toThrow(
      new RangeError('Waktu tidak valid (Invalid Date).'),
    );
  });

  it('always writes the year with four digits, so a mistyped year stays visibly wrong', () => {
    expect(localDate(new Date('0026-01-05T02:00:00Z'), 'Asia/Jakarta')).toBe('0026-01-05');
    expect(localDate(new Date('0999-12-31T17:00:00Z'), 'Asia/Jakarta')).toBe('1000-01-01');
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(() => addDays('2026-01-01', 0.5)).toThrow(new RangeError('Jumlah hari harus bilangan bulat: 0.5.'));
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

  it('writes every minute of one day, from midnight on, and refuses the rest in Indonesian', () => {
    expect(minutesToTime(0)).toBe('00:00');
    expect(minutesToTime(1)).toBe('00:01');
    expect(minutesToTime(1439)).toBe('23:59');
    expect(() => minutesToTime(-1)).toThrow(new RangeError('Menit di luar satu hari: -1.'));
    expect(() => minutesToTime(1440)).toThrow(new RangeError('Menit di luar satu hari: 1440.'));
    expect(() => minutesToTime(90.5)).toThrow(new RangeError('Menit di luar satu hari: 90.5.'));
    expect(() => minutesToTime(Number.NaN)).toThrow(new RangeError('Menit di luar satu hari: NaN.'));
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
