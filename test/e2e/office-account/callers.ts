/**
 * Ways to reach the product from outside the official's own panel, for the refusal tests: a
 * POST straight to the engine's web app with any body, google.script.run from a page the engine
 * serves (runs as the office account, the visitor at the keyboard), and a fingerprint of
 * everything a call could change.
 */
import { runExecution } from '../../../dev/standin/executions';
import { calendarStore } from '../../../dev/standin/calendar';
import type { E2E } from '../world';
import type { Result } from '../../../src/shared/rpc';

/** A JSON POST to the engine's /exec from anywhere on the internet (access: anyone). */
export function postEngine(e: E2E, body: unknown): Result<unknown> {
  const fetch = e.ws.globals.UrlFetchApp as GoogleAppsScript.URL_Fetch.UrlFetchApp;
  const res = fetch.fetch(e.product.deployment.url, {
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify(body),
    muteHttpExceptions: true,
  });
  return JSON.parse(res.getContentText()) as Result<unknown>;
}

/** A genuine identity token Google would give `email` in the office's panel (its audience). */
export function panelToken(e: E2E, email: string, o: { issuedAt?: Date; emailVerified?: boolean } = {}): string {
  return e.ws.identity.mint({ email, audience: e.product.panelProject.oauthClientId, ...o });
}

/** One engine command as the panel would send it, with `token`. */
export function command(e: E2E, name: string, args: unknown[], token: string, extra: object = {}): Result<unknown> {
  return postEngine(e, { command: name, args, idToken: token, spreadsheetId: e.ws.spreadsheet.id, ...extra });
}

/**
 * google.script.run from a page the engine's web app served: the engine executes as the office
 * account (execute as: me); `visitor` is at the keyboard. Arguments cross as JSON.
 */
export function fromEnginePage(e: E2E, visitor: string, fn: string, ...args: unknown[]): unknown {
  const project = e.product.engineProject;
  const copies = JSON.parse(JSON.stringify(args)) as unknown[];
  const spec = { kind: 'client' as const, fn, active: visitor, effective: e.product.office };
  return runExecution(e.ws.ctx, project, spec, () => project.invoke!(fn, ...copies));
}

/** Everything a refused call must leave as it was: sheets, forms, triggers, mail, Zoom, Drive, calendars, engine properties. */
export function fingerprint(e: E2E): string {
  const events = [...calendarStore(e.ws.ctx).events.values()].filter((ev) => ev.status === 'confirmed');
  return JSON.stringify({
    sheets: e.ws.spreadsheet.sheets.map((s) => [s.name, s.values]),
    forms: e.ws.forms.all().map((f) => [f.id, f.getResponses().length]),
    triggers: e.ws.triggers(),
    mail: e.ws.mail.outbox.length,
    zoom: [...e.zoom.state.meetings.keys()],
    drive: [...e.ws.drive.items.values()].filter((i) => !i.trashed).map((i) => i.name),
    events: events.map((ev) => ev.id),
    props: e.engineProps().getProperties(),
    editors: [...e.ws.spreadsheet.acl.editors].sort(),
  });
}
