/**
 * Closings the engine offers on every preset, beside the SOP's own steps:
 * - "tidak terlaksana": a request whose event has passed without being handled (no meeting link ever
 *   made) is closed in one click by the step's officials or an admin, its bookings released and the
 *   applicant told;
 * - reopening: an admin may undo any closing (Selesai, Ditolak, Dibatalkan, tidak terlaksana …)
 *   within a day, sending the request back to the step it left, with its bookings (and a meeting the
 *   closing deleted) made again. Both are recorded in Riwayat like any action.
 */
import type { HistoryRecord } from '../history';
import type { VcRequest } from '../request';
import { roundTheClock, type WorkCalendar } from '../working-time';
import { eventInstant } from './clock';
import { isClosing } from './cancel';
import { CANCELLED_STEP } from './presets/common';
import { refuse, transition, type Outcome } from './transition';
import type { ActionDef, Actor, Preset, StepDef } from './types';
import { APPLICANT_ROLE } from './types';

/** The engine's own terminal step for an event that passed unhandled. */
export const NOT_HELD_STEP = 'tidak_terlaksana';
/** How long after a closing an admin may still undo it. */
export const REOPEN_WINDOW_MS = 24 * 60 * 60 * 1000;

const NOT_HELD_ACTION = 'tidak_terlaksana';
const REOPEN_ACTION = 'buka_kembali';

/** `preset` with the engine's own terminal step added when it lacks one (every preset can close as not held). */
export function withEngineSteps(preset: Preset): Preset {
  if (preset.steps.some((s) => s.id === NOT_HELD_STEP)) return preset;
  const owner = preset.steps.find((s) => s.id === CANCELLED_STEP)?.actor ?? preset.roles[0]?.id ?? '';
  const notHeld: StepDef = {
    id: NOT_HELD_STEP,
    label: 'Kegiatan tidak terlaksana',
    actor: owner,
    standardMinutes: null,
    status: 'Tidak Terlaksana',
    actions: [],
    terminal: true,
  };
  return { ...preset, steps: [...preset.steps, notHeld] };
}

function stepOf(preset: Preset, id: string): StepDef | undefined {
  return preset.steps.find((s) => s.id === id);
}

/**
 * True when `r`'s event has ended while the request is still in the flow without a meeting link (it
 * was never handled in time): such requests leave "Tugas saya" for the "Terlewat" group.
 */
export function isMissed(r: VcRequest, preset: Preset, now: Date, cal: WorkCalendar): boolean {
  const step = stepOf(preset, r.stepId);
  if (!step || step.terminal || isClosing(r) || r.joinUrl !== '') return false;
  const end = eventInstant(r, 'event_end', cal.zone);
  return end !== null && end <= now;
}

function mayClose(step: StepDef, actor: Actor): boolean {
  if (actor.isAdmin) return true;
  const roles = [step.actor, ...(step.alsoActors ?? [])];
  const own = step.actor === APPLICANT_ROLE ? [] : roles;
  return own.some((role) => actor.roles.includes(role) || actor.delegated.some((d) => d.role === role));
}

const notHeldAction = (): ActionDef => ({
  id: NOT_HELD_ACTION,
  label: 'Tutup: tidak terlaksana',
  to: NOT_HELD_STEP,
  requires: [],
  effects: [{ kind: 'release' }, { kind: 'notify_applicant', params: { template: 'tidak_terlaksana' } }],
});

/**
 * Closes a missed request (isMissed) as "tidak terlaksana" for `actor`: an official of its current
 * step or an admin. `preset` must include the engine's steps (withEngineSteps).
 */
