/**
 * The SOP engine: a pure function from (request, preset, action, actor, now) to the new request
 * state, the effects app/ must perform, and the history entry — or a refusal in Indonesian.
 */
import type { VcRequest } from '../request';
import { APPLICANT_ROLE } from './types';
import type { ActionDef, ActionInput, Actor, Preset, StepDef } from './types';
import { roleLabel } from '../users';
import { checkInput } from './inputs';
import { CANCEL_ACTION } from './vocabulary';
import { refuse, STALE_REASON, transition } from './transition';
import { localDate, type OfficeZone } from '../dates';
import type { Outcome, RefusalCode } from './transition';
import { roundTheClock, type WorkCalendar } from '../working-time';
import { cancelAt, CLOSING_REASON, isClosing, tooLateToCancel } from './cancel';

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

/** Every role that may act at `step`: its actor and the roles that share it. */
export function stepRoles(step: StepDef): string[] {
  return [step.actor, ...(step.alsoActors ?? [])];
}

/**
 * Whether `actor` may act at the request's current step: directly by one of its roles, or as Plh
 * through `actor.delegated` (already resolved for today). `asLabel` is "Nama" or "Nama sebagai Plh
 * <peran>". A request being closed takes no action. Admin rights are not considered here (see
 * actionsFor / applyAction for the cancel an admin may always take).
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
  if (isClosing(request)) return { ok: false, reason: CLOSING_REASON };
  if (step.actor === APPLICANT_ROLE)
    return { ok: false, reason: 'Langkah ini menunggu pemohon memperbaiki permohonan.' };
  const roles = stepRoles(step);
  if (roles.some((r) => actor.roles.includes(r))) return { ok: true, asLabel: displayName(actor) };
  const plh = actor.delegated.find((d) => roles.includes(d.role));
  if (plh) return { ok: true, asLabel: `${displayName(actor)} sebagai Plh ${roleLabel(preset, plh.role)}` };
  return {
    ok: false,
    reason: `Langkah ini dikerjakan oleh ${roles.map((r) => roleLabel(preset, r)).join(' atau ')}; Anda tidak memegang peran itu, juga tidak sebagai Plh.`,
  };
}

const ADMIN_ONLY_CANCEL =
  'Pada langkah ini permohonan hanya dapat dibatalkan oleh admin (kolom Admin = Ya di sheet Pengguna) atau oleh pemohon.';

function actingLabel(
  request: VcRequest,
  preset: Preset,
  actor: Actor,
  action: ActionDef,
  listed: boolean,
): { ok: true; asLabel: string } | { ok: false; reason: string } {
  const direct = canAct(request, preset, actor);
  if (listed && (direct.ok || !actor.isAdmin || action.id !== CANCEL_ACTION)) return direct;
  if (isClosing(request)) return { ok: false, reason: CLOSING_REASON };
  if (!actor.isAdmin) return { ok: false, reason: direct.ok ? ADMIN_ONLY_CANCEL : direct.reason };
  return { ok: true, asLabel: `${displayName(actor)} sebagai Admin` };
}

/** The step's actions plus the engine's cancel where the step lists none (an admin's, until the event). */
function offered(preset: Preset, step: StepDef): Array<{ action: ActionDef; listed: boolean }> {
  const own = step.actions.map((action) => ({ action, listed: true }));
  const cancel = step.actions.some((a) => a.id === CANCEL_ACTION) ? null : cancelAt(preset, step);
  return cancel ? [...own, { action: cancel, listed: false }] : own;
}

/**
 * The actions (sidebar buttons) `actor` may take now: the step's own when it is theirs, and "batalkan"
 * for an admin at any step of the flow. With `at`, a cancel is no longer offered once the event started.
 */
export function actionsFor(
  request: VcRequest,
  preset: Preset,
  actor: Actor,
  at?: { now: Date; zone: OfficeZone },
): ActionDef[] {
  const found = currentStep(request, preset);
  if ('reason' in found || found.step.terminal) return [];
  const late = at ? tooLateToCancel(request, at.now, at.zone) !== null : false;
  return offered(preset, found.step)
    .filter(({ action, listed }) => actingLabel(request, preset, actor, action, listed).ok)
    .filter(({ action }) => !(late && action.id === CANCEL_ACTION))
    .map(({ action }) => action);
}

function findAction(
  preset: Preset,
  step: StepDef,
  actionId: string,
): { action: ActionDef; listed: boolean } | { code: RefusalCode; reason: string } {
  const here = offered(preset, step).find((o) => o.action.id === actionId);
  if (here) return here;
  const elsewhere = preset.steps.flatMap((s) => s.actions).find((a) => a.id === actionId);
  return elsewhere
    ? { code: 'wrong_step', reason: `Tindakan "${elsewhere.label}" tidak tersedia pada tahap "${step.status}".` }
    : { code: 'unknown_action', reason: `Tindakan "${actionId}" tidak dikenal dalam alur SOP ini.` };
}

/**
 * Applies one official's action. Refuses, in this order: unknown request ('not_found'), stale
 * version ('stale'), preset/step mismatch ('broken_preset'), finished request ('terminal'), action
 * not at this step ('wrong_step' / 'unknown_action'), actor without the step's role ('wrong_role'),
 * a cancel once the event started ('too_late'), a field the action does not declare, missing or
 * malformed input ('missing_input' / 'invalid_input'; see checkInput). `now` is the only clock; Mutu
 * Baku is counted in `cal` (default: round the clock in the preset's zone).
 */
export function applyAction(
  request: VcRequest,
  preset: Preset,
  cmd: ActionCommand,
  actor: Actor,
  now: Date,
  cal: WorkCalendar = roundTheClock(preset.timeZone),
): Outcome {
  if (cmd.requestId !== request.id) return refuse('not_found', `Permintaan ${cmd.requestId} tidak ditemukan.`);
  if (request.version !== cmd.expectedVersion) return refuse('stale', STALE_REASON);
  const found = currentStep(request, preset);
  if ('reason' in found) return refuse('broken_preset', found.reason);
  const from = found.step;
  if (from.terminal) return refuse('terminal', terminalReason(from));
  if (isClosing(request)) return refuse('terminal', CLOSING_REASON);
  const picked = findAction(preset, from, cmd.action);
  if ('code' in picked) return refuse(picked.code, picked.reason);
  const who = actingLabel(request, preset, actor, picked.action, picked.listed);
  if (!who.ok) return refuse('wrong_role', who.reason);
  const late = picked.action.id === CANCEL_ACTION ? tooLateToCancel(request, now, cal.zone) : null;
  if (late) return refuse('too_late', late);
  const input = cmd.input;
  const problem = checkInput(picked.action, input, {
    requiredDocs: preset.requiredDocumentation,
    today: localDate(now, cal.zone),
    platform: request.platform,
    cal,
  });
  if (problem) return refuse(problem.code, problem.reason);
  return transition({
    request,
    preset,
    from,
    action: picked.action,
    input,
    now,
    cal,
    actorEmail: actor.email,
    actorLabel: who.asLabel,
  });
}

export { enterStart, intakeEffects } from './entry';
export { resubmit } from './resubmit';
