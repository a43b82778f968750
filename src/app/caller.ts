/**
 * Who is calling, resolved on the server from Session and the Pengguna sheet.
 * The client never tells the server who it is.
 */
import { localDate } from '../core/dates';
import type { Actor } from '../core/sop/types';
import { resolveActor } from '../core/users';
import type { Deps } from './ports';

/** The calling official, or an Indonesian reason they may not act. */
export function currentActor(
  deps: Pick<Deps, 'identity' | 'config' | 'clock'>,
): { ok: true; actor: Actor } | { ok: false; reason: string } {
  const { users, delegations } = deps.config.users();
  const today = localDate(deps.clock.now(), deps.config.settings().settings.timeZone);
  return resolveActor(deps.identity.activeUserEmail(), users, delegations, today);
}
