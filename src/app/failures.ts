/**
 * Permanent failures of an effect: retrying cannot help until someone fixes the cause (a host
 * missing from the Zoom account, a missing scope, wrong credentials, rejected data). The effect
 * stays in 'Efek Tertunda' marked as blocked with the reason; the hourly retry skips it until
 * the configuration changes, and the admins are told once.
 */
import type { Effect } from '../core/sop/types';

/**
 * Thrown by an adapter when the failure is permanent. The message (Indonesian) says what to fix;
 * `raw` keeps Google's or Zoom's own words when the adapter translated them (for the Log).
 */
export class PermanentFailure extends Error {
  constructor(
    message: string,
    readonly raw?: string,
  ) {
    super(message);
    this.name = 'PermanentFailure';
  }
}

/**
 * Script-property key set when "Tes koneksi" finds everything in order: a fixed Zoom app
 * (scopes, credentials) counts as a configuration change, so blocked effects are tried again.
 */
export const ZOOM_CHECKED_KEY = 'ZOOM_CHECKED_OK_AT';

const BLOCKED = '_gagal';
const NOTIFIED = '_admin';

/** The effect marked blocked with `reason` (kept in its params on the row). */
export function blockEffect(effect: Effect, reason: string): Effect {
  return { ...effect, params: { ...effect.params, [BLOCKED]: reason } };
}

/** Why the effect is blocked, or null when it is an ordinary pending effect. */
export function blockedReason(effect: Effect): string | null {
  return effect.params[BLOCKED] ?? null;
}

/** True when the admins were already told about this blocked effect. */
export function adminsNotified(effect: Effect): boolean {
  return effect.params[NOTIFIED] === '1';
}

/** The blocked effect marked as told to the admins. */
export function markNotified(effect: Effect): Effect {
  return { ...effect, params: { ...effect.params, [NOTIFIED]: '1' } };
}

/** The effect without its blocked mark, to run it again; the admins stay told (one mail per effect). */
export function unblocked(effect: Effect): Effect {
  const { [BLOCKED]: _reason, ...params } = effect.params;
  return { ...effect, params };
}
