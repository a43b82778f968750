/**
 * Who is calling, resolved on the server from Session and the Pengguna sheet, and
 * what day it is for the office. The client never tells the server who it is.
 */
import { localDate } from '../core/dates';
import type { Actor } from '../core/sop/types';
import { resolveActor } from '../core/users';
import { calendarOf } from '../core/office-calendar';
import type { WorkCalendar } from '../core/working-time';
import type { Deps } from './ports';

/** Today's date ('YYYY-MM-DD') in the office's time zone (Pengaturan). */
export function officeToday(deps: Pick<Deps, 'config' | 'clock'>): string {
  return localDate(deps.clock.now(), deps.config.settings().settings.timeZone);
}

/** The office's working calendar (Pengaturan: working days and hours, holidays), in which Mutu Baku is counted. */
export function officeCalendar(deps: Pick<Deps, 'config'>): WorkCalendar {
  return calendarOf(deps.config.settings().settings);
}

/** The calling official (with their Plh roles in force today), or an Indonesian reason they may not act. */
export function currentActor(
  deps: Pick<Deps, 'identity' | 'config' | 'clock'>,
): { ok: true; actor: Actor } | { ok: false; reason: string } {
  const { users, delegations } = deps.config.users();
  return resolveActor(deps.identity.activeUserEmail(), users, delegations, officeToday(deps));
}
