/**
 * Nothing irreversible before the write that records it: a click is recorded in two writes, under
 * the caller's script lock. First the decision (new row state with every effect of the click listed
 * in 'Efek Tertunda', and the action's Riwayat entry); only when that succeeded do the effects run
 * (a meeting deleted, a mail sent, a calendar moved). Then their outcome is recorded. If that second
 * write fails, the row still lists the effects as pending and the hourly retry runs them again; each
 * is idempotent by its key, so nothing is done twice.
 */
import type { HistoryRecord } from '../core/history';
import { cellSizeProblem, type VcRequest } from '../core/request';
import type { Effect } from '../core/sop/types';
import { pendingEntry } from './effects';
import type { Deps, StoredRequest } from './ports';

/** `request` with `effects` listed as pending (replacing earlier entries with the same key). */
export function withPlanned(request: VcRequest, effects: Effect[]): VcRequest {
  const keys = new Set(effects.map((e) => e.key));
  const kept = request.pending.filter((p) => !keys.has(p.split('|')[1]));
  return { ...request, pending: [...kept, ...effects.map(pendingEntry)] };
}

/**
 * Phase one: write `planned` over `stored` and append `records`. Refuses (Indonesian, nothing
 * written) a row a Sheets cell cannot hold. When the Riwayat append fails the row is put back and
 * the error rethrown: nothing happened, the official repeats the click.
 */
export function recordDecision(
  deps: Deps,
  stored: StoredRequest,
  planned: VcRequest,
  records: HistoryRecord[],
): { ok: true } | { ok: false; error: string } {
  const tooBig = cellSizeProblem(planned);
  if (tooBig) return { ok: false, error: tooBig };
  deps.register.write({ row: stored.row, request: planned });
  try {
    deps.history.append(records);
  } catch (err) {
    deps.register.write(stored);
    throw err;
  }
  deps.changed?.();
  return { ok: true };
}

/**
 * Phase two: append the effects' Riwayat entries, then write the row with their outcome. Returns ''
 * when both were written, else why not (the row then still lists the effects as pending; the hourly
 * retry runs them again and records them).
 */
export function recordOutcome(deps: Deps, row: number, done: { request: VcRequest; records: HistoryRecord[] }): string {
  try {
    if (done.records.length > 0) deps.history.append(done.records);
    deps.register.write({ row, request: done.request });
    return '';
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}
