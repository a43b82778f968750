/**
 * Several actions at once on one script lock. The stand-in runs one execution at a time, so each
 * action is recorded on its own (its ordered trace) and then replayed here on a modeled clock
 * (latency.ts): every action starts at the same moment, works until it asks for the lock, waits
 * while another holds it (first come, first served), holds it for its modeled hold, and so on.
 * The waits are what an official would see as "sibuk" past the product's lock timeout.
 */
import type { TraceEntry } from '../dev/standin';
import { costOf } from './latency';

/** One action as alternating work outside the lock and holds of it, modeled ms. */
export interface Phases {
  /** Work before each lock request (same length as `holds`), then the work after the last release. */
  before: number[];
  holds: number[];
  after: number;
}

/** The phases of one recorded action (every execution it ran, in order). */
export function phasesOf(entries: TraceEntry[]): Phases {
  const phases: Phases = { before: [], holds: [], after: 0 };
  let work = 0;
  let hold: number | null = null;
  for (const e of entries) {
    const ms = costOf(e).ms;
    if (e.key === 'Lock.tryLock' || e.key === 'Lock.waitLock') {
      phases.before.push(work + ms);
      work = 0;
      hold = 0;
    } else if (e.key === 'Lock.releaseLock' && hold !== null) {
      phases.holds.push(hold + ms);
      hold = null;
    } else if (hold !== null) hold += ms;
    else work += ms;
  }
  if (hold !== null) phases.holds.push(hold);
  phases.after = work;
  return phases;
}

/**
 * Replays `actions` started together at time 0 (ties broken by their order in the array) on one
 * lock; returns, per action, the longest it waited for the lock (ms).
 */
export function lockWaits(actions: Phases[]): number[] {
  const next = actions.map(() => 0);
  const askAt = actions.map((a) => (a.before.length ? a.before[0] : Infinity));
  const longest = actions.map(() => 0);
  let free = 0;
  for (;;) {
    let who = -1;
    for (let i = 0; i < actions.length; i++) if (askAt[i] < Infinity && (who < 0 || askAt[i] < askAt[who])) who = i;
    if (who < 0) return longest;
    const granted = Math.max(askAt[who], free);
    longest[who] = Math.max(longest[who], granted - askAt[who]);
    const k = next[who]++;
    free = granted + actions[who].holds[k];
    askAt[who] = k + 1 < actions[who].before.length ? free + actions[who].before[k + 1] : Infinity;
  }
}
