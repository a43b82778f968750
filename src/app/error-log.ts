/**
 * Errors met in normal use (an effect that failed, an hourly job, a trigger or command that
 * threw) go to the protected Log sheet with Google's or Zoom's exact words next to the
 * Indonesian text people were shown, so a later report carries the real cause.
 */
import type { EffectHandlers } from './ports';
import { EFFECT_LABELS, failureNote } from './effects';

/** One error as it is logged. `raw` is what Google or Zoom said; `shown` what people read. */
export interface ErrorEntry {
  source: string;
  requestId: string;
  raw: string;
  shown: string;
}

/** Where errors are recorded during one execution (written once, when it ends). */
export interface ErrorLog {
  record(entry: ErrorEntry): void;
}

/**
 * Google's or Zoom's own words behind `error`: an adapter that translated a failure keeps the
 * original as `raw` (ZoomError, PermanentFailure); anything else is its message as thrown.
 */
export function rawMessage(error: unknown): string {
  const raw = (error as { raw?: unknown } | null)?.raw;
  if (typeof raw === 'string' && raw !== '') return raw;
  return error instanceof Error ? error.message : String(error);
}

/** `error`, marked as already in the Log (an execution that rethrows it does not log it twice). */
export function markLogged<E extends Error>(error: E): E {
  return Object.assign(error, { logged: true });
}

/** True when `error` was marked by markLogged. */
export function isLogged(error: unknown): boolean {
  return (error as { logged?: unknown } | null)?.logged === true;
}

/** `handlers`, each recording a thrown failure in `log` (with the note the request shows) before rethrowing it. */
export function loggedHandlers(handlers: EffectHandlers, log: ErrorLog): EffectHandlers {
  const out: EffectHandlers = {};
  for (const [kind, handler] of Object.entries(handlers) as Array<
    [keyof EffectHandlers, EffectHandlers[keyof EffectHandlers]]
  >) {
    if (!handler) continue;
    out[kind] = (ctx) => {
      try {
        return handler(ctx);
      } catch (error) {
        log.record({
          source: `Efek: ${EFFECT_LABELS[kind]}`,
          requestId: ctx.request.id,
          raw: rawMessage(error),
          shown: failureNote(error),
        });
        throw error;
      }
    };
  }
  return out;
}
