/**
 * The SOP engine: a pure function from (request, preset, action, actor, now) to the new request
 * state, the effects app/ must perform, and the history entry — or a refusal in Indonesian.
 */
import type { VcRequest } from '../request';
import { APPLICANT_ROLE } from './types';
import type { ActionDef, ActionInput, Actor, Effect, Preset, StepDef } from './types';
import { roleLabel } from '../users';
import { checkInput } from './inputs';
import { CANCEL_ACTION } from './vocabulary';
import { refuse, STALE_REASON, transition } from './transition';
import { localDate } from '../dates';
import type { Outcome, RefusalCode } from './transition';

export { STALE_REASON };
export type { Outcome };

/** One click of an official: which action on which request, based on which row version. */
export interface ActionCommand {
  requestId: string;
  action: string;
  expectedVersion: number;
  input: ActionInput;
}

/** The step `stepId` of `preset`, or undefined. */
export function stepOf(preset: Preset, stepId: string): StepDef | undefined {
  return preset.steps.find((s) => s.id === stepId);
}

function displayName(actor: Actor): string {
  return actor.name.trim() || actor.email;
}

function currentStep(request: VcRequest, preset: Preset): { step: StepDef } | { reason: string } {
  if (request.presetId && request.presetId !== preset.id) {
    return { reason: `Permintaan ini memakai alur SOP "${request.presetId}", bukan "${preset.id}". Hubungi admin.` };
  }
  const step = stepOf(preset, request.stepId);
  return step
    ? { step }
    : { reason: `Langkah "${request.stepId}" tidak ada di alur SOP ${preset.name}. Hubungi admin.` };
}

function terminalReason(step: StepDef): string {
  return `Permintaan sudah berstatus "${step.status}"; tidak ada tindakan lagi.`;
}

/**
 * Whether `actor` may act at the request's current step: directly by role, or as Plh through
 * `actor.delegated` (already resolved for today). `asLabel` is "Nama" or "Nama sebagai Plh <peran>".
 * Admin rights are not considered here (see actionsFor / applyAction for the cancel override).
 */
export function canAct(
  request: VcRequest,
  preset: Preset,
  actor: Actor,
): { ok: true; asLabel: string } | { ok: false; reason: string } {
  const found = currentStep(request, preset);
  if ('reason' in found) return { ok: false, reason: found.reason };
  const { step } = found;
  if (step.terminal) return { ok: false, reason: terminalReason(step) };
  if (step.actor === APPLICANT_ROLE)
    return { ok: false, reason: 'Langkah ini menunggu pemohon memperbaiki permohonan.' };
  if (actor.roles.includes(step.actor)) return { ok: true, asLabel: displayName(actor) };
  if (actor.delegated.some((d) => d.role === step.actor)) {
    return { ok: true, asLabel: `${displayName(actor)} sebagai Plh ${roleLabel(preset, step.actor)}` };
  }
  return {
    ok: false,
    reason: `Langkah ini dikerjakan oleh ${roleLabel(preset, step.actor)}; Anda tidak memegang peran itu, juga tidak sebagai Plh.`,
  };
}

function actingLabel(
  request: VcRequest,
  preset: Preset,
  actor: Actor,
  action: ActionDef,
): { ok: true; asLabel: string } | { ok: false; reason: string } {
  const direct = canAct(request, preset, actor);
  if (direct.ok || !actor.isAdmin || action.id !== CANCEL_ACTION) return direct;
  return { ok: true, asLabel: `${displayName(actor)} sebagai Admin` };
}

/** The actions (sidebar buttons) `actor` may take now: all of the step's if it is theirs, only "batalkan" for an admin otherwise, else none. */
export function actionsFor(request: VcRequest, preset: Preset, actor: Actor): ActionDef[] {
  const found = currentStep(request, preset);
  if ('reason' in found || found.step.terminal) return [];
  return found.step.actions.filter((a) => actingLabel(request, preset, actor, a).ok);
}

