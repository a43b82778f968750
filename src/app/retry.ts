/**
 * Retry of pending effects (the hourly trigger): every request with entries in
 * 'Efek Tertunda' runs them again through the same handlers. Handlers are
 * idempotent and runEffects only re-runs what is still pending, so a mail held
 * back by the quota goes out once, on the first run that has quota again.
 * Effects that failed permanently (failures.ts) are skipped until the configuration
 * changes (Sumber Daya, Pengaturan, Pengguna, or a passing "Tes koneksi"); their admins are told once.
 */
import type { HistoryRecord } from '../core/history';
import type { VcRequest } from '../core/request';
import type { Effect } from '../core/sop/types';
import { notifiable, notifyAdmins } from './blocked';
import { commit } from './commit';
import { effectFromPending, hasRunner, runEffects } from './effects';
import { blockedReason, unblocked, ZOOM_CHECKED_KEY } from './failures';
import { presetOf } from './preset';
import type { Deps } from './ports';

/** Most requests one retry run handles (the rest wait for the next run). */
export const RETRY_MAX_REQUESTS = 50;

/** Script-property key of the configuration fingerprint the last run saw. */
const FINGERPRINT_KEY = 'RETRY_CONFIG_FINGERPRINT';

/** FNV-1a, 32 bit: enough to notice that the configuration changed. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16);
}

/** True when Sumber Daya, Pengaturan, Pengguna or the last passing "Tes koneksi" changed since the previous run. */
function configurationChanged(deps: Deps): boolean {
  if (!deps.state) return false;
  const now = fingerprint(
    JSON.stringify([
      deps.config.resourceRows(),
      deps.config.settings().settings,
      deps.config.users().users,
      deps.state.get(ZOOM_CHECKED_KEY),
    ]),
  );
  const before = deps.state.get(FINGERPRINT_KEY);
  if (before !== now) deps.state.set(FINGERPRINT_KEY, now);
  return before !== null && before !== now;
}

/** The effects of `r` to run now: the pending ones, and the blocked ones only when `unblock`. */
function effectsToRun(r: VcRequest, unblock: boolean): Effect[] {
  return r.pending
    .map(effectFromPending)
    .filter((e): e is Effect => e !== null && (unblock || blockedReason(e) === null))
    .map(unblocked);
}

/** The effects of `r` a retry can run now (those with a runner). */
function runnable(deps: Deps, r: VcRequest, unblock: boolean): Effect[] {
  return effectsToRun(r, unblock).filter((e) => hasRunner(deps.effects, e.kind));
}

function retryOne(deps: Deps, r: VcRequest, unblock: boolean): { request: VcRequest; records: HistoryRecord[] } | null {
  const found = presetOf(r, deps);
  const effects = runnable(deps, r, unblock);
  if (!found.ok || effects.length === 0) return null;
  const done = runEffects(deps.effects, deps.clock, r, found.preset, effects);
  return JSON.stringify(done.request) === JSON.stringify(r) ? null : done;
}

/**
 * One request under the script lock: read afresh (another run or an official may have moved it),
 * re-run its runnable pending effects, tell the admins about newly blocked ones, and write the row
 * and its history once. False when nothing changed.
 */
function retryRequest(deps: Deps, id: string, unblock: boolean): boolean {
  const stored = deps.register.find(id);
  if (!stored) return false;
  const retried = retryOne(deps, stored.request, unblock);
  const latest = retried?.request ?? stored.request;
  const told = notifyAdmins(deps, latest);
  if (!retried && !told) return false;
  commit(deps, stored, told?.request ?? latest, [...(retried?.records ?? []), ...(told ? [told.record] : [])]);
  return true;
}

/**
 * Re-run the pending effects (with a handler) of up to RETRY_MAX_REQUESTS live requests, and tell
 * the admins about newly blocked effects. The script lock is taken per request, never across the
 * batch, so an official waits at most for one request's effects; each request is read afresh under
 * its lock, so a second run overlapping this one finds its work done. Returns how many changed.
 */
export function retryPending(deps: Deps): number {
  const unblock = deps.lock.run(() => configurationChanged(deps));
  const candidates = deps.register
    .live()
    .map((s) => s.request)
    .filter((r) => r.pending.length > 0);
  const due = candidates.filter((r) => runnable(deps, r, unblock).length > 0).slice(0, RETRY_MAX_REQUESTS);
  const dueIds = new Set(due.map((r) => r.id));
  const toTell = candidates.filter((r) => !dueIds.has(r.id) && notifiable(r));
  let written = 0;
  for (const r of [...due, ...toTell]) if (deps.lock.run(() => retryRequest(deps, r.id, unblock))) written++;
  return written;
}
