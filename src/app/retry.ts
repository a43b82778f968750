/**
 * Retry of pending effects (the hourly trigger): every request with entries in
 * 'Efek Tertunda' runs them again through the same handlers. Handlers are
 * idempotent and runEffects only re-runs what is still pending, so a mail held
 * back by the quota goes out once, on the first run that has quota again.
 */
import type { HistoryRecord } from '../core/history';
import type { VcRequest } from '../core/request';
import type { Effect } from '../core/sop/types';
import { effectFromPending, runEffects } from './effects';
import { presetOf } from './preset';
import type { Deps } from './ports';

/** Most requests one retry run handles (the rest wait for the next run). */
export const RETRY_MAX_REQUESTS = 50;

function pendingEffects(r: VcRequest): Effect[] {
  return r.pending.map(effectFromPending).filter((e): e is Effect => e !== null);
}

/** True when some pending effect of `r` has a handler (the others cannot progress on a retry). */
function retryable(deps: Deps, r: VcRequest): boolean {
  return pendingEffects(r).some((e) => deps.effects[e.kind] !== undefined);
}

function retryOne(deps: Deps, r: VcRequest): { request: VcRequest; records: HistoryRecord[] } | null {
  const found = presetOf(r, deps);
  const effects = pendingEffects(r);
  if (!found.ok || effects.length === 0) return null;
  const done = runEffects(deps.effects, deps.clock, r, found.preset, effects);
  return JSON.stringify(done.request) === JSON.stringify(r) ? null : done;
}

/**
 * Under the script lock: re-run the pending effects of up to RETRY_MAX_REQUESTS requests that
 * have a handler for at least one of them
 * (one Register read), write back only the rows that changed and append their history once.
 * Returns how many requests changed.
 */
export function retryPending(deps: Deps): number {
  return deps.lock.run(() => {
    const waiting = deps.register
      .readAll()
      .filter((r) => retryable(deps, r))
      .slice(0, RETRY_MAX_REQUESTS);
    const records: HistoryRecord[] = [];
    let changed = 0;
    for (const r of waiting) {
      const done = retryOne(deps, r);
      const stored = done && deps.register.find(r.id);
      if (!done || !stored) continue;
      deps.register.write({ row: stored.row, request: done.request });
      records.push(...done.records);
      changed++;
    }
    if (records.length > 0) deps.history.append(records);
    return changed;
  });
}
