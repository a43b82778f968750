/**
 * The accepted-transition half of the engine: builds the new request, its effects and the
 * history entry. Shared by applyAction (officials) and resubmit (the applicant).
 */
import type { VcRequest } from '../request';
import type { ActionDef, ActionInput, Effect, HistoryDraft, Preset, StepDef } from './types';
import { buildEffects } from './effects';
import { minutesBetween } from '../dates';

/** Why the engine refused an action. */
export type RefusalCode =
  | 'not_found'
  | 'wrong_role'
  | 'wrong_step'
  | 'stale'
  | 'missing_input'
  | 'invalid_input'
  | 'terminal'
  | 'unknown_action'
  | 'broken_preset';

/** The engine's answer: the new state with its effects and history, or an Indonesian refusal. */
export type Outcome =
  | { ok: true; request: VcRequest; effects: Effect[]; history: HistoryDraft }
  | { ok: false; reason: string; code: RefusalCode };

/** The exact refusal for a click based on an outdated sidebar. */
export const STALE_REASON = 'Permintaan sudah diperbarui, muat ulang.';

/** A refusal outcome. */
export function refuse(code: RefusalCode, reason: string): Outcome {
  return { ok: false, code, reason };
}

/** Minutes the request spent in its step (never negative), or null when `stepSince` is unreadable. */
function minutesInStep(stepSince: string, now: Date): number | null {
  const minutes = minutesBetween(stepSince, now);
  return minutes === null ? null : Math.max(0, minutes);
}

/** Everything a transition needs once every check has passed. */
export interface TransitionArgs {
  request: VcRequest;
  preset: Preset;
  from: StepDef;
  action: ActionDef;
  input: ActionInput;
  now: Date;
  actorEmail: string;
  actorLabel: string;
}

function nextRequest(args: TransitionArgs, target: StepDef, nowIso: string): VcRequest {
  const { request, input, action } = args;
  const next: VcRequest = {
    ...request,
    stepId: target.id,
    status: target.status,
    stepSince: nowIso,
    version: request.version + 1,
    note: input.note ?? '',
  };
  if (input.operator) next.operator = input.operator.trim();
  if (input.host) next.host = input.host;
  if (input.link) next.joinUrl = input.link.trim();
  if (action.appliesAlternative && input.alternative) {
    next.eventDate = input.alternative.date;
    next.startTime = input.alternative.start;
    next.endTime = input.alternative.end;
  }
  return next;
}

/** The history note: the official's note, and a typed meeting link on a line of its own (so Riwayat shows where it came from). */
function historyNote(input: ActionInput): string {
  const link = input.link?.trim() ?? '';
  return [input.note ?? '', link && `Tautan rapat dicatat: ${link}`].filter((line) => line !== '').join('\n');
}

/** Performs an already-checked action; 'broken_preset' when the action points to a missing step. */
export function transition(args: TransitionArgs): Outcome {
  const target = args.preset.steps.find((s) => s.id === args.action.to);
  if (!target)
    return refuse(
      'broken_preset',
      `Tindakan "${args.action.label}" menuju langkah "${args.action.to}" yang tidak ada. Hubungi admin.`,
    );
  const nowIso = args.now.toISOString();
  const request = nextRequest(args, target, nowIso);
  const effects = buildEffects({ ...args, target, newVersion: request.version });
  const history: HistoryDraft = {
    requestId: args.request.id,
    at: nowIso,
    actorEmail: args.actorEmail,
    actorLabel: args.actorLabel,
    action: args.action.id,
    fromStep: args.from.id,
    toStep: target.id,
    note: historyNote(args.input),
    minutesTaken: minutesInStep(args.request.stepSince, args.now),
    standardMinutes: args.from.standardMinutes,
  };
  return { ok: true, request, effects, history };
}
