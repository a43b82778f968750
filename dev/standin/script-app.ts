/** The `ScriptApp` global: triggers, enums, token and script id. */
import { oauthTokenFor } from './acl';
import type { Ctx } from './context';
import { newTriggerBuilder } from './trigger-builders';
import { triggerIdOf, triggerObject } from './triggers';

const enumOf = (...names: string[]): Record<string, string> => Object.fromEntries(names.map((n) => [n, n]));

class FakeScriptApp implements Pick<
  GoogleAppsScript.Script.ScriptApp,
  'newTrigger' | 'getProjectTriggers' | 'getUserTriggers' | 'deleteTrigger' | 'getOAuthToken' | 'getScriptId'
> {
  EventType = enumOf('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED');
  TriggerSource = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
  AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
  WeekDay = enumOf('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY');

  constructor(private readonly ctx: Ctx) {}

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return newTriggerBuilder(this.ctx, functionName);
  }
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    return this.ctx.triggers.list.map((r) => triggerObject(this.ctx, r));
  }

  getUserTriggers(source: unknown): GoogleAppsScript.Script.Trigger[] {
    const id = this.ctx.unwrap<{ getId(): string }>(source).getId();
    return this.ctx.triggers.list.filter((r) => r.sourceId === id).map((r) => triggerObject(this.ctx, r));
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const id = triggerIdOf(this.ctx, trigger);
    const store = this.ctx.triggers;
    if (!store.list.some((r) => r.id === id))
      throw this.ctx.fail('Sorry, the trigger you are trying to delete does not exist.');
    store.list = store.list.filter((r) => r.id !== id);
  }

  /** A token for the effective user and the current project (what the stand-in's Google endpoints check). */
  getOAuthToken(): string {
    return oauthTokenFor(this.ctx);
  }
  getScriptId(): string {
    return 'fake-script-id';
  }
}

/** The `ScriptApp` global. */
export function createScriptApp(ctx: Ctx): GoogleAppsScript.Script.ScriptApp {
  return ctx.wrap(new FakeScriptApp(ctx), 'ScriptApp');
}
