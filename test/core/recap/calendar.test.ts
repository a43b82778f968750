import {
  countedDate,
  isoWeek,
  monthBounds,
  previousMonth,
  weekStartsOfMonth,
  workingDays,
} from '../../../src/core/recap/calendar';
import { req } from './request-fixture';

describe('calendar', () => {
  it('numbers ISO weeks across year ends', () => {
    expect(isoWeek('2027-01-01')).toEqual({ start: '2026-12-28', week: 53, weekYear: 2026 });
    expect(isoWeek('2025-12-29')).toEqual({ start: '2025-12-29', week: 1, weekYear: 2026 });
    expect(isoWeek('2026-11-01')).toEqual({ start: '2026-10-26', week: 44, weekYear: 2026 });
  });
  it('lists the weeks touching a month and its working days', () => {
    expect(weekStartsOfMonth({ year: 2026, month: 11 })).toEqual([
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
    expect(workingDays({ year: 2026, month: 11 })).toBe(21);
    expect(workingDays({ year: 2026, month: 2 })).toBe(20);
  });
  it('steps back from January to December of the year before', () => {
    expect(previousMonth({ year: 2027, month: 1 })).toEqual({ year: 2026, month: 12 });
    expect(previousMonth({ year: 2026, month: 3 })).toEqual({ year: 2026, month: 2 });
  });
  it('ends December on the 31st and February on the 28th or, in a leap year, the 29th', () => {
    expect(monthBounds({ year: 2026, month: 12 })).toEqual({ first: '2026-12-01', last: '2026-12-31' });
    expect(monthBounds({ year: 2026, month: 2 })).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(monthBounds({ year: 2028, month: 2 }).last).toBe('2028-02-29');
  });
  it('counts a request by its event date, else its office-local received date, else under no date', () => {
    const at = (eventDate: string, receivedAt: string) => req('R', { eventDate, receivedAt });
    expect(countedDate(at('2026-11-05', '2026-10-01T02:00:00.000Z'), 'Asia/Jakarta')).toBe('2026-11-05');
    expect(countedDate(at('5 Nov', '2026-10-31T18:00:00.000Z'), 'Asia/Jakarta')).toBe('2026-11-01');
    expect(countedDate(at('', 'kemarin'), 'Asia/Jakarta')).toBe('');
  });
});
