/** "When else?": the nearest free slots of the same length, for a clash. Pure. */
import { addDays, minutesToTime, timeToMinutes, toInstant, weekdayIndex } from './dates';
import { slotProblems, type ScheduleSettings, type SlotTime } from './slot';

const STEP_MINUTES = 30;
/** How many days after the requested day alternatives are looked for. */
export const LOOKAHEAD_DAYS = 14;

function stepOffsets(start: number, duration: number, open: number, close: number): number[] {
  const out: number[] = [];
  for (let k = Math.ceil((open - start) / STEP_MINUTES); start + k * STEP_MINUTES + duration <= close; k++)
    out.push(k * STEP_MINUTES);
  return out.sort((a, b) => Math.abs(a) - Math.abs(b) || a - b);
}

/**
 * Up to `count` free slots of the same duration nearest to `slot`: first the same day
 * (30-minute steps from the requested start, nearest first, earlier before later on a
 * tie), then each later day up to 14 days ahead, nearest to the same start time. Only
 * working days (settings.isWorkingDay: no weekend, no holiday; the requested day too) and
 * slots wholly inside office hours; the requested slot itself is never offered, nor a slot starting
 * before settings.notBefore.
 */
export function proposeAlternatives(
  slot: SlotTime,
  isFreeFn: (candidate: SlotTime) => boolean,
  settings: ScheduleSettings,
  count = 3,
): SlotTime[] {
  if (slotProblems(slot).length > 0 || count <= 0) return [];
  const start = timeToMinutes(slot.start);
  const duration = timeToMinutes(slot.end) - start;
  const offsets = stepOffsets(start, duration, timeToMinutes(settings.officeStart), timeToMinutes(settings.officeEnd));
  const out: SlotTime[] = [];
  const working = settings.isWorkingDay ?? ((d: string) => weekdayIndex(d) !== 0 && weekdayIndex(d) !== 6);
  for (let day = 0; day <= LOOKAHEAD_DAYS; day++) {
    const date = addDays(slot.date, day);
    if (!working(date)) continue;
    for (const off of offsets) {
      if (day === 0 && off === 0) continue;
      const candidate = { date, start: minutesToTime(start + off), end: minutesToTime(start + off + duration) };
      if (settings.notBefore && toInstant(date, candidate.start, settings.timeZone) < settings.notBefore) continue;
      if (isFreeFn(candidate)) out.push(candidate);
      if (out.length >= count) return out;
    }
  }
  return out;
}
