/**
 * Turns what the stand-in recorded for one action (dev/standin/trace.ts) into what an official
 * waits for on Google: the start (a google.script.run round trip, a trigger start, or a menu
 * click), every call of every execution the action ran (panel, web-app hop, engine) at its
 * modeled cost (latency.ts), and the CPU the bundles used (the process's, less what the stand-in
 * spent answering calls: Google's side is in the per-call figures), scaled to Apps Script. Also the
 * longest time an execution held the script lock, counted the same way.
 */
import type { TraceEntry } from '../dev/standin';
import { costOf, CPU_FACTOR, FIGURES, type Family } from './latency';

/** How the action started. */
export type Start = 'client' | 'trigger' | 'none';

/** The model of one action. */
export interface Modeled {
  /** Modeled wall time, ms. */
  ms: number;
  calls: number;
  byFamily: Partial<Record<Family, { calls: number; ms: number }>>;
  byMethod: Record<string, number>;
  /** Cells read and written (sent to or from the script), and searched on Google's side. */
  cells: { read: number; written: number; searched: number };
  /** Longest script-lock hold of any execution in the action, modeled ms. */
  lockMs: number;
  cpuMs: number;
}

function startMs(start: Start): number {
  if (start === 'client') return FIGURES.scriptRun.perCallMs;
  if (start === 'trigger') return FIGURES.triggerStart.perCallMs;
  return 0;
}

/** The product's own CPU when `e` was made (the process's, less what the stand-in spent answering calls). */
const productUs = (e: TraceEntry) => e.cpuUs - e.standinUs;

/** The modeled hold of every lock taken in `entries` (per execution, tryLock → releaseLock), ms. */
export function lockHolds(entries: TraceEntry[]): number[] {
  const holds: number[] = [];
  const open = new Map<string, { ms: number; cpuUs: number }>();
  for (const e of entries) {
    for (const held of open.values()) held.ms += costOf(e).ms;
    if (e.key === 'Lock.tryLock' || e.key === 'Lock.waitLock') open.set(e.execId, { ms: 0, cpuUs: productUs(e) });
    if (e.key === 'Lock.releaseLock') {
      const held = open.get(e.execId);
      if (!held) continue;
      open.delete(e.execId);
      holds.push(held.ms + ((productUs(e) - held.cpuUs) / 1000) * CPU_FACTOR);
    }
  }
  return holds;
}

/** The model of one action: its recorded calls, the CPU it used (ms) and how it started. */
export function modelAction(entries: TraceEntry[], cpuMs: number, start: Start): Modeled {
  const byFamily: Modeled['byFamily'] = {};
  const byMethod: Record<string, number> = {};
  const cells = { read: 0, written: 0, searched: 0 };
  let ms = startMs(start) + cpuMs * CPU_FACTOR;
  for (const e of entries) {
    const c = costOf(e);
    ms += c.ms;
    const f = (byFamily[c.family] ??= { calls: 0, ms: 0 });
    f.calls++;
    f.ms += c.ms;
    byMethod[e.key] = (byMethod[e.key] ?? 0) + 1;
    cells.read += e.read;
    cells.written += e.written;
    cells.searched += e.searched ?? 0;
  }
  return {
    ms,
    calls: entries.length,
    byFamily,
    byMethod,
    cells,
    lockMs: Math.max(0, ...lockHolds(entries)),
    cpuMs,
  };
}
