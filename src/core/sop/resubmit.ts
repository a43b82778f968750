/**
 * The applicant's side of the flow: a revised request (the FPVC edited, or a new letter) goes
 * from the preset's revision step back to its start step (Tangerang: "bila tidak ditandatangani,
 * dilanjutkan ke nomor 1").
 */
import type { RequestFields, VcRequest } from '../request';
import type { Preset } from './types';
import { refuse, transition } from './transition';
import type { Outcome } from './transition';
import { RESUBMIT_ACTION } from './vocabulary';
import { roundTheClock, type WorkCalendar } from '../working-time';

/** What the applicant sent again, already parsed and validated by the caller. */
export interface Revision {
  fields: RequestFields;
  /** Indonesian reasons the revision is still invalid; empty when it is valid. */
  problems: string[];
  warnings: string[];
}

/**
 * Applies the applicant's revision to a request waiting at `preset.revisionStep`.
 * Valid (no problems) → the revision step's 'ajukan_ulang' action moves it to its target (the
 * start step), notifying that step's role. Still invalid → it stays at the revision step with
 * the new fields, a new version, and a 'perbaikan' notice to the applicant.
 * Refuses with 'wrong_step' when the request is not waiting for a revision, 'broken_preset' when
 * the preset does not match or has no 'ajukan_ulang' action there. The history actor is the applicant.
 */
export function resubmit(
  request: VcRequest,
  preset: Preset,
  revision: Revision,
  now: Date,
  cal: WorkCalendar = roundTheClock(preset.timeZone),
): Outcome {
  if (request.presetId && request.presetId !== preset.id) {
    return refuse(
      'broken_preset',
      `Permintaan ini memakai alur SOP "${request.presetId}", bukan "${preset.id}". Hubungi admin.`,
    );
  }
  const step = preset.steps.find((s) => s.id === request.stepId);
  if (!step || step.id !== preset.revisionStep) {
    return refuse(
      'wrong_step',
      'Permintaan ini tidak sedang menunggu perbaikan dari pemohon; perubahan belum diterapkan.',
    );
  }
  const action = step.actions.find((a) => a.id === RESUBMIT_ACTION);
  if (!action)
    return refuse(
      'broken_preset',
      `Langkah perbaikan "${step.id}" tidak punya tindakan "${RESUBMIT_ACTION}". Hubungi admin.`,
    );
  const revised: VcRequest = {
    ...request,
    ...revision.fields,
    problems: revision.problems,
    warnings: revision.warnings,
  };
  const stillInvalid = revision.problems.length > 0;
  const chosen = stillInvalid
    ? { ...action, to: step.id, effects: [{ kind: 'notify_applicant' as const, params: { template: 'perbaikan' } }] }
    : action;
  return transition({
    request: revised,
    preset,
    from: step,
    action: chosen,
    input: {},
    now,
    cal,
    actorEmail: revision.fields.email || request.email,
    actorLabel: revision.fields.applicantName || request.applicantName || 'Pemohon',
  });
}
