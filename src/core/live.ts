/**
 * Which requests are still in play: what "Tugas saya", the schedule check, the reminders, the
 * retry and the recordings look at. Everything else is history: finished, with nothing pending,
 * its event long over. The index of live requests (io/live-index.ts) holds exactly these, so
 * what is read grows with what is open, never with all the years behind it.
 */
import { isLocalDate, isLocalTime, toInstant, type OfficeZone } from './dates';
import type { VcRequest } from './request';

/** Days after its event that a finished request stays live (recordings are looked for for 7). */
export const LIVE_AFTER_EVENT_DAYS = 8;
const DAY_MS = 86_400_000;

/** True when `r` (at a terminal step or not) is still in play at `now`. */
export function isLive(r: VcRequest, terminal: boolean, now: Date, tz: OfficeZone): boolean {
  if (!terminal || r.pending.length > 0) return true;
  if (!isLocalDate(r.eventDate)) return false;
  const end = toInstant(r.eventDate, isLocalTime(r.endTime) ? r.endTime : '23:59', tz);
  return now.getTime() - end.getTime() < LIVE_AFTER_EVENT_DAYS * DAY_MS;
}
