/**
 * The accepted-transition half of the engine: builds the new request, its effects and the
 * history entry. Shared by applyAction (officials) and resubmit (the applicant).
 */
import type { VcRequest } from '../request';
import type { ActionDef, ActionInput, Effect, HistoryDraft, Preset, StepDef } from './types';
import { buildEffects } from './effects';
import { minutesSpent, standardOf } from './clock';
import type { WorkCalendar } from '../working-time';

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
  | 'broken_preset'
  | 'too_late';

/** The engine's answer: the action applied, the new state with its effects and history, or an Indonesian refusal. */
export type Outcome =
  | { ok: true; action: ActionDef; request: VcRequest; effects: Effect[]; history: HistoryDraft }
  | { ok: false; reason: string; code: RefusalCode };

/** The exact refusal for a click based on an outdated sidebar. */
export const STALE_REASON = 'Permintaan sudah diperbarui, muat ulang.';

/** A refusal outcome. */
export function refuse(code: RefusalCode, reason: string): Outcome {
  return { ok: false, code, reason };
}

/** Everything a transition needs once every check has passed. */
export interface TransitionArgs {
  request: VcRequest;
  preset: Preset;
  from: StepDef;
  action: ActionDef;
  input: ActionInput;
  now: Date;
  /** The office's working time, in which the Mutu Baku of plain steps is counted. */
  cal: WorkCalendar;
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
  if (input.host) next.host = input.host.trim();
  if (input.link) next.joinUrl = input.link.trim();
  if (input.srikandiNumber) next.srikandiNumber = input.srikandiNumber.trim();
  if (input.testTime) next.testTime = `${input.testTime.date} ${input.testTime.time}`;
  if (action.appliesAlternative && input.alternative) {
    next.eventDate = input.alternative.date;
    next.startTime = input.alternative.start;
    next.endTime = input.alternative.end;
  }
  // An offer of another time (the official's choice first; app/offers.ts adds free ones) waits for
  // the applicant's answer; applying an alternative settles it.
  if (action.appliesAlternative) next.offers = [];
  else if (action.requires.includes('alternative') && input.alternative) next.offers = [{ ...input.alternative }];
  return next;
}

/**
 * The history note: the official's note, then what the action recorded (a typed meeting link, the
 * SRIKANDI number, the test time, documents), each on a line of its own.
 */
function historyNote(input: ActionInput): string {
  const link = input.link?.trim() ?? '';
  const parts = [input.note ?? '', link && `Tautan rapat dicatat: ${link}`];
  if (input.srikandiNumber) parts.push(`Nomor SRIKANDI: ${input.srikandiNumber.trim()}`);
  if (input.testTime) parts.push(`Uji koneksi: ${input.testTime.date} ${input.testTime.time}`);
  const docs = Object.entries(input.documentation ?? {}).filter(([, v]) => v.trim() !== '');
  if (docs.length > 0) parts.push(`Dokumentasi — ${docs.map(([k, v]) => `${k}: ${v.trim()}`).join('; ')}`);
  return parts.filter((p) => p !== '').join('\n');
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
    minutesTaken: minutesSpent(args.from, args.request, args.now, args.cal),
    standardMinutes: standardOf(args.from, args.cal),
  };
  return { ok: true, action: args.action, request, effects, history };
}
