/**
 * The ledger of timed work (Script Properties): before the hourly run does a unit of work with an
 * outside effect (a reminder mail, a digest, the daily anchor), it claims the unit under the
 * script lock; a second run overlapping it finds the claim and leaves the unit alone. The claim is
 * released once what was done is recorded where it lasts (a mark on the request's row, a date in
 * Script Properties). A claim older than CLAIM_TTL_MS belongs to a run that died (Apps Script stops
 * a run after 6 minutes) and may be taken again.
 */
import type { Deps } from './ports';

/** How long a claim holds: well past the longest run (6 minutes). */
export const CLAIM_TTL_MS = 30 * 60 * 1000;
const PREFIX = 'KLAIM:';

/** Claim `unit` for this run; call under the script lock. False when another run holds it. */
export function claim(deps: Pick<Deps, 'state' | 'clock'>, unit: string): boolean {
  if (!deps.state) return true;
  const now = deps.clock.now().getTime();
  const held = Date.parse(deps.state.get(PREFIX + unit) ?? '');
  if (!Number.isNaN(held) && now - held < CLAIM_TTL_MS) return false;
  deps.state.set(PREFIX + unit, new Date(now).toISOString());
  return true;
}

/** Release the claim on `unit` (its result is recorded, or it was not done after all). */
export function release(deps: Pick<Deps, 'state'>, unit: string): void {
  deps.state?.remove(PREFIX + unit);
}
