/**
 * The advanced Calendar service (API v3), which the engine uses for every event it reads or
 * writes: one call lists a window of events as plain data, one call makes, moves or removes one.
 */

/** The `Calendar.Events` collection; an Indonesian message when the advanced service is not enabled. */
export function calendarEvents(): GoogleAppsScript.Calendar.Collection.EventsCollection {
  if (typeof Calendar === 'undefined' || !Calendar?.Events) {
    throw new Error(
      'Layanan lanjutan "Google Calendar API" belum aktif di proyek Apps Script ini. Minta admin mengaktifkannya (Layanan › Calendar API), lalu coba lagi.',
    );
  }
  return Calendar.Events;
}

/** The API's error `code` (GoogleJsonResponseException.details.code), else null. */
function codeOf(error: unknown): number | null {
  return (error as { details?: { code?: number } })?.details?.code ?? null;
}

/** True when the API answered that the calendar or event does not exist (for this account). */
export function isNotFound(error: unknown): boolean {
  return codeOf(error) === 404 || /not found/i.test(String((error as Error)?.message ?? error));
}

/** True when the API answered that the event was already deleted. */
export function isGone(error: unknown): boolean {
  return codeOf(error) === 410 || /has been deleted/i.test(String((error as Error)?.message ?? error));
}