export function closeAsNotHeld(
  r: VcRequest,
  preset: Preset,
  actor: Actor,
  now: Date,
  cal: WorkCalendar = roundTheClock(preset.timeZone),
): Outcome {
  const from = stepOf(preset, r.stepId);
  if (!from) return refuse('broken_preset', `Langkah "${r.stepId}" tidak ada di alur SOP ${preset.name}.`);
  if (!isMissed(r, preset, now, cal))
    return refuse(
      'wrong_step',
      'Hanya permohonan yang waktu kegiatannya sudah lewat tanpa tautan rapat yang dapat ditutup sebagai tidak terlaksana.',
    );
  if (!mayClose(from, actor)) return refuse('wrong_role', 'Permohonan ini ditutup oleh petugas tahapnya atau admin.');
  return transition({
    request: r,
    preset,
    from,
    action: notHeldAction(),
    input: { note: 'Waktu kegiatan sudah lewat sebelum permohonan selesai diproses.' },
    now,
    cal,
    actorEmail: actor.email,
    actorLabel: actor.name.trim() || actor.email,
  });
}

/** The closing `r` is in: the step it left and when, from its history; null when it is not closed. */
export function lastClosing(
  r: VcRequest,
  preset: Preset,
  history: HistoryRecord[],
): { fromStep: string; at: string } | null {
  if (stepOf(preset, r.stepId)?.terminal !== true) return null;
  const entry = [...history].reverse().find((h) => h.kind === 'aksi' && h.toStep === r.stepId);
  const from = entry ? stepOf(preset, entry.fromStep) : undefined;
  if (!entry || !from || from.terminal) return null;
  return { fromStep: from.id, at: r.stepSince || entry.at };
}

/** Until when an admin may reopen `r` (ISO), or null when it is not closed or the day has passed. */
export function reopenableUntil(r: VcRequest, preset: Preset, history: HistoryRecord[], now: Date): string | null {
  const closing = lastClosing(r, preset, history);
  const at = closing ? Date.parse(closing.at) : Number.NaN;
  if (Number.isNaN(at) || now.getTime() - at > REOPEN_WINDOW_MS) return null;
  return new Date(at + REOPEN_WINDOW_MS).toISOString();
}

/** True when the closing click deleted a meeting (so reopening makes it again). */
function closingDeletedMeeting(r: VcRequest, history: HistoryRecord[]): boolean {
  const prefix = `${r.id}:v${r.version}:cancel_meeting`;
  return history.some((h) => h.kind === 'efek' && h.key.startsWith(prefix) && h.note.startsWith('rapat '));
}

/**
 * An admin reopens a closed request within REOPEN_WINDOW_MS of its closing: back to the step it left,
 * its bookings reserved again (and its meeting made again when the closing deleted it), the applicant
 * told, the step's officials notified. `note` is the admin's reason (required).
 */
export function reopen(
  r: VcRequest,
  preset: Preset,
  actor: Actor,
  history: HistoryRecord[],
  note: string,
  now: Date,
  cal: WorkCalendar = roundTheClock(preset.timeZone),
): Outcome {
  if (!actor.isAdmin)
    return refuse('wrong_role', 'Hanya admin yang dapat membuka kembali permohonan yang sudah ditutup.');
  const closing = lastClosing(r, preset, history);
  const from = stepOf(preset, r.stepId);
  if (!closing || !from)
    return refuse('wrong_step', 'Permohonan ini tidak sedang ditutup; tidak ada yang dibuka kembali.');
  if (!reopenableUntil(r, preset, history, now))
    return refuse('too_late', 'Penutupan hanya dapat dibatalkan dalam satu hari; ajukan permohonan baru bila perlu.');
  if (note.trim() === '') return refuse('missing_input', 'Tuliskan alasan membuka kembali permohonan ini.');
  const effects: ActionDef['effects'] = [{ kind: 'reserve' }];
  if (closingDeletedMeeting(r, history)) effects.push({ kind: 'create_meeting' });
  effects.push({ kind: 'notify_applicant', params: { template: 'dilanjutkan' } });
  const action: ActionDef = {
    id: REOPEN_ACTION,
    label: 'Buka kembali',
    to: closing.fromStep,
    requires: ['note'],
    effects,
  };
  return transition({
    request: r,
    preset,
    from,
    action,
    input: { note: note.trim() },
    now,
    cal,
    actorEmail: actor.email,
    actorLabel: `${actor.name.trim() || actor.email} sebagai Admin`,
  });
}
