/**
 * Installable triggers: the stored records, the `Trigger` objects, and how they fire.
 * A trigger belongs to the user who created it in one script project; it runs in that
 * project as that user (active = effective = owner), like Apps Script's installable triggers.
 */
import type { Ctx } from './context';
import { runExecution } from './executions';

export type EventType = 'CLOCK' | 'ON_FORM_SUBMIT' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_EVENT_UPDATED';
export type TriggerSource = 'CLOCK' | 'SPREADSHEETS' | 'FORMS' | 'CALENDAR';

/** Apps Script's limit of installable triggers per user per script. */
export const TRIGGER_LIMIT = 20;

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: EventType;
  source: TriggerSource;
  /** Spreadsheet/form id or calendar email; '' for time-based triggers. */
  sourceId: string;
  /** Time-based schedule as set on the builder (everyHours, atHour, …). */
  schedule: Record<string, unknown>;
  /** The user who created it; it runs as this user. */
  owner: string;
  /** The script project it belongs to. */
  projectId: string;
}

/** One finished trigger run, recorded for tests. `owner` and `project` are non-enumerable. */
export interface TriggerRun {
  handler: string;
  eventType: EventType;
  error?: unknown;
  readonly owner?: string;
  readonly project?: string;
}

export interface TriggerStore {
  list: TriggerRecord[];
  runs: TriggerRun[];
  nextUid: number;
}

/** Empty trigger store. */
export function createTriggerStore(): TriggerStore {
  return { list: [], runs: [], nextUid: 1000 };
}

/**
 * Adds `extras` to `obj` as read-only, non-enumerable fields: older tests compare these
 * records with toEqual, which looks at enumerable fields only.
 */
export function withHidden<T extends object>(obj: T, extras: Record<string, unknown>): T {
  for (const [k, value] of Object.entries(extras)) Object.defineProperty(obj, k, { value, enumerable: false });
  return obj;
}

/** Adds a trigger after checking the per-user, per-script limit; returns its record. */
export function addTrigger(ctx: Ctx, rec: Omit<TriggerRecord, 'id'>): TriggerRecord {
  const mine = ctx.triggers.list.filter((r) => r.projectId === rec.projectId && r.owner === rec.owner);
  if (mine.length >= TRIGGER_LIMIT) {
    throw ctx.fail(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  }
  const full = { ...rec, id: String(ctx.triggers.nextUid++) };
  ctx.triggers.list.push(full);
  return full;
}

class FakeTrigger implements Pick<
  GoogleAppsScript.Script.Trigger,
  'getUniqueId' | 'getHandlerFunction' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId'
> {
  constructor(readonly rec: TriggerRecord) {}
  getUniqueId(): string {
    return this.rec.id;
  }
  getHandlerFunction(): string {
    return this.rec.handler;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return this.rec.eventType as unknown as GoogleAppsScript.Script.EventType;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this.rec.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getTriggerSourceId(): string {
    return (this.rec.sourceId || null) as string;
  }
}

/** A wrapped `Trigger` for a record. */
export function triggerObject(ctx: Ctx, rec: TriggerRecord): GoogleAppsScript.Script.Trigger {
  return ctx.wrap(new FakeTrigger(rec), 'Trigger');
}

/** The id of a `Trigger` object handed back by the code under test. */
export function triggerIdOf(ctx: Ctx, trigger: unknown): string {
  return ctx.unwrap<FakeTrigger>(trigger).rec.id;
}

/**
 * Runs `rec`'s handler as its own execution in its project, as its owner, without a UI;
 * locks still held at the end count as leaks. Every run is recorded in
 * `ctx.triggers.runs`; errors are returned, not thrown.
 */
export function runTrigger(ctx: Ctx, rec: TriggerRecord, event: Record<string, unknown>): unknown {
  const project = ctx.projects.get(rec.projectId);
  const invoke = project?.invoke;
  if (!project || !invoke)
    throw new Error('Belum ada cara memanggil handler: panggil ws.runner.setHandlerInvoker(...) atau loadBundle(ws).');
  let error: unknown;
  try {
    const spec = { kind: 'trigger' as const, fn: rec.handler, active: rec.owner, effective: rec.owner };
    runExecution(ctx, project, spec, () => invoke(rec.handler, { authMode: 'FULL', triggerUid: rec.id, ...event }));
  } catch (e) {
    error = e;
  }
  const run: TriggerRun = { handler: rec.handler, eventType: rec.eventType };
  if (error !== undefined) run.error = error;
  ctx.triggers.runs.push(withHidden(run, { owner: rec.owner, project: rec.projectId }));
  return error;
}

/** Fires every matching trigger; rethrows the first handler error after all have run. */
export function fireMatching(
  ctx: Ctx,
  match: (r: TriggerRecord) => boolean,
  event: (r: TriggerRecord) => Record<string, unknown>,
): number {
  const hits = ctx.triggers.list.filter(match);
  const errors = hits.map((r) => runTrigger(ctx, r, event(r))).filter((e) => e !== undefined);
  if (errors.length > 0) throw errors[0];
  return hits.length;
}

/** The event object of a time-driven trigger (fields in UTC, as Apps Script sends them). */
export function timeEvent(now: Date): Record<string, unknown> {
  const start = Date.UTC(now.getUTCFullYear(), 0, 1);
  return {
    year: now.getUTCFullYear(),
    month: now.getUTCMonth() + 1,
    'day-of-month': now.getUTCDate(),
    'day-of-week': now.getUTCDay() === 0 ? 7 : now.getUTCDay(),
    hour: now.getUTCHours(),
    minute: now.getUTCMinutes(),
    second: now.getUTCSeconds(),
    timezone: 'UTC',
    'week-of-year': Math.ceil(((now.getTime() - start) / 86400000 + 1) / 7),
  };
}
