/**
 * The effect handlers for resources and meetings: reserve/release calendar
 * events, create/cancel the Zoom meeting or Meet link. Each is idempotent
 * (calendar events and Zoom meetings are found again by request number), so
 * re-running a pending effect never makes a duplicate.
 */
import { toInstant } from '../core/dates';
import type { VcRequest } from '../core/request';
import type { Settings } from '../core/settings';
import type { EffectHandlers, EffectResult } from './ports';
import type { MeetingPort, SchedulePort } from './ports';

function times(r: VcRequest, s: Settings): { start: Date; end: Date } {
  return { start: toInstant(r.eventDate, r.startTime, s.timeZone), end: toInstant(r.eventDate, r.endTime, s.timeZone) };
}

function resourcesOf(r: VcRequest): string[] {
  return [r.host, r.room, r.operator].filter((x) => x !== '');
}

function reserve(schedule: SchedulePort, settings: () => Settings): EffectHandlers['reserve'] {
  return ({ request }): EffectResult => {
    const names = resourcesOf(request);
    if (names.length === 0) return { status: 'done', note: 'tidak ada sumber daya yang perlu dipesan' };
    const { start, end } = times(request, settings());
    for (const name of names) schedule.reserve(request.id, name, start, end, `${request.id} ${request.title}`);
    return { status: 'done', note: `dipesan: ${names.join(', ')}` };
  };
}

function release(schedule: SchedulePort, settings: () => Settings): EffectHandlers['release'] {
  return ({ request, effect }): EffectResult => {
    const names = resourcesOf(request);
    if (names.length === 0 || !request.eventDate) return { status: 'done', note: 'tidak ada pesanan' };
    const { fromDate, fromStart } = effect.params;
    const around =
      fromDate && fromStart ? toInstant(fromDate, fromStart, settings().timeZone) : times(request, settings()).start;
    const n = schedule.release(request.id, names, around);
    return { status: 'done', note: `${n} pesanan kalender dilepas` };
  };
}

/** The calendar a Meet is made on: the room's, else the host's, else the first listed, else the account's own. */
function meetCalendar(schedule: SchedulePort, r: VcRequest): string {
  const ids = schedule.inventory().calendarIds;
  return ids[r.room] || ids[r.host] || Object.values(ids)[0] || 'primary';
}

function createMeeting(
  schedule: SchedulePort,
  meetings: MeetingPort,
  settings: () => Settings,
): EffectHandlers['create_meeting'] {
  return ({ request, effect }): EffectResult => {
    if (request.joinUrl && request.meetingId) return { status: 'done', note: `rapat sudah ada (${request.meetingId})` };
    const tz = settings().timeZone;
    if (request.platform === 'zoom') {
      const zoomUser = schedule.inventory().zoomUsers[request.host];
      if (!zoomUser)
        return {
          status: 'pending',
          note: `akun Zoom untuk host "${request.host || '-'}" belum ditetapkan di Sumber Daya`,
        };
      const m = meetings.createZoom(zoomUser, request, tz, effect.key);
      return { status: 'done', note: `rapat Zoom ${m.meetingId} dibuat`, request: { ...request, ...m } };
    }
    if (request.platform === 'meet') {
      const m = meetings.createMeet(request, meetCalendar(schedule, request), tz);
      if (m.status === 'pending')
        return { status: 'pending', note: 'Google Meet masih disiapkan; akan diperiksa lagi' };
      return {
        status: 'done',
        note: 'tautan Google Meet dibuat',
        request: { ...request, joinUrl: m.joinUrl, meetingId: m.meetingId },
      };
    }
    if (request.joinUrl) return { status: 'done', note: 'tautan dari operator dicatat' };
    return { status: 'pending', note: 'platform lain: operator perlu menempelkan tautan rapat' };
  };
}

function cancelMeeting(meetings: MeetingPort): EffectHandlers['cancel_meeting'] {
  return ({ request }): EffectResult => {
    if (request.platform === 'zoom' && request.meetingId) meetings.deleteZoom(request.meetingId);
    return {
      status: 'done',
      note: request.meetingId ? `rapat ${request.meetingId} dibatalkan` : 'tidak ada rapat',
      request: { ...request, meetingId: '', joinUrl: '', passcode: '' },
    };
  };
}

function updateMeeting(
  schedule: SchedulePort,
  meetings: MeetingPort,
  settings: () => Settings,
): EffectHandlers['update_meeting'] {
  return ({ request }): EffectResult => {
    const tz = settings().timeZone;
    if (request.platform === 'zoom' && request.meetingId) {
      meetings.updateZoom(request.meetingId, request, tz);
      return {
        status: 'done',
        note: `rapat Zoom ${request.meetingId} dipindah ke ${request.eventDate} ${request.startTime}–${request.endTime}`,
      };
    }
    if (request.platform === 'meet' && request.meetingId) {
      const m = meetings.createMeet(request, meetCalendar(schedule, request), tz);
      return m.status === 'ready'
        ? { status: 'done', note: 'acara Google Meet dipindah; tautan tetap' }
        : { status: 'pending', note: 'Google Meet masih disiapkan' };
    }
    return { status: 'done', note: 'belum ada rapat yang perlu dipindah' };
  };
}

/** Handlers for the schedule and meeting effects. */
export function meetingHandlers(
  schedule: SchedulePort,
  meetings: MeetingPort,
  settings: () => Settings,
): EffectHandlers {
  return {
    reserve: reserve(schedule, settings),
    release: release(schedule, settings),
    create_meeting: createMeeting(schedule, meetings, settings),
    cancel_meeting: cancelMeeting(meetings),
    update_meeting: updateMeeting(schedule, meetings, settings),
  };
}
