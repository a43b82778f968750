/**
 * The office's working calendar as its settings describe it (Pengaturan: working days, service
 * hours, the holidays it lists and those copied from Google's holiday calendar).
 */
import type { Settings } from './settings';
import { workCalendar, type WorkCalendar } from './working-time';

/** The office's working calendar from its settings: working days and hours (07:30–16:00 when they make no sense), every holiday it knows. */
export function calendarOf(s: Settings): WorkCalendar {
  const hoursOk = s.officeHoursEnd > s.officeHoursStart;
  return workCalendar({
    zone: s.timeZone,
    days: s.workDays,
    start: hoursOk ? s.officeHoursStart : '07:30',
    end: hoursOk ? s.officeHoursEnd : '16:00',
    holidays: [...s.holidays, ...s.calendarHolidays],
  });
}
