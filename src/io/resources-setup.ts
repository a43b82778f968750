/** Setup of the resources' calendars, reported in Indonesian lines. */
import { ensureResourceCalendars } from './resources';

/** Create the missing resource calendars and say what was done. */
export function calendarSetupLines(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const { created, missing } = ensureResourceCalendars(ss, true);
  const lines = created.length
    ? [`Kalender dibuat untuk: ${created.join(', ')}.`]
    : ['Semua sumber daya sudah punya kalender.'];
  if (missing.length) lines.push(`Belum punya kalender: ${missing.join(', ')}.`);
  return lines;
}
