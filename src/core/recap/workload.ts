/**
 * The month's schedule, counts by dimension and the decisions taken
 * (approved, rejected, returned, cancelled), with the month before.
 */
import { PLATFORM_LABELS, type VcRequest } from '../request';
import type { HistoryRecord } from '../history';
import type { Preset } from '../sop/types';
import { CANCEL_ACTION } from '../sop/vocabulary';
import type { RecapCounts, ScheduleRow } from './types';
import { compareCounts, compareText as cmp } from './stats';

/** Label used where a request has no value for a dimension yet. */
export const UNSET_LABEL = 'Belum ditentukan';

/** The month's meetings sorted by date, start time and number. */
export function scheduleOf(requests: VcRequest[], dateOf: (r: VcRequest) => string): ScheduleRow[] {
  return requests
    .map((r) => ({
      date: dateOf(r),
      start: r.startTime,
      end: r.endTime,
      id: r.id,
      title: r.title,
      agency: r.agency,
      platform: r.platform ? PLATFORM_LABELS[r.platform] : '',
      host: r.host,
      room: r.room,
      operator: r.operator,
      status: r.status,
    }))
    .sort((a, b) => cmp(a.date, b.date) || cmp(a.start, b.start) || cmp(a.id, b.id));
}

type Outcome = 'approved' | 'rejected' | 'returned' | 'cancelled';

interface PresetShape {
  step: Map<string, Preset['steps'][number]>;
  cancelTargets: Set<string>;
  closeTargets: Set<string>;
}

const shapes = new WeakMap<Preset, PresetShape>();

function shapeOf(preset: Preset): PresetShape {
  let shape = shapes.get(preset);
  if (!shape) {
    const targets = (pick: (a: Preset['steps'][number]['actions'][number]) => boolean) =>
      new Set(preset.steps.flatMap((s) => s.actions.filter(pick).map((a) => a.to)));
    shape = {
      step: new Map(preset.steps.map((s) => [s.id, s])),
      cancelTargets: targets((a) => a.id === CANCEL_ACTION),
      closeTargets: targets((a) => a.effects.some((e) => e.kind === 'close')),
    };
    shapes.set(preset, shape);
  }
  return shape;
}

/**
 * The decisions a request has met: cancelled or rejected (a terminal step other
 * than the finish) from its current step; returned when it ever entered the
 * revision step; approved when it ever left a schedule-deciding step forwards.
 */
export function outcomesOf(r: VcRequest, preset: Preset | undefined, records: HistoryRecord[]): Set<Outcome> {
  const out = new Set<Outcome>();
  if (!preset) return out;
  const { step, cancelTargets, closeTargets } = shapeOf(preset);
  if (cancelTargets.has(r.stepId)) out.add('cancelled');
  else if (step.get(r.stepId)?.terminal && !closeTargets.has(r.stepId)) out.add('rejected');
  if (r.stepId === preset.revisionStep || records.some((h) => h.toStep === preset.revisionStep)) out.add('returned');
  const approved = records.some((h) => {
    const target = step.get(h.toStep);
    return (
      h.kind === 'aksi' &&
      step.get(h.fromStep)?.decidesSchedule === true &&
      target !== undefined &&
      !target.terminal &&
      h.toStep !== preset.revisionStep
    );
  });
  if (approved) out.add('approved');
  return out;
}

const OUTCOME_LABELS: Array<[Outcome | 'total', string]> = [
  ['total', 'Total permohonan'],
  ['approved', 'Disetujui'],
  ['rejected', 'Ditolak / jadwal penuh'],
  ['returned', 'Dikembalikan untuk perbaikan'],
  ['cancelled', 'Dibatalkan'],
];

function outcomeKeys(requests: VcRequest[], outcome: (r: VcRequest) => Set<Outcome>): string[] {
  return requests.flatMap((r) => [
    'Total permohonan',
    ...[...outcome(r)].map((o) => OUTCOME_LABELS.find(([k]) => k === o)![1]),
  ]);
}

/** Counts of `current` against `previous` by status, OPD, platform, host, operator, and decisions. */
export function countsOf(
  current: VcRequest[],
  previous: VcRequest[],
  outcome: (r: VcRequest) => Set<Outcome>,
): RecapCounts {
  const by = (f: (r: VcRequest) => string) => compareCounts(current.map(f), previous.map(f));
  const orUnset = (s: string) => s.trim() || UNSET_LABEL;
  const decided = compareCounts(outcomeKeys(current, outcome), outcomeKeys(previous, outcome));
  return {
    byStatus: by((r) => orUnset(r.status)),
    byOpd: by((r) => orUnset(r.agency)),
    byPlatform: by((r) => (r.platform ? PLATFORM_LABELS[r.platform] : UNSET_LABEL)),
    byHost: by((r) => orUnset(r.host)),
    byOperator: by((r) => orUnset(r.operator)),
    outcomes: OUTCOME_LABELS.map(
      ([, label]) => decided.find((d) => d.key === label) ?? { key: label, count: 0, previous: 0, change: 0 },
    ),
  };
}
