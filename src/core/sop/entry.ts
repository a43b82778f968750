/**
 * How a new request enters the flow: its first step, and the notices that go out with it.
 */
import type { VcRequest } from '../request';
import { roleLabel } from '../users';
import { FOLLOW_UP_PROBLEM } from '../intake/letter-fields';
import { awaitsFollowUp, FOLLOW_UP_STATUS } from './follow-up';
import { APPLICANT_ROLE } from './types';
import type { Effect, Preset, StepDef } from './types';

function stepOf(preset: Preset, stepId: string): StepDef | undefined {
  return preset.steps.find((s) => s.id === stepId);
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
  const placed = { ...request, stepId };
  return {
    ...placed,
    status: awaitsFollowUp(placed, preset) ? FOLLOW_UP_STATUS : step.status,
    stepSince: now.toISOString(),
    version: 1,
    presetId: preset.id,
    presetVersion: preset.version,
  };
}

/**
 * The notices for a request enterStart just placed (version 1): notify_role for the start step's
 * office role and the applicant's receipt ('diterima': number, next step, standard time), or
 * notify_applicant (template 'perbaikan', with problems and edit link) when it waits for the
 * applicant. `leadWarnings` (too little notice before the event: Bandung's H-1) go to both sides:
 * with the officials' notice, and in the receipt.
 * Keys follow the engine's pattern `${id}:v1:${kind}`.
 */
export function intakeEffects(request: VcRequest, preset: Preset, leadWarnings: string[] = []): Effect[] {
  const step = stepOf(preset, request.stepId);
  if (!step || step.terminal) return [];
  const key = (kind: string): string => `${request.id}:v${request.version}:${kind}`;
  const base = { action: 'masuk', fromStep: '', toStep: step.id, status: step.status };
  const warned: Record<string, string> = leadWarnings.length > 0 ? { warnings: leadWarnings.join('\n') } : {};
  if (step.actor !== APPLICANT_ROLE) {
    const notice: Effect = {
      kind: 'notify_role',
      key: key('notify_role'),
      params: { ...base, ...warned, role: step.actor, roleLabel: roleLabel(preset, step.actor) },
    };
    const receipt = { ...base, warnings: leadWarnings.join('\n'), template: 'diterima' };
    return [notice, { kind: 'notify_applicant', key: key('notify_applicant'), params: receipt }];
  }
  const problems = request.problems.filter((p) => p !== FOLLOW_UP_PROBLEM);
  if (problems.length === 0) return [];
  const params: Record<string, string> = { ...base, template: 'perbaikan', problems: problems.join('\n') };
  if (request.editUrl) params.editUrl = request.editUrl;
  return [{ kind: 'notify_applicant', key: key('notify_applicant'), params }];
}
