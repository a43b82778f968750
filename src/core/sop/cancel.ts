/**
 * Cancelling a request. An admin, and the applicant, may cancel at any step of the flow until the
 * event starts, even where the SOP lists no "Batalkan" button (the engine offers one); the
 * cancellation frees the bookings, deletes the meeting and tells everyone concerned. A request whose
 * closing effects are still running (see app/effects.ts) takes no action at all.
 */
import type { OfficeZone } from '../dates';
import type { VcRequest } from '../request';
import { roundTheClock, type WorkCalendar } from '../working-time';
import { cancelAction, CANCELLED_STEP } from './presets/common';
import { eventInstant } from './clock';
import { refuse, transition, type Outcome } from './transition';
import type { ActionDef, Preset, StepDef } from './types';
import { CANCEL_ACTION } from './vocabulary';

/** Why a request being closed takes no action. */
export const CLOSING_REASON =
  'Permohonan sedang diselesaikan: surat, tautan atau laporan penutupnya masih diproses dan akan dicoba lagi otomatis. Tidak ada tindakan lagi.';

/** True while the request's closing effect waits for the effects before it (app/effects.ts keeps it pending). */
export function isClosing(request: VcRequest): boolean {
  return request.pending.some((p) => p.startsWith('close|'));
}

/** The cancel action at `step`: its own "Batalkan", else the engine's, when the preset has a cancelled step. */
export function cancelAt(preset: Preset, step: StepDef): ActionDef | null {
  const own = step.actions.find((a) => a.id === CANCEL_ACTION);
  if (own) return own;
  const target = preset.steps.find((s) => s.id === CANCELLED_STEP && s.terminal);
  return target ? cancelAction() : null;
}

/** The refusal for cancelling at `now` once the event has started, else null (unreadable times never block). */
export function tooLateToCancel(request: VcRequest, now: Date, zone: OfficeZone): string | null {
  const start = eventInstant(request, 'event_start', zone);
  return start && now >= start
    ? 'Kegiatan sudah dimulai atau sudah lewat; permohonan tidak dapat dibatalkan lagi.'
    : null;
}

/**
 * The applicant cancels their own request (the status page calls this after verifying their
 * token): refused when it already ended, is being closed, the event has started, or the preset
 * has no cancelled step. The history names the applicant; `reason` is their own words.
 */
export function cancelByApplicant(
  request: VcRequest,
  preset: Preset,
  reason: string,
  now: Date,
  cal: WorkCalendar = roundTheClock(preset.timeZone),
): Outcome {
  const from = preset.steps.find((s) => s.id === request.stepId);
  if (!from) return refuse('broken_preset', `Langkah "${request.stepId}" tidak ada di alur SOP ${preset.name}.`);
  if (from.terminal) return refuse('terminal', `Permohonan sudah berstatus "${from.status}".`);
  if (isClosing(request)) return refuse('terminal', CLOSING_REASON);
  const late = tooLateToCancel(request, now, cal.zone);
  if (late) return refuse('too_late', late);
  const action = cancelAt(preset, from);
  if (!action) return refuse('broken_preset', 'Alur SOP ini tidak punya langkah "dibatalkan". Hubungi kantor layanan.');
  const note = `Dibatalkan oleh pemohon: ${reason.trim() || '(tanpa alasan)'}`;
  return transition({
    request,
    preset,
    from,
    action,
    input: { note },
    now,
    cal,
    actorEmail: request.email,
    actorLabel: `${request.applicantName || 'Pemohon'} (pemohon)`,
  });
}
