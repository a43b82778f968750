/**
 * Small recording effect handlers for tests of running a request's pending effects: each handler
 * notes the key it ran, and throws what `failing` holds for its kind (until it is removed).
 */
import { runEffects } from '../../src/app/effects';
import type { EffectHandlers } from '../../src/app/ports';
import type { HistoryRecord } from '../../src/core/history';
import type { VcRequest } from '../../src/core/request';
import { presetById } from '../../src/core/sop/presets';
import type { Effect, EffectKind } from '../../src/core/sop/types';

/** Handlers for `kinds` that record each run in `ran` (effect keys, in order). */
export function recordingHandlers(kinds: EffectKind[]): {
  handlers: EffectHandlers;
  ran: string[];
  failing: Partial<Record<EffectKind, unknown>>;
} {
  const log = {
    handlers: {} as EffectHandlers,
    ran: [] as string[],
    failing: {} as Partial<Record<EffectKind, unknown>>,
  };
  for (const kind of kinds)
    log.handlers[kind] = ({ effect }) => {
      log.ran.push(effect.key);
      if (kind in log.failing) throw log.failing[kind];
      return { status: 'done', note: 'berhasil' };
    };
  return log;
}

/** The effects of one click on request `id` (its `version`), keyed as the engine keys them. */
export function clickEffects(
  id: string,
  version: number,
  kinds: EffectKind[],
  params: Record<string, string> = {},
): Effect[] {
  return kinds.map((kind) => ({ kind, key: `${id}:v${version}:${kind}`, params }));
}

/** A clock standing at `iso`. */
export const clockAt = (iso: string) => ({ now: () => new Date(iso) });

/** Runs `effects` on `request` in the flow named by its presetId. */
export function run(
  handlers: EffectHandlers,
  request: VcRequest,
  effects: Effect[],
  now = '2026-11-23T02:00:00.000Z',
): { request: VcRequest; records: HistoryRecord[] } {
  return runEffects(handlers, clockAt(now), request, presetById(request.presetId)!, effects);
}

/** The history rows as [what was done, note] pairs, in order. */
export const notes = (records: HistoryRecord[]) => records.map((r) => [r.action, r.note]);
