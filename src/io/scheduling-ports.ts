/**
 * The SchedulePort and MeetingPort over the real services: Sumber Daya +
 * CalendarApp, Zoom (UrlFetchApp) and Google Meet (advanced Calendar).
 * The inventory is read once per execution.
 */
import type { MeetingPort, SchedulePort } from '../app/ports';
import type { VcRequest } from '../core/request';
import { PermanentFailure } from '../app/failures';
import { agendaMarker, buildCreateMeetingBody, buildUpdateBody, type ZoomMeetingInput } from '../core/zoom-payload';
import { calendarGateway } from './calendar';
import { createMeet } from './meet';
import { inventoryFromRows, reservationTargets, type InventoryRead } from './resources';
import { createZoomClient, ZoomError } from './zoom';
import { toInstant, type OfficeZone } from '../core/dates';

/** A SchedulePort over Sumber Daya's rows (cached with the settings) and the resources' calendars. */
export function sheetSchedulePort(rows: () => unknown[][] | null, userEmails: () => string[]): SchedulePort {
  let read: InventoryRead | null = null;
  const inv = () => (read ??= inventoryFromRows(rows() ?? [], userEmails()));
  const gateway = calendarGateway();
  const withCalendar = (names: string[]) => {
    const known = inv().calendarIds;
    return reservationTargets(
      inv(),
      names.filter((n) => Object.keys(known).some((k) => k.toLowerCase() === n.toLowerCase())),
    );
  };
  return {
    inventory: () => inv(),
    bookingsBetween: (start, end, resources) => {
      const wanted = resources?.map((n) => n.toLowerCase());
      const names = Object.keys(inv().calendarIds).filter((k) => !wanted || wanted.includes(k.toLowerCase()));
      return gateway.bookingsBetween(reservationTargets(inv(), names), start, end);
    },
    reserve: (requestId, resource, start, end, title) => {
      for (const target of withCalendar([resource]))
        gateway.reserve(requestId, target, start, end, title, `Layanan Vicon ${requestId}`);
    },
    release: (requestId, resources, around) => gateway.release(requestId, withCalendar(resources), around),
  };
}

function zoomInput(r: VcRequest, timeZone: OfficeZone): ZoomMeetingInput {
  return {
    requestId: r.id,
    title: r.title,
    agency: r.agency,
    date: r.eventDate,
    start: r.startTime,
    end: r.endTime,
    timeZone,
    recording: r.needsRecording,
    alternativeHosts: [],
  };
}

/** The body `build` makes; a request whose date or time cannot make one fails permanently (its data must change). */
function bodyOf(build: () => Record<string, unknown>): Record<string, unknown> {
  try {
    return build();
  } catch (error) {
    throw new PermanentFailure(`Data rapat tidak dapat dikirim ke Zoom: ${(error as Error).message}`);
  }
}

/** Runs a Zoom call; a permanent ZoomError becomes the app's PermanentFailure (same message). */
function permanentAware<T>(call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (error instanceof ZoomError && error.permanent) throw new PermanentFailure(error.message, error.raw);
    throw error;
  }
}

/** A MeetingPort over the Zoom REST API and Google Meet. */
export function liveMeetingPort(): MeetingPort {
  const zoom = createZoomClient({ sleep: (ms) => Utilities.sleep(ms) });
  return {
    createZoom: (zoomUser, r, timeZone, effectKey) =>
      permanentAware(() => {
        const marker = agendaMarker(r.id, effectKey);
        const body = bodyOf(() => buildCreateMeetingBody(zoomInput(r, timeZone), marker));
        const m = zoom.createMeeting(zoomUser, body, marker);
        return { meetingId: m.id, joinUrl: m.joinUrl, passcode: m.passcode };
      }),
    deleteZoom: (meetingId) => permanentAware(() => zoom.deleteMeeting(meetingId)),
    updateZoom: (meetingId, r, timeZone) =>
      permanentAware(() =>
        zoom.updateMeeting(
          meetingId,
          bodyOf(() => buildUpdateBody(zoomInput(r, timeZone))),
        ),
      ),
    recordings: (meetingId) => permanentAware(() => zoom.getRecordings(meetingId)),
    createMeet(r: VcRequest, calendarId: string, timeZone: string) {
      const tz = timeZone as OfficeZone;
      return createMeet(
        r.id,
        calendarId,
        `${r.id} ${r.title}`,
        toInstant(r.eventDate, r.startTime, tz),
        toInstant(r.eventDate, r.endTime, tz),
        timeZone,
      );
    },
  };
}
