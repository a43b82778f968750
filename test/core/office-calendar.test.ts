/** The office's working calendar from Pengaturan: its hours when they make sense, 07:30–16:00 when they do not. */
import { calendarOf } from '../../src/core/office-calendar';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const base = { ...DEFAULT_SETTINGS, timeZone: 'Asia/Makassar' as const, workDays: [1, 2, 3, 4, 5, 6] };

describe('calendarOf', () => {
  it("uses the office's own hours, days, zone and every holiday it knows", () => {
    const cal = calendarOf({
      ...base,
      officeHoursStart: '08:15',
      officeHoursEnd: '15:45',
      holidays: ['2026-03-19'],
      calendarHolidays: ['2026-03-20', '2026-03-31'],
    });
    expect(cal.zone).toBe('Asia/Makassar');
    expect(cal.days).toEqual([1, 2, 3, 4, 5, 6]);
    expect([cal.startMinute, cal.endMinute]).toEqual([8 * 60 + 15, 15 * 60 + 45]);
    expect([...cal.holidays].sort()).toEqual(['2026-03-19', '2026-03-20', '2026-03-31']);
  });

  it('falls back to 07:30-16:00 when the end is not after the start', () => {
    for (const [start, end] of [
      ['17:00', '08:00'],
      ['09:00', '09:00'],
    ]) {
      const cal = calendarOf({ ...base, officeHoursStart: start, officeHoursEnd: end });
      expect([cal.startMinute, cal.endMinute]).toEqual([7 * 60 + 30, 16 * 60]);
    }
  });
});
