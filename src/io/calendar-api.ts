/**
 * The advanced Calendar service (API v3), which the engine uses for every event it reads or
 * writes: one call lists a window of events as plain data, one call makes, moves or removes one.
 * A reservation is tagged with its request (a private extended property, which CalendarApp's
 * setTag also writes) and marked `[VC-…]` in its description for the people reading the calendar.
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

/** The tag stored (as a private extended property, which CalendarApp's setTag also writes) on every reservation. */
export const REQUEST_TAG = 'vicon_request';
const MARKER = /\[(VC-[^\]\s]+)\]/;
/** The most events one list call returns (the API's own ceiling). */
const PAGE = 2500;

type Schema = GoogleAppsScript.Calendar.Schema.Event;

/** An event as listed: its times as instants (an all-day event from midnight to midnight in its calendar's zone). */
export interface Listed {
  id: string;
  title: string;
  description: string;
  requestId: string;
  start: Date;
  end: Date;
}

/** The request an event belongs to: its tag, else a `[VC-…]` marker in the description, else ''. */
function requestIdOf(ev: Schema): string {
  const tag = ev.extendedProperties?.private?.[REQUEST_TAG];
  if (tag) return tag;
  return MARKER.exec(ev.description ?? '')?.[1] ?? '';
}

/** `description` ending with the `[requestId]` marker exactly once. */
export function withMarker(description: string, requestId: string): string {
  const marker = `[${requestId}]`;
  const text = description.trim();
  if (text.includes(marker)) return text;
  return text === '' ? marker : `${text}\n\n${marker}`;
}

/** A start or end as an instant: `dateTime`, or a `date` (all-day) at midnight in `zone`. */
function instantOf(t: GoogleAppsScript.Calendar.Schema.EventDateTime | undefined, zone: string): Date {
  if (t?.dateTime) return new Date(t.dateTime);
  const date = String(t?.date ?? '');
  const noon = new Date(`${date}T12:00:00Z`);
  return new Date(`${date}T00:00:00${Utilities.formatDate(noon, zone, 'XXX').replace(/^Z$/, '+00:00')}`);
}

function listed(ev: Schema, zone: string): Listed {
  return {
    id: String(ev.id ?? ''),
    title: String(ev.summary ?? ''),
    description: String(ev.description ?? ''),
    requestId: requestIdOf(ev),
    start: instantOf(ev.start, zone),
    end: instantOf(ev.end, zone),
  };
}

/** Every live event of calendar `calendarId` overlapping [start, end), in pages of the API's maximum (its errors as thrown). */
export function listEvents(calendarId: string, start: Date, end: Date): Listed[] {
  const out: Listed[] = [];
  let pageToken: string | undefined;
  do {
    const page = calendarEvents().list(calendarId, {
      timeMin: start.toISOString(),
      timeMax: end.toISOString(),
      singleEvents: true,
      orderBy: 'startTime',
      maxResults: PAGE,
      ...(pageToken ? { pageToken } : {}),
    });
    const zone = page.timeZone ?? 'UTC';
    for (const ev of page.items ?? []) if (ev.status !== 'cancelled') out.push(listed(ev, zone));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return out;
}