function findAction(
  preset: Preset,
  step: StepDef,
  actionId: string,
): { action: ActionDef } | { code: RefusalCode; reason: string } {
  const action = step.actions.find((a) => a.id === actionId);
  if (action) return { action };
  const elsewhere = preset.steps.flatMap((s) => s.actions).find((a) => a.id === actionId);
  return elsewhere
    ? { code: 'wrong_step', reason: `Tindakan "${elsewhere.label}" tidak tersedia pada tahap "${step.status}".` }
    : { code: 'unknown_action', reason: `Tindakan "${actionId}" tidak dikenal dalam alur SOP ini.` };
}

/**
 * Applies one official's action. Refuses, in this order: unknown request ('not_found'), stale
 * version ('stale'), preset/step mismatch ('broken_preset'), finished request ('terminal'), action
 * not at this step ('wrong_step' / 'unknown_action'), actor without the step's role ('wrong_role'),
 * a field the action does not declare, missing or malformed input ('missing_input' / 'invalid_input';
 * see checkInput). `now` is the only clock.
 */
export function applyAction(request: VcRequest, preset: Preset, cmd: ActionCommand, actor: Actor, now: Date): Outcome {
  if (cmd.requestId !== request.id) return refuse('not_found', `Permintaan ${cmd.requestId} tidak ditemukan.`);
  if (request.version !== cmd.expectedVersion) return refuse('stale', STALE_REASON);
  const found = currentStep(request, preset);
  if ('reason' in found) return refuse('broken_preset', found.reason);
  const from = found.step;
  if (from.terminal) return refuse('terminal', terminalReason(from));
  const picked = findAction(preset, from, cmd.action);
  if ('code' in picked) return refuse(picked.code, picked.reason);
  const who = actingLabel(request, preset, actor, picked.action);
  if (!who.ok) return refuse('wrong_role', who.reason);
  const input = cmd.input;
  const problem = checkInput(picked.action, input, {
    requiredDocs: preset.requiredDocumentation,
    today: localDate(now, preset.timeZone),
    platform: request.platform,
  });
  if (problem) return refuse(problem.code, problem.reason);
  return transition({
    request,
    preset,
    from,
    action: picked.action,
    input,
    now,
    actorEmail: actor.email,
    actorLabel: who.asLabel,
  });
}

/**
 * Puts a freshly registered request into the flow: `preset.start` when valid, else
 * `preset.revisionStep`; sets status, stepSince (= now), version 1 and the preset id/version.
 * Throws when the preset lacks that step (presets are validated on load, so this is a bug).
 */
export function enterStart(request: VcRequest, preset: Preset, now: Date, valid: boolean): VcRequest {
  const stepId = valid ? preset.start : preset.revisionStep;
  const step = stepOf(preset, stepId);
  if (!step) throw new Error(`Alur SOP ${preset.id} tidak punya langkah "${stepId}".`);
  return {
    ...request,
    stepId,
    status: step.status,
    stepSince: now.toISOString(),
    version: 1,
    presetId: preset.id,
    presetVersion: preset.version,
  };
}

/**
 * The notices for a request enterStart just placed (version 1): notify_role for the start step's
 * office role, or notify_applicant (template 'perbaikan', with problems and edit link) when it
 * waits for the applicant. Keys follow the engine's pattern `${id}:v1:${kind}`.
 */
export function intakeEffects(request: VcRequest, preset: Preset): Effect[] {
  const step = stepOf(preset, request.stepId);
  if (!step || step.terminal) return [];
  const key = (kind: string): string => `${request.id}:v${request.version}:${kind}`;
  const base = { action: 'masuk', fromStep: '', toStep: step.id, status: step.status };
  if (step.actor !== APPLICANT_ROLE) {
    return [
      {
        kind: 'notify_role',
        key: key('notify_role'),
        params: { ...base, role: step.actor, roleLabel: roleLabel(preset, step.actor) },
      },
    ];
  }
  const params: Record<string, string> = { ...base, template: 'perbaikan', problems: request.problems.join('\n') };
  if (request.editUrl) params.editUrl = request.editUrl;
  return [{ kind: 'notify_applicant', key: key('notify_applicant'), params }];
}

export { resubmit } from './resubmit';
