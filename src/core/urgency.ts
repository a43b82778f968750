/**
 * What an official should act on first ("Tugas saya"): requests whose time is running out or that
 * clash with another come first, then by the event's start (soonest first); requests whose event has
 * already passed without being handled are set apart ("Terlewat"). Pure.
 */
import type { VcRequest } from './request';
import { eventInstant } from './sop/clock';
import type { OfficeZone } from './dates';

/** The urgency facts of one task, enough to order it. */
export interface Urgency {
  id: string;
  /** The event's start, or null when its date or time is unreadable. */
  eventAt: Date | null;
  overdue: boolean;
  /** Sentence naming the requests it overlaps with ('' when none). */
  clash: string;
  /** When the request entered its step (ISO), the last tie-breaker. */
  since: string;
}

/** Whether `b` is on the same day as `a` and their times overlap (`a` has a date: clashWarning checks it). */
function overlaps(a: VcRequest, b: VcRequest): boolean {
  return a.eventDate === b.eventDate && a.startTime < b.endTime && b.startTime < a.endTime;
}

/**
 * The clash warning of `r` among `active` requests (those still running): the others on the same day
 * whose times overlap, '' when none. Only a warning: the resources decide at the schedule check.
 */
export function clashWarning(r: VcRequest, active: VcRequest[]): string {
  if (!r.eventDate || !r.startTime || !r.endTime) return '';
  const others = active.filter((o) => o.id !== r.id && o.startTime && o.endTime && overlaps(r, o)).map((o) => o.id);
  return others.length === 0
    ? ''
    : `Waktunya bersamaan dengan ${others.join(', ')}; pastikan akun dan ruang cukup sebelum menyetujui.`;
}

/** The event start of `r` in `zone`, or null. */
export function eventStart(r: VcRequest, zone: OfficeZone): Date | null {
  return eventInstant(r, 'event_start', zone);
}

function rank(u: Urgency): number {
  return u.overdue || u.clash !== '' ? 0 : 1;
}

/** Orders tasks by urgency: overdue or clashing first, then the soonest event, then the oldest waiting. */
export function byUrgency(a: Urgency, b: Urgency): number {
  const first = rank(a) - rank(b);
  if (first !== 0) return first;
  const at = (u: Urgency) => u.eventAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (at(a) !== at(b)) return at(a) < at(b) ? -1 : 1;
  return a.since.localeCompare(b.since) || a.id.localeCompare(b.id);
}
