/** Installable triggers: the stored records, the `Trigger` objects, and how they fire. */
import type { Ctx } from './context';

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
}

/** One finished trigger run, recorded for tests. */
export interface TriggerRun {
  handler: string;
  eventType: EventType;
  error?: unknown;
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

/** Adds a trigger after checking the per-script limit; returns its record. */
export function addTrigger(ctx: Ctx, rec: Omit<TriggerRecord, 'id'>): TriggerRecord {
  if (ctx.triggers.list.length >= TRIGGER_LIMIT) {
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
 * Runs `rec`'s handler as its own execution: no UI, locks still held at the end count
 * as leaks. Every run is recorded in `ctx.triggers.runs`; errors are returned, not thrown.
 */
export function runTrigger(ctx: Ctx, rec: TriggerRecord, event: Record<string, unknown>): unknown {
  if (!ctx.invoke)
    throw new Error('Belum ada cara memanggil handler: panggil ws.runner.setHandlerInvoker(...) atau loadBundle(ws).');
  const uiBefore = ctx.ui.available;
  ctx.ui.available = false;
  let error: unknown;
  try {
    ctx.invoke(rec.handler, { authMode: 'FULL', triggerUid: rec.id, ...event });
  } catch (e) {
    error = e;
  } finally {
    ctx.ui.available = uiBefore;
    ctx.locks.endExecution();
  }
  ctx.triggers.runs.push(
    error === undefined
      ? { handler: rec.handler, eventType: rec.eventType }
      : { handler: rec.handler, eventType: rec.eventType, error },
  );
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
