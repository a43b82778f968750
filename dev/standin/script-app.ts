/**
 * The `ScriptApp` global of one project: its triggers (only the running user's own are
 * visible), enums, OAuth and identity tokens, script id and web-app service.
 */
import { oauthTokenFor } from './acl';
import type { Ctx } from './context';
import { USERINFO_EMAIL, mintIdToken, rememberAccessToken } from './identity';
import { type Project, grantedScopes } from './projects';
import { newTriggerBuilder } from './trigger-builders';
import { type TriggerRecord, triggerIdOf, triggerObject } from './triggers';

const enumOf = (...names: string[]): Record<string, string> => Object.fromEntries(names.map((n) => [n, n]));

class FakeScriptApp implements Pick<
  GoogleAppsScript.Script.ScriptApp,
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'getUserTriggers'
  | 'deleteTrigger'
  | 'getOAuthToken'
  | 'getIdentityToken'
  | 'getScriptId'
  | 'getService'
  | 'getAuthorizationInfo'
> {
  EventType = enumOf('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED');
  TriggerSource = enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
  AuthMode = enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
  WeekDay = enumOf('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY');
  AuthorizationStatus = enumOf('REQUIRED', 'NOT_REQUIRED');

  constructor(
    private readonly ctx: Ctx,
    private readonly project: Project,
  ) {}

  /** This project's triggers owned by the effective user. */
  private mine(): TriggerRecord[] {
    return this.ctx.triggers.list.filter((r) => r.projectId === this.project.id && r.owner === this.ctx.user.effective);
  }

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return newTriggerBuilder(this.ctx, functionName, this.project.id);
  }
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    return this.mine().map((r) => triggerObject(this.ctx, r));
  }

  getUserTriggers(source: unknown): GoogleAppsScript.Script.Trigger[] {
    const id = this.ctx.unwrap<{ getId(): string }>(source).getId();
    return this.mine()
      .filter((r) => r.sourceId === id)
      .map((r) => triggerObject(this.ctx, r));
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const id = triggerIdOf(this.ctx, trigger);
    if (!this.mine().some((r) => r.id === id))
      throw this.ctx.fail('Sorry, the trigger you are trying to delete does not exist.');
    this.ctx.triggers.list = this.ctx.triggers.list.filter((r) => r.id !== id);
  }

  /** A token for the effective user and the current project (what the stand-in's Google endpoints check). */
  getOAuthToken(): string {
    const token = oauthTokenFor(this.ctx);
    rememberAccessToken(this.ctx, token, this.project, this.ctx.user.effective);
    return token;
  }

  /** An ID token for the effective user when the manifest asks for `openid`; null otherwise, as documented. */
  getIdentityToken(): string {
    const scopes = grantedScopes(this.project, this.ctx.user.effective) ?? [];
    if (!scopes.includes('openid')) return null as unknown as string;
    const withEmail = scopes.includes(USERINFO_EMAIL) || scopes.includes('email');
    const o = { email: this.ctx.user.effective, audience: this.project.oauthClientId, withEmail };
    return mintIdToken(o, this.ctx.clock.now());
  }

  /**
   * What the running user authorised this project for: the manifest's scopes less those they
   * declined on the granular consent screen (status REQUIRED, with a consent URL, while any is
   * missing); a project without a manifest answers []. With `oAuthScopes`, the authorised ones
   * among them; a scope the manifest does not ask for is refused, as the reference warns ("Scopes
   * that are invalid or not required by the script lead to an error"; the wording is the stand-in's).
   */
  getAuthorizationInfo(
    _authMode: GoogleAppsScript.Script.AuthMode,
    oAuthScopes?: string[],
  ): GoogleAppsScript.Script.AuthorizationInfo {
    const all = this.project.manifest?.oauthScopes ?? [];
    const granted = grantedScopes(this.project, this.ctx.user.effective) ?? [];
    const asked = oAuthScopes ?? all;
    const unknown = asked.filter((s) => !all.includes(s));
    if (oAuthScopes && unknown.length > 0)
      throw this.ctx.fail(`Scopes that are invalid or not required by the script: ${unknown.join(', ')}`);
    const required = asked.some((s) => !granted.includes(s));
    const url = `https://script.google.com/macros/d/${this.project.id}/authorize`;
    const info = {
      getAuthorizationStatus: () =>
        required ? this.AuthorizationStatus.REQUIRED : this.AuthorizationStatus.NOT_REQUIRED,
      getAuthorizationUrl: () => (required ? url : null),
      getAuthorizedScopes: () => asked.filter((s) => granted.includes(s)),
    };
    return this.ctx.wrap(info, 'AuthorizationInfo');
  }

  getScriptId(): string {
    return this.project.id;
  }

  getService(): GoogleAppsScript.Script.Service {
    const latest = (): string | null => this.project.deployments[this.project.deployments.length - 1]?.url ?? null;
    const service = { getUrl: () => latest() as string, isEnabled: () => latest() !== null };
    return this.ctx.wrap(service, 'Service');
  }
}

/** The `ScriptApp` global of `project`. */
export function createScriptApp(ctx: Ctx, project: Project): GoogleAppsScript.Script.ScriptApp {
  return ctx.wrap(new FakeScriptApp(ctx, project), 'ScriptApp');
}
