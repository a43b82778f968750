/**
 * Small builders shared by the seed presets, so each preset file reads like its SOP table.
 * They produce the canonical shape presetFromRows also produces (optional flags only when true).
 */
import { APPLICANT_ROLE } from '../types';
import type { ActionDef, ActionRequirement, EffectKind, StepDef } from '../types';
import { CANCEL_ACTION, RESUBMIT_ACTION } from '../vocabulary';

type DeclaredEffect = ActionDef['effects'][number];

/** One declared effect, with static params when given. */
export function fx(kind: EffectKind, params?: Record<string, string>): DeclaredEffect {
  return params ? { kind, params } : { kind };
}

interface ActionOptions {
  requires?: ActionRequirement[];
  effects?: DeclaredEffect[];
  negative?: boolean;
  appliesAlternative?: boolean;
  checksSchedule?: boolean;
  documents?: string[];
}

/** An action (button) moving the request to step `to`. */
export function act(id: string, label: string, to: string, opts: ActionOptions = {}): ActionDef {
  const action: ActionDef = { id, label, to, requires: opts.requires ?? [], effects: opts.effects ?? [] };
  if (opts.negative) action.negative = true;
  if (opts.appliesAlternative) action.appliesAlternative = true;
  if (opts.checksSchedule) action.checksSchedule = true;
  if (opts.documents) action.documents = [...opts.documents];
  return action;
}

/** A step of the SOP; `decidesSchedule` marks where the authoritative clash check runs. */
export function step(
  id: string,
  label: string,
  actor: string,
  standardMinutes: number | null,
  status: string,
  actions: ActionDef[],
  decidesSchedule = false,
): StepDef {
  const s: StepDef = { id, label, actor, standardMinutes, status, actions };
  if (decidesSchedule) s.decidesSchedule = true;
  return s;
}

/** A terminal step (no actions) with the given status. */
export function terminal(id: string, label: string, status: string, actor: string): StepDef {
  return { id, label, actor, standardMinutes: null, status, actions: [], terminal: true };
}

/** The step every cancellation leads to (each seed preset has it; the engine offers cancel only where it exists). */
export const CANCELLED_STEP = 'dibatalkan';

/**
 * "Batalkan": a reasoned cancellation that frees the reservations, deletes the meeting, and tells
 * the applicant and the officials concerned (the role of the step it leaves, and the operator).
 */
export function cancelAction(label = 'Batalkan Permohonan'): ActionDef {
  return act(CANCEL_ACTION, label, CANCELLED_STEP, {
    requires: ['note'],
    negative: true,
    effects: [
      fx('release'),
      fx('cancel_meeting'),
      fx('notify_applicant', { template: 'dibatalkan' }),
      fx('notify_role', { template: 'dibatalkan', roleOf: 'from' }),
    ],
  });
}

/** A reasoned return of the request to the applicant for revision (template 'perbaikan', with the edit link). */
export function returnAction(id: string, label: string): ActionDef {
  return act(id, label, 'perbaikan', {
    requires: ['note'],
    negative: true,
    effects: [fx('notify_applicant', { template: 'perbaikan' })],
  });
}

/** The applicant's revision step: 'ajukan_ulang' (performed by resubmit) goes back to `start`. */
export function revisionStep(start: string): StepDef {
  return step(
    'perbaikan',
    'Pemohon memperbaiki dan mengajukan ulang permohonan',
    APPLICANT_ROLE,
    null,
    'Perlu Perbaikan',
    [act(RESUBMIT_ACTION, 'Ajukan Ulang', start), cancelAction()],
  );
}

/** The finished step. `actor` is the role that closes it (for display only). */
export function finished(actor: string): StepDef {
  return terminal('selesai', 'Selesai', 'Selesai', actor);
}

/** The cancelled step. */
export function cancelled(actor: string): StepDef {
  return terminal(CANCELLED_STEP, 'Permohonan dibatalkan', 'Dibatalkan', actor);
}
