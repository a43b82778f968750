/**
 * Once a working day the engine copies the public holidays of this year and the next from Google's
 * holiday calendar (Pengaturan › Kalender hari libur Google) into Pengaturan, where the panel and
 * every Mutu Baku clock read them with the office's own list. A calendar the office account cannot
 * read changes nothing: the holidays already copied and the office's list stay in force. The day
 * is marked done only once the copy is saved, so a busy lock or a failed write is tried again the
 * next hour.
 */
import { localDate, toInstant } from '../core/dates';
import type { Deps } from './ports';

/** Reading the holiday calendar, and writing what was read into Pengaturan. */
export interface HolidayPort {
  /** The holidays (local 'YYYY-MM-DD') of calendar `id` in [from, to), or null when it cannot be read. */
  read(id: string, from: Date, to: Date): string[] | null;
  /** Store the calendar's holidays in Pengaturan. */
  save(dates: string[]): void;
}

/** Script Property holding the office date of the last copy. */
const SYNCED_KEY = 'HARI_LIBUR_DISALIN';

/**
 * Copy the calendar's holidays into Pengaturan when not done today and they changed. Returns what
 * happened: 'skipped' (done today, no calendar set), 'unreadable', 'unchanged' or 'saved'.
 */
export function syncHolidays(deps: Deps, port: HolidayPort): 'skipped' | 'unreadable' | 'unchanged' | 'saved' {
  const { settings } = deps.config.settings();
  const today = localDate(deps.clock.now(), settings.timeZone);
  if (!settings.holidayCalendarId || deps.state?.get(SYNCED_KEY) === today) return 'skipped';
  const year = Number(today.slice(0, 4));
  const from = toInstant(`${year}-01-01`, '00:00', settings.timeZone);
  const to = toInstant(`${year + 2}-01-01`, '00:00', settings.timeZone);
  const dates = port.read(settings.holidayCalendarId, from, to);
  if (dates === null) return 'unreadable';
  const changed = dates.join(',') !== settings.calendarHolidays.join(',');
  if (changed) {
    deps.lock.run(() => port.save(dates));
    deps.config.invalidate();
  }
  deps.state?.set(SYNCED_KEY, today);
  return changed ? 'saved' : 'unchanged';
}
