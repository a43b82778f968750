/**
 * The applicant answers an offer of other times from their status page: one of the offered times
 * (request.offers) is accepted with one click. It performs the step's own "accepted" action (the one
 * that applies an alternative) as the applicant, so the SOP goes on exactly as when the official
 * records the answer; the schedule is checked again by app/ before anything is booked.
 */
import { localDate, localTime, type OfficeZone } from '../dates';
import { formatLongDate, formatTimeRange } from '../indonesian';
import type { OfferedSlot, VcRequest } from '../request';
import { roundTheClock, type WorkCalendar } from '../working-time';
import { CLOSING_REASON, isClosing } from './cancel';
import { refuse, transition, type Outcome } from './transition';
import type { ActionDef, Preset, StepDef } from './types';

/** The action at `step` that accepts an offered time (applies an alternative), or null. */
export function acceptActionAt(step: StepDef | undefined): ActionDef | null {
  if (!step || step.terminal) return null;
  return (
    step.actions.find((a) => a.appliesAlternative === true && a.requires.includes('alternative') && !a.negative) ?? null
  );
}

/** True when `slot` starts after `now` in `zone`. */
function upcoming(slot: OfferedSlot, now: Date, zone: OfficeZone): boolean {
  const today = localDate(now, zone);
  return slot.date > today || (slot.date === today && slot.start > localTime(now, zone));
}

/** The offers the applicant may still accept now: the request waits for their answer, and the time is ahead. */
export function openOffers(r: VcRequest, preset: Preset, now: Date, zone: OfficeZone): OfferedSlot[] {
  const step = preset.steps.find((s) => s.id === r.stepId);
  if (!acceptActionAt(step) || isClosing(r)) return [];
  return (r.offers ?? []).filter((s) => upcoming(s, now, zone));
}

/** 'Senin, 7 Desember 2026 pukul 09.00–11.00 WIB'. */
export function offerText(s: OfferedSlot, zone: OfficeZone): string {
  return `${formatLongDate(s.date)} pukul ${formatTimeRange(s.start, s.end, zone)}`;
}

/**
 * The applicant accepts `slot`, which must be one of the open offers (openOffers): the step's accept
 * action runs with it as the alternative, in the applicant's name. Refused (in Indonesian) when the
 * request no longer waits for an answer, the time is not one offered, or it has passed.
 */
export function acceptByApplicant(
  r: VcRequest,
  preset: Preset,
  slot: OfferedSlot,
  now: Date,
  cal: WorkCalendar = roundTheClock(preset.timeZone),
): Outcome {
  const from = preset.steps.find((s) => s.id === r.stepId);
  const action = acceptActionAt(from);
  if (!from || !action)
    return refuse('wrong_step', 'Permohonan ini tidak sedang menunggu jawaban Anda atas waktu lain.');
  if (isClosing(r)) return refuse('terminal', CLOSING_REASON);
  const offered = openOffers(r, preset, now, cal.zone).some(
    (o) => o.date === slot.date && o.start === slot.start && o.end === slot.end,
  );
  if (!offered)
    return refuse('invalid_input', 'Waktu itu tidak termasuk yang kami tawarkan atau sudah lewat. Muat ulang halaman.');
  return transition({
    request: r,
    preset,
    from,
    action,
    input: { alternative: { ...slot }, note: `Pemohon memilih waktu ${offerText(slot, cal.zone)}.` },
    now,
    cal,
    actorEmail: r.email,
    actorLabel: `${r.applicantName || 'Pemohon'} (pemohon)`,
  });
}
