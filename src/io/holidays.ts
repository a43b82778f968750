/**
 * The public holidays of Google's holiday calendar, read as the office account (CalendarApp). A
 * holiday calendar is found by id only once the account is subscribed to it, so a missing one is
 * subscribed to first; one that still cannot be read gives null (the Pengaturan list then stands
 * alone). Observances (marked days that are worked: Hari Ibu) are left out.
 */

const OBSERVANCE = /^(observance|perayaan)\b/i;
const DAY_MS = 86_400_000;

function openCalendar(id: string): GoogleAppsScript.Calendar.Calendar | null {
  const found = CalendarApp.getCalendarById(id);
  if (found) return found;
  try {
    return CalendarApp.subscribeToCalendar(id);
  } catch {
    return null;
  }
}

/** The local dates ('yyyy-MM-dd', script zone) an all-day event covers. */
function daysOf(event: GoogleAppsScript.Calendar.CalendarEvent, zone: string): string[] {
  const end = event.getAllDayEndDate().getTime();
  const out: string[] = [];
  for (let t = event.getAllDayStartDate().getTime(); t < end && out.length < 31; t += DAY_MS)
    out.push(Utilities.formatDate(new Date(t + DAY_MS / 2), zone, 'yyyy-MM-dd'));
  return out;
}

/** Holidays of calendar `id` between `from` and `to`, or null when the office account cannot read it. */
export function readHolidays(id: string, from: Date, to: Date): string[] | null {
  const calendar = openCalendar(id);
  if (!calendar) return null;
  const zone = Session.getScriptTimeZone();
  const days = calendar
    .getEvents(from, to)
    .filter((e) => e.isAllDayEvent() && !OBSERVANCE.test(e.getDescription().trim()))
    .flatMap((e) => daysOf(e, zone));
  return [...new Set(days)].sort();
}
