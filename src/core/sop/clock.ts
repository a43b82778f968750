/**
 * The Mutu Baku clock of one step for one request: when it starts, what it counts, and how long is
 * left. A plain step counts the office's working minutes from the moment the request entered it;
 * a step tied to the event (StepDef.clock) counts wall-clock minutes from its anchor (never before
 * the step was entered); a step with a deadline (StepDef.deadline) must also be done by it.
 * The engine, "Tugas saya", the reminders and the Rekap all ask here: one rule in one place.
 */
import { addDays, isLocalDate, isLocalTime, minutesBetween, toInstant, type OfficeZone } from '../dates';
import type { VcRequest } from '../request';
import { workdayMinutes, workingMinutesBetween, type WorkCalendar } from '../working-time';
import type { StepDef } from './types';

const MINUTE_MS = 60_000;

/** The step's Mutu Baku in the minutes its clock counts (working days become working minutes); null = none. */
export function standardOf(step: StepDef, cal: WorkCalendar): number | null {
  if (step.standardDays !== undefined) return step.standardDays * workdayMinutes(cal);
  return step.standardMinutes;
}

/** The start or end of `r`'s event as an instant, or null when its date or time is unreadable. */
export function eventInstant(r: VcRequest, which: 'event_start' | 'event_end', zone: OfficeZone): Date | null {
  const time = which === 'event_start' ? r.startTime : r.endTime;
  return isLocalDate(r.eventDate) && isLocalTime(time) ? toInstant(r.eventDate, time, zone) : null;
}

/** `iso` as an instant, or null when it is not a date ('' included: Date.parse gives NaN for it). */
function instant(iso: string): Date | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms);
}

/** When the step's clock starts for `r`: its anchor on the event, but never before the step was entered. */
export function clockStart(step: StepDef, r: VcRequest, cal: WorkCalendar): Date | null {
  const since = instant(r.stepSince);
  const anchor = step.clock ? eventInstant(r, step.clock.anchor, cal.zone) : null;
  if (!step.clock || !anchor) return since;
  const start = new Date(anchor.getTime() + step.clock.offsetMinutes * MINUTE_MS);
  return since && since > start ? since : start;
}

/** Minutes the step's clock has counted at `now` (0 before an event clock starts); null when unreadable. */
export function minutesSpent(step: StepDef, r: VcRequest, now: Date, cal: WorkCalendar): number | null {
  const start = clockStart(step, r, cal);
  if (!start) return null;
  if (step.clock) return Math.max(0, minutesBetween(start, now) ?? 0);
  return workingMinutesBetween(cal, start, now);
}

/** The instant the step's deadline falls (the start of the day after H-n), or null without one. */
export function deadlineOf(step: StepDef, r: VcRequest, cal: WorkCalendar): Date | null {
  if (!step.deadline || !isLocalDate(r.eventDate)) return null;
  return toInstant(addDays(r.eventDate, 1 - step.deadline.daysBeforeEvent), '00:00', cal.zone);
}

/**
 * Minutes left at `now` against the standard (in the clock's units) and, with a deadline, no more
 * than the wall-clock minutes to it; negative when late; null when the step has neither.
 */
export function minutesLeft(step: StepDef, r: VcRequest, now: Date, cal: WorkCalendar): number | null {
  const standard = standardOf(step, cal);
  const spent = minutesSpent(step, r, now, cal);
  const byStandard = standard === null || spent === null ? null : standard - spent;
  const deadline = deadlineOf(step, r, cal);
  const byDeadline = deadline ? Math.floor((deadline.getTime() - now.getTime()) / MINUTE_MS) : null;
  if (byStandard === null) return byDeadline;
  return byDeadline === null ? byStandard : Math.min(byStandard, byDeadline);
}
