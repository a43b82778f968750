/**
 * Performs the effects the engine emitted, through handlers the composition
 * root supplies (calendar, Zoom, mail, docs…). An effect with no handler, or
 * whose handler fails, stays pending on the row ('Efek Tertunda') and in the
 * history, visibly; a retry runs it again and the handler's idempotency key
 * prevents duplicates. Effects never throw out of here.
 */
import { historyRecord, type HistoryRecord } from '../core/history';
import type { VcRequest } from '../core/request';
import type { Effect, EffectKind, Preset } from '../core/sop/types';
import { blockEffect, PermanentFailure } from './failures';
import type { Clock, EffectHandler, EffectHandlers, EffectResult } from './ports';

/** Indonesian names of the effects, for people. */
export const EFFECT_LABELS: Record<EffectKind, string> = {
  notify_role: 'memberi tahu petugas',
  notify_applicant: 'memberi tahu pemohon',
  reserve: 'memesan sumber daya',
  release: 'melepas pesanan sumber daya',
  create_meeting: 'membuat rapat',
  update_meeting: 'mengubah rapat',
  cancel_meeting: 'membatalkan rapat',
  send_link: 'mengirim tautan',
  draft_letter: 'membuat draf surat',
  sign_letter: 'menandatangani surat',
  send_letter: 'mengirim surat',
  ask_documentation: 'meminta dokumentasi',
  make_report: 'membuat laporan pelaksanaan',
  close: 'menutup permohonan',
};

const NO_ADAPTER = 'tertunda: belum ada adaptor untuk efek ini';

/** Encode an effect (with its params) for the row's pending list: 'kind|key|{json}'. */
export function pendingEntry(e: Effect): string {
  return `${e.kind}|${e.key}|${JSON.stringify(e.params)}`;
}

/** A handler's result; `blocked` is the reason when the failure is permanent (see failures.ts). */
type Attempt = EffectResult & { blocked?: string };

function attempt(handler: EffectHandler | undefined, request: VcRequest, preset: Preset, effect: Effect): Attempt {
  if (effect.kind === 'close') return { status: 'done', note: 'selesai' };
  if (!handler) return { status: 'pending', note: NO_ADAPTER };
  try {
    return handler({ request, preset, effect });
  } catch (err) {
    if (err instanceof PermanentFailure)
      return { status: 'pending', note: `gagal, perlu diperbaiki: ${err.message}`, blocked: err.message };
    return { status: 'pending', note: `gagal, akan dicoba lagi: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/**
 * Run `effects` in order on `request`. Returns the updated request (pending
 * list rewritten) and one history record per effect.
 */
export function runEffects(
  handlers: EffectHandlers,
  clock: Clock,
  request: VcRequest,
  preset: Preset,
  effects: Effect[],
): { request: VcRequest; records: HistoryRecord[] } {
  let current = request;
  const records: HistoryRecord[] = [];
  const keys = new Set(effects.map((e) => e.key));
  let pending = current.pending.filter((p) => !keys.has(p.split('|')[1]));
  for (const effect of effects) {
    const result = attempt(handlers[effect.kind], current, preset, effect);
    if (result.request) current = result.request;
    if (result.status === 'pending')
      pending = [...pending, pendingEntry(result.blocked ? blockEffect(effect, result.blocked) : effect)];
    records.push(
      historyRecord({
        at: clock.now().toISOString(),
        requestId: request.id,
        kind: 'efek',
        action: `${EFFECT_LABELS[effect.kind]}`,
        actorEmail: 'sistem',
        actorLabel: 'Layanan Vicon',
        note: result.note,
        key: effect.key,
        fromStep: current.stepId,
        toStep: current.stepId,
      }),
    );
  }
  return { request: { ...current, pending }, records };
}

/** Decode a pending entry back into an effect; null when the cell was mangled. */
export function effectFromPending(entry: string): Effect | null {
  const [kind, key, ...rest] = entry.split('|');
  if (!kind || !key || !(kind in EFFECT_LABELS)) return null;
  try {
    const params = rest.length ? (JSON.parse(rest.join('|')) as Record<string, string>) : {};
    return { kind: kind as EffectKind, key, params };
  } catch {
    return { kind: kind as EffectKind, key, params: {} };
  }
}
