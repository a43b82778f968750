/**
 * The one way a request and its history are written, under the caller's script lock: the rows its
 * new history entries will take go onto its trail (so its history is later read without scanning
 * Riwayat), the Register row is written (its index entry kept while the request is live), then the
 * entries are appended. Every writer of requests goes through here.
 */
import type { HistoryRecord } from '../core/history';
import { isLive } from '../core/live';
import type { VcRequest } from '../core/request';
import { stepOf } from '../core/sop/engine';
import { extendTrail } from '../core/trail';
import { presetOf } from './preset';
import type { Deps, StoredRequest } from './ports';

type CommitDeps = Pick<Deps, 'register' | 'history' | 'clock' | 'config' | 'presets'>;

/** True when `r` is still in play now (core/live.ts), its terminal step judged by its own preset. */
export function liveNow(deps: Pick<Deps, 'clock' | 'config' | 'presets'>, r: VcRequest): boolean {
  const found = presetOf(r, deps);
  const terminal = found.ok ? stepOf(found.preset, r.stepId)?.terminal === true : false;
  return isLive(r, terminal, deps.clock.now(), deps.config.settings().settings.timeZone);
}

/** `r` with the rows the next `count` history entries take added to its trail. */
function withTrail(deps: CommitDeps, r: VcRequest, count: number): VcRequest {
  return count === 0 ? r : { ...r, trail: extendTrail(r.trail ?? '', deps.history.nextRow(r.trail ?? ''), count) };
}

/**
 * Write `after` over the row of `stored` and append `records`; returns what was written. Throws
 * when either write fails (the caller puts the row back with `restore`).
 */
export function commit(deps: CommitDeps, stored: StoredRequest, after: VcRequest, records: HistoryRecord[]): VcRequest {
  const request = withTrail(deps, after, records.length);
  deps.register.write({ row: stored.row, request }, liveNow(deps, request));
  deps.history.append(records);
  return request;
}

/** Put `stored` back as it was (after a failed commit). */
export function restore(deps: CommitDeps, stored: StoredRequest): void {
  deps.register.write(stored, liveNow(deps, stored.request));
}

/** Append a new request and its first history entries; its row is cleared again when the history cannot be written. */
export function commitNew(deps: CommitDeps, request: VcRequest, records: HistoryRecord[]): StoredRequest {
  const stored = deps.register.append(withTrail(deps, request, records.length));
  try {
    deps.history.append(records);
  } catch (err) {
    deps.register.discard?.(request.id);
    throw err;
  }
  return stored;
}
