/**
 * Catch-up: form responses whose trigger run failed (lock busy, quota, a
 * crash) are still in the form. The hourly run takes in every response since
 * the last sweep; intake is idempotent by response ID, so nothing is doubled.
 */
import { intake, type Submission } from './intake';
import type { Deps } from './ports';

/** Where the sweep reads responses and keeps its bookmark. */
export interface SweepPort {
  responsesSince(since: Date): Array<Omit<Submission, 'source'>>;
  lastSweep(): Date | null;
  setLastSweep(at: Date): void;
}

const OVERLAP_MS = 60 * 60 * 1000;

/** Take in missed responses; returns how many were new. */
export function sweepResponses(deps: Deps, port: SweepPort): number {
  const started = deps.clock.now();
  const last = port.lastSweep();
  const since = new Date((last ?? new Date(0)).getTime() - OVERLAP_MS);
  let added = 0;
  for (const sub of port.responsesSince(since)) {
    const out = intake(deps, { ...sub, source: 'form' });
    if (!out.duplicate) added++;
  }
  port.setLastSweep(started);
  return added;
}
