/**
 * The Mutu Baku figures beyond single steps: each step's deadline against the event (Bandung: the
 * link "paling lambat 1 hari sebelum"), and the whole service against the SOP's total standard time
 * (Tangerang: "Total 7 Menit" = 3 menit pengajuan + 2 verifikasi + 2 persetujuan).
 */
import { formatDuration } from '../duration';
import type { HistoryRecord } from '../history';
import type { VcRequest } from '../request';
import { deadlineOf, standardOf } from '../sop/clock';
import type { Preset } from '../sop/types';
import type { WorkCalendar } from '../working-time';
import { officialSteps } from './mutu-baku';
import { median, percentile, share } from './stats';
import type { StepCompliance } from './types';

/** What the rows are computed from: the month's actions and the requests they belong to. */
export interface ServiceInput {
  preset: Preset;
  cal: WorkCalendar;
  /** The month's 'aksi' records on requests of the preset. */
  actions: HistoryRecord[];
  /** Requests of the preset (the OPD filter applied), by id. */
  requests: Map<string, VcRequest>;
  /** Every history record of a request, oldest first. */
  historyOf(id: string): HistoryRecord[];
  /** The month, [start, end) in epoch milliseconds, and now. */
  span: { start: number; end: number };
  now: Date;
}

/** The SOP's total standard time: the applicant's own first step and every official step with a standard. */
export function totalStandard(preset: Preset, cal: WorkCalendar): number {
  const steps = officialSteps(preset).map((s) => standardOf(s, cal) ?? 0);
  return (preset.intakeStandardMinutes ?? 0) + steps.reduce((a, b) => a + b, 0);
}

/**
 * One row per step with a deadline: the requests that left the step in the month, on time when before
 * the deadline, and those still waiting there whose deadline passed in the month, late.
 */
export function deadlineRows(input: ServiceInput): StepCompliance[] {
  return officialSteps(input.preset).flatMap((s) => {
    if (!s.deadline) return [];
    let onTime = 0;
    let judged = 0;
    for (const h of input.actions.filter((a) => a.fromStep === s.id)) {
      const r = input.requests.get(h.requestId);
      const due = r ? deadlineOf(s, r, input.cal) : null;
      if (!due) continue;
      judged++;
      if (Date.parse(h.at) < due.getTime()) onTime++;
    }
    for (const r of input.requests.values()) {
      const due = r.stepId === s.id ? deadlineOf(s, r, input.cal) : null;
      const t = due?.getTime() ?? Number.NaN;
      if (t >= input.span.start && t < input.span.end && t <= input.now.getTime()) judged++;
    }
    return [row('deadline', s.id, s.deadline.label, null, judged, [], share(onTime, judged))];
  });
}

/**
 * The whole service, per request finished in the month (it reached a step a closing action leads to):
 * the SOP's intake standard plus the minutes its timed steps took, against the intake standard plus
 * those steps' standards (a step a request never visited, like a clash, is not held against it).
 */
export function serviceRow(input: ServiceInput): StepCompliance {
  const finishing = new Set(
    input.preset.steps.flatMap((s) =>
      s.actions.filter((a) => a.effects.some((e) => e.kind === 'close')).map((a) => a.to),
    ),
  );
  const intake = input.preset.intakeStandardMinutes ?? 0;
  const totals: number[] = [];
  let within = 0;
  for (const r of input.requests.values()) {
    const at = Date.parse(r.stepSince);
    if (!finishing.has(r.stepId) || !(at >= input.span.start && at < input.span.end)) continue;
    const timed = input
      .historyOf(r.id)
      .filter((h) => h.kind === 'aksi' && h.standardMinutes !== null && h.minutesTaken !== null);
    const taken = intake + timed.reduce((sum, h) => sum + (h.minutesTaken as number), 0);
    const allowed = intake + timed.reduce((sum, h) => sum + (h.standardMinutes as number), 0);
    totals.push(taken);
    if (taken <= allowed) within++;
  }
  const total = totalStandard(input.preset, input.cal);
  const label = `Seluruh layanan (total Mutu Baku ${formatDuration(total)}${intake ? `, termasuk ${formatDuration(intake)} pengajuan oleh pemohon` : ''})`;
  return row('service', '', label, total, totals.length, totals, share(within, totals.length));
}

function row(
  kind: StepCompliance['kind'],
  stepId: string,
  label: string,
  standard: number | null,
  count: number,
  minutes: number[],
  withinShare: number | null,
): StepCompliance {
  return {
    kind,
    stepId,
    label,
    standardMinutes: standard,
    count,
    medianMinutes: median(minutes),
    p90Minutes: percentile(minutes, 90),
    withinShare,
  };
}
