/**
 * Recap figures (Rekap) for one month: the schedule, counts with the month
 * before, Mutu Baku per step of the active preset, utilisation of hosts and
 * rooms, and requests per ISO week. Pure: everything comes in `RecapInput`.
 */
import { addDays, toInstant, type OfficeZone } from './dates';
import type { HistoryRecord } from './history';
import type { VcRequest } from './request';
import { countedDate, monthBounds, monthKey, previousMonth } from './recap/calendar';
import { complianceOf, slowestOf } from './recap/mutu-baku';
import { deadlineRows, serviceRow } from './recap/service';
import { nameKey } from './recap/stats';
import type { Recap, RecapInput } from './recap/types';
import { capacityHours, utilisationOf, weeksOf } from './recap/usage';
import { countsOf, outcomesOf, scheduleOf } from './recap/workload';

export type { Recap, RecapInput } from './recap/types';

function byRequest(history: HistoryRecord[]): Map<string, HistoryRecord[]> {
  const m = new Map<string, HistoryRecord[]>();
  for (const h of history) {
    const list = m.get(h.requestId);
    if (list) list.push(h);
    else m.set(h.requestId, [h]);
  }
  return m;
}

/** [start, end) of the month in UTC milliseconds, in the office zone. */
function monthSpan(month: RecapInput['month'], tz: OfficeZone): { start: number; end: number } {
  const { first, last } = monthBounds(month);
  return { start: toInstant(first, '00:00', tz).getTime(), end: toInstant(addDays(last, 1), '00:00', tz).getTime() };
}

/** The 'aksi' records of the month on requests of the active preset among `requests`. */
function monthActions(input: RecapInput, requests: VcRequest[]): HistoryRecord[] {
  const ofPreset = new Set(requests.filter((r) => r.presetId === input.preset.id).map((r) => r.id));
  const span = monthSpan(input.month, input.tz);
  return input.history.filter((h) => {
    const at = Date.parse(h.at);
    return h.kind === 'aksi' && at >= span.start && at < span.end && ofPreset.has(h.requestId);
  });
}

/** True when `r` belongs to OPD `opd` (compared as the count tables group names: nameKey); every request when `opd` is blank. */
export function matchesOpd(r: VcRequest, opd: string): boolean {
  return opd.trim() === '' || nameKey(r.agency) === nameKey(opd);
}

/**
 * The recap of `input.month`. A request counts in the month of its event date
 * (or, without one, the date it was received); Mutu Baku covers actions taken in
 * the month, the steps' deadlines and the whole service (requests finished in the month);
 * open items are those waiting now. All dates are office-local; Mutu Baku is working time.
 */
export function computeRecap(input: RecapInput): Recap {
  const { tz, month } = input;
  const filtered = input.requests.filter((r) => matchesOpd(r, input.opd));
  const dated = filtered.map((r) => ({ r, date: countedDate(r, tz) }));
  const key = monthKey(month);
  const prevKey = monthKey(previousMonth(month));
  const current = dated.filter((d) => d.date.startsWith(key));
  const previous = dated.filter((d) => d.date.startsWith(prevKey)).map((d) => d.r);
  const records = byRequest(input.history);
  const memo = new Map<string, ReturnType<typeof outcomesOf>>();
  const outcome = (r: VcRequest) => {
    if (!memo.has(r.id)) memo.set(r.id, outcomesOf(r, input.presetById(r.presetId), records.get(r.id) ?? []));
    return memo.get(r.id)!;
  };
  const currentRequests = current.map((d) => d.r);
  const dates = new Map(current.map((d) => [d.r.id, d.date]));
  const actions = monthActions(input, filtered);
  const service = {
    preset: input.preset,
    cal: input.cal,
    actions,
    requests: new Map(filtered.filter((r) => r.presetId === input.preset.id).map((r) => [r.id, r])),
    historyOf: (id: string) => records.get(id) ?? [],
    span: monthSpan(month, tz),
    now: input.now,
  };
  const booked = currentRequests.filter(
    (r) =>
      !outcome(r).has('cancelled') &&
      !outcome(r).has('rejected') &&
      r.stepId !== input.presetById(r.presetId)?.revisionStep,
  );
  return {
    month,
    opd: input.opd,
    schedule: scheduleOf(currentRequests, (r) => dates.get(r.id) ?? ''),
    counts: countsOf(currentRequests, previous, outcome),
    compliance: [...complianceOf(input.preset, actions, input.cal), ...deadlineRows(service), serviceRow(service)],
    slowest: slowestOf(filtered, input.preset, input.now, input.cal),
    utilisation: utilisationOf(booked, input.resources, capacityHours(month, input.officeHours)),
    weeks: weeksOf(
      month,
      current.map((d) => d.date),
    ),
  };
}
