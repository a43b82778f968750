/**
 * Who may run a command that is not an SOP step: any active official, or an admin. Decided on
 * the server from the verified caller and the Pengguna sheet (SOP steps decide in the engine).
 */
import type { Actor } from '../core/sop/types';
import type { Result } from '../shared/rpc';
import { currentActor } from './caller';
import type { Deps } from './ports';

type Who = Pick<Deps, 'identity' | 'config' | 'clock'>;

/** Run `fn` for an active official of the office, else refuse in Indonesian. */
export function asOfficial<T>(deps: Who, fn: (actor: Actor) => Result<T>): Result<T> {
  const who = currentActor(deps);
  return who.ok ? fn(who.actor) : { ok: false, error: who.reason };
}

/** Run `fn` for an admin (Admin = Ya in Pengguna), else refuse in Indonesian. */
export function asAdmin<T>(deps: Who, fn: (actor: Actor) => Result<T>): Result<T> {
  return asOfficial(deps, (actor) =>
    actor.isAdmin
      ? fn(actor)
      : { ok: false, error: 'Hanya admin (kolom Admin = Ya di sheet Pengguna) yang dapat melakukan ini.' },
  );
}
