/**
 * The one way a request and its history are written, under the caller's script lock. The rows the
 * new history entries will take go onto the request's trail (so its history is later read without
 * scanning Riwayat), the Register row is written (its index entry kept while the request is live),
 * and the entries are appended. Every writer of requests goes through here.
 *
 * Nothing irreversible before the write that records it: a click is recorded in two writes. First
 * the decision (new row state with every effect of the click listed in 'Efek Tertunda', and the
 * action's Riwayat entry); only when that succeeded do the effects run (a meeting deleted, a mail
 * sent, a calendar moved). Then their outcome is recorded. If that second write fails, the row
 * still lists the effects as pending and the hourly retry runs them again; each is idempotent by
 * its key, so nothing is done twice.
 */
import type { HistoryRecord } from '../core/history';
import { isLive } from '../core/live';
import { cellSizeProblem, type VcRequest } from '../core/request';
import { stepOf } from '../core/sop/engine';
import type { Effect } from '../core/sop/types';
import { extendTrail } from '../core/trail';
import { pendingEntry } from './effects';
import { presetOf } from './preset';
import type { Deps, StoredRequest } from './ports';

type CommitDeps = Pick<Deps, 'register' | 'history' | 'clock' | 'config' | 'presets'> & Pick<Deps, 'mailer'>;

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
  deps.mailer?.settled?.(request);
  return request;
}

/** Put `stored` back as it was (after a failed commit). */
export function restore(deps: CommitDeps, stored: StoredRequest): void {
  deps.register.write(stored, liveNow(deps, stored.request));
}

/** Put `stored` back after a failed first write (the Register row, its index entry or the Riwayat append); a failure to do so is logged, the first error is what the official sees. */
function putBack(deps: CommitDeps, stored: StoredRequest): void {
  try {
    restore(deps, stored);
  } catch (err) {
    console.error(
      `Baris ${stored.request.id} tidak dapat dikembalikan: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

/**
 * Append a new request and its first history entries. When any write fails (the row, its index
 * entry or the history) the row is cleared again and the error rethrown, so the form response is
 * taken again later as if it had never arrived.
 */
export function commitNew(deps: CommitDeps, request: VcRequest, records: HistoryRecord[]): StoredRequest {
  try {
    const stored = deps.register.append(withTrail(deps, request, records.length));
    deps.history.append(records);
    deps.mailer?.settled?.(stored.request);
    return stored;
  } catch (err) {
    try {
      deps.register.discard?.(request.id);
    } catch (again) {
      console.error(
        `Baris ${request.id} tidak dapat dikosongkan: ${again instanceof Error ? again.message : String(again)}`,
      );
    }
    throw err;
  }
}

/** `request` with `effects` listed as pending (replacing earlier entries with the same key). */
export function withPlanned(request: VcRequest, effects: Effect[]): VcRequest {
  const keys = new Set(effects.map((e) => e.key));
  const kept = request.pending.filter((p) => !keys.has(p.split('|')[1]));
  return { ...request, pending: [...kept, ...effects.map(pendingEntry)] };
}

/**
 * Phase one: write `planned` over `stored` and append `records`; returns the row as written (with
 * its trail). Refuses (Indonesian, nothing written) a row a Sheets cell cannot hold. When the
 * Riwayat append fails the row is put back and the error rethrown: nothing happened, the official
 * repeats the click.
 */
export function recordDecision(
  deps: Deps,
  stored: StoredRequest,
  planned: VcRequest,
  records: HistoryRecord[],
): { ok: true; request: VcRequest } | { ok: false; error: string } {
  const tooBig = cellSizeProblem(planned);
  if (tooBig) return { ok: false, error: tooBig };
  const request = withTrail(deps, planned, records.length);
  try {
    deps.register.write({ row: stored.row, request }, liveNow(deps, request));
    deps.history.append(records);
  } catch (err) {
    putBack(deps, stored);
    throw err;
  }
  return { ok: true, request };
}

/**
 * Phase two: append the effects' Riwayat entries, then write the row with their outcome. Returns
 * the row as written and '' when both were written, else the decision's row and why not (the row
 * then still lists the effects as pending; the hourly retry runs them again and records them).
 */
export function recordOutcome(
  deps: Deps,
  decided: StoredRequest,
  done: { request: VcRequest; records: HistoryRecord[] },
): { request: VcRequest; problem: string } {
  try {
    const request = withTrail(deps, done.request, done.records.length);
    if (done.records.length > 0) deps.history.append(done.records);
    deps.register.write({ row: decided.row, request }, liveNow(deps, request));
    deps.mailer?.settled?.(request);
    return { request, problem: '' };
  } catch (err) {
    return { request: decided.request, problem: err instanceof Error ? err.message : String(err) };
  }
}
