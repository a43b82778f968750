/**
 * Performs the effects the engine emitted, through handlers the composition
 * root supplies (calendar, Zoom, mail, docs…). An effect with no handler, or
 * whose handler fails, stays pending on the row ('Efek Tertunda') and in the
 * history, visibly; a retry runs it again and the handler's idempotency key
 * prevents duplicates. Effects never throw out of here.
 *
 * 'close' is the engine's own: a request reaches its final step only when the other effects of the
 * same click are done (a notice to officials excepted); a link sent in the same click as a letter
 * waits for the letter. Until then the close stays pending and the
 * request waits at the step it left with the status CLOSING_STATUS, taking no action; the hourly
 * retry runs the pending effects in order and the close completes after them.
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

/** The register's status while a request waits for its closing effects. */
export const CLOSING_STATUS = 'Sedang diselesaikan';

/** A handler's result; `blocked` is the reason when the failure is permanent (see failures.ts). */
type Attempt = EffectResult & { blocked?: string };

/** True when `kind` can run now: it has a handler, or it is the engine's own close. */
export function hasRunner(handlers: EffectHandlers, kind: EffectKind): boolean {
  return kind === 'close' || handlers[kind] !== undefined;
}

/**
 * The pending effects that hold `close` back: the others of the same click, notices to officials excepted.
 * The click is the key's part before the kind (`${id}:v${n}:`), also for a repeat ('…:close:2').
 */
function holding(pending: string[], close: Effect): Effect[] {
  const click = close.key.slice(0, close.key.lastIndexOf(`:${close.kind}`) + 1);
  return pending
    .map(effectFromPending)
    .filter(
      (e): e is Effect => e !== null && e.key.startsWith(click) && e.kind !== 'close' && e.kind !== 'notify_role',
    );
}

/** The link goes out with the letter of the same click (Tarakan's Surat Tanggapan): not before it is signed and sent. */
function linkWaitsForLetter(effect: Effect, pending: string[]): Attempt | null {
  if (effect.kind !== 'send_link') return null;
  const letter = holding(pending, effect).filter((e) => e.kind === 'sign_letter' || e.kind === 'send_letter');
  return letter.length > 0
    ? { status: 'pending', note: 'tautan dikirim bersama surat, setelah surat ditandatangani dan dikirim' }
    : null;
}

/** Closes `request` (moves it to the final step of the click) unless effects of that click are still pending. */
function closeRequest(request: VcRequest, preset: Preset, effect: Effect, pending: string[], now: Date): Attempt {
  const waiting = holding(pending, effect);
  const target = preset.steps.find((s) => s.id === effect.params.toStep);
  if (waiting.length > 0 || !target) {
    const from = effect.params.fromStep || request.stepId;
    const what = waiting.map((e) => EFFECT_LABELS[e.kind]).join(', ') || 'langkah akhir tidak ditemukan';
    return {
      status: 'pending',
      note: `belum selesai: menunggu ${what}`,
      request: { ...request, stepId: from, status: CLOSING_STATUS },
    };
  }
  const moved = request.stepId !== target.id || request.status !== target.status;
  const closed = moved
    ? { ...request, stepId: target.id, status: target.status, stepSince: now.toISOString() }
    : request;
  return { status: 'done', note: `permohonan ${target.status.toLowerCase()}`, request: closed };
}

function attempt(handler: EffectHandler | undefined, request: VcRequest, preset: Preset, effect: Effect): Attempt {
  if (!handler) return { status: 'pending', note: NO_ADAPTER };
  try {
    return handler({ request, preset, effect });
  } catch (err) {
    const note = failureNote(err);
    return err instanceof PermanentFailure
      ? { status: 'pending', note, blocked: err.message }
      : { status: 'pending', note };
  }
}

/** The note a failed effect leaves on its request (what officials read in the detail). */
export function failureNote(err: unknown): string {
  if (err instanceof PermanentFailure) return `gagal, perlu diperbaiki: ${err.message}`;
  return `gagal, akan dicoba lagi: ${err instanceof Error ? err.message : String(err)}`;
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
    const result =
      effect.kind === 'close'
        ? closeRequest(current, preset, effect, pending, clock.now())
        : (linkWaitsForLetter(effect, pending) ?? attempt(handlers[effect.kind], current, preset, effect));
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
