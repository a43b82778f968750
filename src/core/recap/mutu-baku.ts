/**
 * Standard-time compliance (Mutu Baku) per step of the active preset, and the
 * requests waiting longest in their current step. The whole service and the steps'
 * deadlines against the event are in service.ts.
 */
import { minutesLeft, minutesSpent, standardOf } from '../sop/clock';
import type { WorkCalendar } from '../working-time';
import type { HistoryRecord } from '../history';
import type { VcRequest } from '../request';
import type { Preset, StepDef } from '../sop/types';
import { compareText, median, percentile, share } from './stats';
import type { OpenItem, StepCompliance } from './types';

/** How many open items the recap lists. */
export const SLOWEST_LIMIT = 10;

/** Steps officials act on: not terminal and not the applicant's revision step. */
export function officialSteps(preset: Preset): StepDef[] {
  return preset.steps.filter((s) => !s.terminal && s.id !== preset.revisionStep);
}

/**
 * Median, p90 and share within standard of the minutes taken in each step, over
 * `actions` ('aksi' records leaving the step). A record's own standard is used
 * when it has one (the standard at the time), else the step's current one.
 */
export function complianceOf(preset: Preset, actions: HistoryRecord[], cal: WorkCalendar): StepCompliance[] {
  const byStep = new Map<string, HistoryRecord[]>();
  for (const h of actions) {
    if (h.kind !== 'aksi' || h.minutesTaken === null) continue;
    const list = byStep.get(h.fromStep);
    if (list) list.push(h);
    else byStep.set(h.fromStep, [h]);
  }
  return officialSteps(preset).map((s) => {
    const standard = standardOf(s, cal);
    const taken = byStep.get(s.id) ?? [];
    const minutes = taken.map((h) => h.minutesTaken as number);
    const judged = taken.filter((h) => (h.standardMinutes ?? standard) !== null);
    const within = judged.filter(
      (h) => (h.minutesTaken as number) <= (h.standardMinutes ?? (standard as number)),
    ).length;
    return {
      kind: 'step' as const,
      stepId: s.id,
      label: s.label,
      standardMinutes: standard,
      count: taken.length,
      medianMinutes: median(minutes),
      p90Minutes: percentile(minutes, 90),
      withinShare: share(within, judged.length),
    };
  });
}

function overrun(item: OpenItem): number {
  return item.overMinutes ?? Number.NEGATIVE_INFINITY;
}

/**
 * The requests of `preset` waiting in an official step at `now`, longest past
 * their standard first; steps without a standard follow, longest waiting first.
 * Time is counted as each step's clock counts it (core/sop/clock.ts).
 */
export function slowestOf(
  requests: VcRequest[],
  preset: Preset,
  now: Date,
  cal: WorkCalendar,
  limit = SLOWEST_LIMIT,
): OpenItem[] {
  const steps = new Map(officialSteps(preset).map((s) => [s.id, s]));
  const items: OpenItem[] = [];
  for (const r of requests) {
    const s = r.presetId === preset.id ? steps.get(r.stepId) : undefined;
    const minutesInStep = s ? minutesSpent(s, r, now, cal) : null;
    if (!s || minutesInStep === null) continue;
    const left = minutesLeft(s, r, now, cal);
    items.push({
      id: r.id,
      title: r.title,
      stepId: s.id,
      stepLabel: s.label,
      minutesInStep,
      standardMinutes: standardOf(s, cal),
      overMinutes: left === null ? null : -left,
    });
  }
  return items
    .sort((a, b) => overrun(b) - overrun(a) || b.minutesInStep - a.minutesInStep || compareText(a.id, b.id))
    .slice(0, limit);
}
