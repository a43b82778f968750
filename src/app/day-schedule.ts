/**
 * The schedule in view where a step checks it: before an official approves, the sidebar lists what is
 * already booked on the request's day (requests in the Register with an account, room or operator,
 * still running), so the decision is taken with the day in sight. Read from the Register only.
 */
import { formatTimeRange } from '../core/indonesian';
import type { OfficeZone } from '../core/dates';
import type { VcRequest } from '../core/request';
import type { ActionDef } from '../core/sop/types';

type Running = (r: VcRequest) => boolean;

function hours(r: VcRequest, zone: OfficeZone): string {
  try {
    return formatTimeRange(r.startTime, r.endTime, zone);
  } catch {
    return 'jam belum jelas';
  }
}

function booking(r: VcRequest, zone: OfficeZone): string {
  const what = [r.host, r.room, r.operator].filter((x) => x !== '').join(', ');
  return `${hours(r, zone)} · ${r.id} · ${what}`;
}

/**
 * The bookings of `r`'s day as lines ('09.00–11.30 WIB · VC-2026-0002 · Zoom Kominfo 1'), earliest
 * first, when one of `actions` checks the schedule; null when none does or the date is unknown.
 */
export function daySchedule(
  r: VcRequest,
  actions: ActionDef[],
  all: VcRequest[],
  running: Running,
  zone: OfficeZone,
): string[] | null {
  if (!r.eventDate || !actions.some((a) => a.checksSchedule)) return null;
  return all
    .filter((o) => o.id !== r.id && o.eventDate === r.eventDate && running(o))
    .filter((o) => o.host !== '' || o.room !== '' || o.operator !== '')
    .sort((a, b) => a.startTime.localeCompare(b.startTime))
    .map((o) => booking(o, zone));
}
