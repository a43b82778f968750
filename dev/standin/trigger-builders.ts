/**
 * `TriggerBuilder` and its clock / spreadsheet / form / calendar builders. A trigger is
 * created in the builder's project and belongs to the effective user of the execution.
 */
import type { Ctx } from './context';
import { asGas } from './gas';
import { type EventType, type TriggerSource, addTrigger, triggerObject } from './triggers';

const MINUTES = [1, 5, 10, 15, 30];
const HOURS = [1, 2, 4, 6, 8, 12];

function idOf(ctx: Ctx, key: unknown): string {
  if (typeof key === 'string') return key;
  return ctx.unwrap<{ getId(): string }>(key).getId();
}

class ClockBuilder implements Pick<
  GoogleAppsScript.Script.ClockTriggerBuilder,
  | 'everyMinutes'
  | 'everyHours'
  | 'everyDays'
  | 'everyWeeks'
  | 'atHour'
  | 'nearMinute'
  | 'after'
  | 'at'
  | 'inTimezone'
  | 'onWeekDay'
  | 'onMonthDay'
  | 'create'
> {
  schedule: Record<string, unknown> = {};
  constructor(
    private readonly ctx: Ctx,
    private readonly handler: string,
    private readonly projectId: string,
  ) {}

  everyMinutes(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!MINUTES.includes(n))
      throw this.ctx.fail('The value passed to everyMinutes must be one of 1, 5, 10, 15 or 30.');
    if (this.ctx.isAddon)
      throw this.ctx.fail('Add-ons may not create time-based triggers that run more often than once per hour.');
    return this.set('everyMinutes', n);
  }
  everyHours(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!HOURS.includes(n)) throw this.ctx.fail('The value passed to everyHours must be one of 1, 2, 4, 6, 8 or 12.');
    return this.set('everyHours', n);
  }
  everyDays(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.set('everyDays', n);
  }
  everyWeeks(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.set('everyWeeks', n);
  }
  atHour(hour: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.set('atHour', hour);
  }
  nearMinute(minute: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.set('nearMinute', minute);
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.set('onWeekDay', String(day));
  }
  onMonthDay(day: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.set('onMonthDay', day);
  }
  after(durationMilliseconds: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.set('after', durationMilliseconds);
  }
  at(date: Date): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.set('at', new Date(date.getTime()).toISOString());
  }
  inTimezone(timezone: string): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.set('inTimezone', timezone);
  }

  create(): GoogleAppsScript.Script.Trigger {
    const freq = ['everyMinutes', 'everyHours', 'everyDays', 'everyWeeks', 'after', 'at'].some(
      (k) => k in this.schedule,
    );
    if (!freq)
      throw this.ctx.fail(
        'Trigger frequency must be specified (everyMinutes, everyHours, everyDays, everyWeeks, after or at).',
      );
    const rec = addTrigger(this.ctx, {
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: '',
      schedule: this.schedule,
      owner: this.ctx.user.effective,
      projectId: this.projectId,
    });
    return triggerObject(this.ctx, rec);
  }

  private set(key: string, value: unknown): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.schedule[key] = value;
    return asGas(this);
  }
}

/** One builder shape for spreadsheet, form and calendar triggers: pick the event, then create. */
class SourceBuilder {
  private event: EventType | null = null;
  constructor(
    private readonly ctx: Ctx,
    private readonly handler: string,
    private readonly source: TriggerSource,
    private readonly sourceId: string,
    private readonly projectId: string,
  ) {}
  onFormSubmit(): this {
    this.event = 'ON_FORM_SUBMIT';
    return this;
  }
  onOpen(): this {
    this.event = 'ON_OPEN';
    return this;
  }
  onEdit(): this {
    this.event = 'ON_EDIT';
    return this;
  }
  onChange(): this {
    this.event = 'ON_CHANGE';
    return this;
  }
  onEventUpdated(): this {
    this.event = 'ON_EVENT_UPDATED';
    return this;
  }
  create(): GoogleAppsScript.Script.Trigger {
    if (!this.event) throw this.ctx.fail('Trigger event type must be specified before create().');
    const rec = addTrigger(this.ctx, {
      handler: this.handler,
      eventType: this.event,
      source: this.source,
      sourceId: this.sourceId,
      schedule: {},
      owner: this.ctx.user.effective,
      projectId: this.projectId,
    });
    return triggerObject(this.ctx, rec);
  }
}

class FakeTriggerBuilder implements Pick<
  GoogleAppsScript.Script.TriggerBuilder,
  'timeBased' | 'forSpreadsheet' | 'forForm' | 'forUserCalendar'
> {
  constructor(
    private readonly ctx: Ctx,
    private readonly handler: string,
    private readonly projectId: string,
  ) {}
  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.ctx.wrap(new ClockBuilder(this.ctx, this.handler, this.projectId), 'ClockTriggerBuilder');
  }
  forSpreadsheet(
    sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string,
  ): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this.ctx.wrap(
      new SourceBuilder(this.ctx, this.handler, 'SPREADSHEETS', idOf(this.ctx, sheet), this.projectId),
      'SpreadsheetTriggerBuilder',
    );
  }
  forForm(form: GoogleAppsScript.Forms.Form | string): GoogleAppsScript.Script.FormTriggerBuilder {
    return this.ctx.wrap(
      new SourceBuilder(this.ctx, this.handler, 'FORMS', idOf(this.ctx, form), this.projectId),
      'FormTriggerBuilder',
    );
  }
  forUserCalendar(emailId: string): GoogleAppsScript.Script.CalendarTriggerBuilder {
    return this.ctx.wrap(
      new SourceBuilder(this.ctx, this.handler, 'CALENDAR', emailId, this.projectId),
      'CalendarTriggerBuilder',
    );
  }
}

/** `ScriptApp.newTrigger(functionName)` in project `projectId`. */
export function newTriggerBuilder(
  ctx: Ctx,
  handler: string,
  projectId: string,
): GoogleAppsScript.Script.TriggerBuilder {
  return ctx.wrap(new FakeTriggerBuilder(ctx, handler, projectId), 'TriggerBuilder');
}
