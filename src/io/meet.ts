/**
 * How we talk to Google Meet: a Meet link is the conference of a Calendar event
 * made with the advanced Calendar service (`conferenceData.createRequest`,
 * `conferenceDataVersion: 1`). Idempotent: the event ID and the createRequest ID
 * are both derived from the request number, so a retry finds the same event and
 * the same link instead of making a second meeting.
 */
import { calendarEvents as events, isNotFound, REQUEST_TAG } from './calendar-api';

export type MeetResult =
  { status: 'ready'; joinUrl: string; meetingId: string } | { status: 'pending'; eventId: string };

type EventResource = GoogleAppsScript.Calendar.Schema.Event;

const CONFERENCE_V1 = { conferenceDataVersion: 1 };

/** The Calendar event ID used for `requestId`'s Meet event: 'vicon' + hex of the ID (base32hex-safe). */
export function meetEventId(requestId: string): string {
  const hex = encodeURIComponent(requestId).replace(
    /%([0-9A-F]{2})|([\s\S])/gi,
    (_, escaped: string | undefined, ch: string) =>
      (escaped ?? ch.charCodeAt(0).toString(16).padStart(2, '0')).toLowerCase(),
  );
  return `vicon${hex}`;
}

/** The conference createRequest ID for `requestId` (same request → same conference). */
export function meetRequestId(requestId: string): string {
  return `vicon-${requestId}`;
}

function getOrNull(calendarId: string, eventId: string): EventResource | null {
  try {
    return events().get(calendarId, eventId);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

function toResult(ev: EventResource, requestId: string): MeetResult {
  const data = ev.conferenceData;
  const code = data?.createRequest?.status?.statusCode;
  if (code === 'failure') {
    throw new Error(
      `Google Meet gagal membuat tautan untuk ${requestId}. Coba lagi beberapa saat lagi, atau gunakan Zoom.`,
    );
  }
  const video = data?.entryPoints?.find((p) => p.entryPointType === 'video')?.uri ?? ev.hangoutLink;
  if (code === 'pending' || !video) return { status: 'pending', eventId: ev.id ?? '' };
  return { status: 'ready', joinUrl: video, meetingId: data?.conferenceId ?? video.replace(/^.*\//, '') };
}

function resource(requestId: string, title: string, start: Date, end: Date, timeZone: string): EventResource {
  return {
    summary: title,
    description: `[${requestId}]`,
    start: { dateTime: start.toISOString(), timeZone },
    end: { dateTime: end.toISOString(), timeZone },
    status: 'confirmed',
    extendedProperties: { private: { [REQUEST_TAG]: requestId } },
    conferenceData: {
      createRequest: { requestId: meetRequestId(requestId), conferenceSolutionKey: { type: 'hangoutsMeet' } },
    },
  };
}

function sameTimes(ev: EventResource, start: Date, end: Date): boolean {
  const at = (s: string | undefined) => (s ? new Date(s).getTime() : NaN);
  return at(ev.start?.dateTime) === start.getTime() && at(ev.end?.dateTime) === end.getTime();
}

function insertOrGet(calendarId: string, fresh: EventResource, eventId: string): EventResource {
  try {
    return events().insert({ ...fresh, id: eventId }, calendarId, CONFERENCE_V1);
  } catch (error) {
    const again = getOrNull(calendarId, eventId);
    if (again) return again;
    throw error;
  }
}

/**
 * Creates (or finds) the Meet meeting of `requestId` on `calendarId` for [start, end)
 * shown in `timeZone`. Ready → the join link and Meet code; pending → the event ID to
 * give `pollMeet` later. A repeat call returns the same link, moving the event when the
 * times changed and restoring it when it was deleted. Throws an Indonesian error when
 * Google reports failure or the advanced Calendar service is not enabled.
 */
export function createMeet(
  requestId: string,
  calendarId: string,
  title: string,
  start: Date,
  end: Date,
  timeZone: string,
): MeetResult {
  const eventId = meetEventId(requestId);
  const fresh = resource(requestId, title, start, end, timeZone);
  const existing = getOrNull(calendarId, eventId);
  if (!existing) return toResult(insertOrGet(calendarId, fresh, eventId), requestId);
  const alive = existing.status !== 'cancelled' && existing.conferenceData !== undefined;
  if (alive && sameTimes(existing, start, end)) return toResult(existing, requestId);
  const patch: EventResource = alive ? { start: fresh.start, end: fresh.end } : fresh;
  return toResult(events().patch(patch, calendarId, eventId, CONFERENCE_V1), requestId);
}

/** Asks again for a pending Meet conference; same result shape as createMeet. */
export function pollMeet(calendarId: string, eventId: string): MeetResult {
  const ev = events().get(calendarId, eventId);
  const requestId = ev.extendedProperties?.private?.[REQUEST_TAG] ?? eventId;
  return toResult(ev, requestId);
}
