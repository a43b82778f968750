/**
 * Secrets and privacy on the built bundle: a full Bandung walk with a Zoom
 * meeting, token refreshes and Zoom failures, then every output is scanned —
 * every sheet, the history, logs, mails, alerts, every sidebar payload (with
 * its refusals) and the pending-effect notes — for the Zoom client secret, the
 * Basic credentials, each access token the fake server issued and the host start
 * URL. The hourly runs in between must not fail.
 */
import { validAnswers } from '../fixtures/answers';
import { FAKE_ZOOM_CREDENTIALS } from '../../dev/fake-zoom/server';
import { e2eWorld, type E2E } from '../e2e/world';
import { BANDUNG_WALK, ID, mailOf } from './kit';

const START_URL = /\/s\/\d|zak=|start_url|fake-host-key/i;
const PERSONAL = ['siti@disdik.go.id', '6281234567890', '0812-3456-7890'];

/** Every payload a sidebar call returned, as text. */
function recorder(e: E2E): { outputs: string[]; client(fn: string, ...args: unknown[]): unknown } {
  const outputs: string[] = [];
  return {
    outputs,
    client(fn, ...args) {
      const r = e.app.callFromClient(fn, ...args);
      outputs.push(JSON.stringify(r));
      return r;
    },
  };
}

function walk(e: E2E, client: (fn: string, ...a: unknown[]) => unknown): void {
  e.submit(validAnswers());
  for (const s of BANDUNG_WALK) {
    e.as(mailOf(s.who));
    client('getSidebarState');
    const d = client('getRequestDetail', ID) as { ok: boolean; value: { version: number } };
    if (s.action === 'buat_rapat') {
      e.zoom.expireTokens();
      e.zoom.fail({ on: 'create', kind: '5xx', times: 2 });
      e.zoom.fail({ on: 'token', kind: '401', times: 1 });
    }
    client('performAction', { requestId: ID, action: 'tidak_ada', expectedVersion: d.value.version, input: {} });
    client('performAction', {
      requestId: ID,
      action: s.action,
      expectedVersion: d.value.version - 1,
      input: s.input ?? {},
    });
    client('performAction', {
      requestId: ID,
      action: s.action,
      expectedVersion: d.value.version,
      input: s.input ?? {},
    });
  }
  e.as('admin@kominfo.go.id');
  client('getSettingsForm');
  client('saveZoomCredentials', {
    ...FAKE_ZOOM_CREDENTIALS,
    clientSecret: `${FAKE_ZOOM_CREDENTIALS.clientSecret}-salah`,
  });
  client('testZoomConnection');
  client('saveZoomCredentials', { ...FAKE_ZOOM_CREDENTIALS });
  client('testZoomConnection');
  client('getSettingsForm');
  e.as('orang.asing@gmail.com');
  client('saveZoomCredentials', { ...FAKE_ZOOM_CREDENTIALS });
  client('getSettingsForm');
  client('getSidebarState');
  client('getRequestDetail', ID);
  for (const who of [mailOf('operator'), 'admin@kominfo.go.id']) {
    e.as(who);
    client('getRequestDetail', ID);
    e.app.call('runHourly');
    e.app.call('menuCheckHistory');
  }
}

/** A second request whose meeting cannot be made: bad secret, then Zoom down (messages and notes). */
function failingMeeting(e: E2E, client: (fn: string, ...a: unknown[]) => unknown): string {
  const props = e.engineProps();
  e.submit(validAnswers({ 'Tanggal kegiatan': '2026-12-02' }));
  const id = 'VC-2026-0002';
  for (const s of BANDUNG_WALK.slice(0, 5)) {
    e.as(mailOf(s.who));
    const d = client('getRequestDetail', id) as { value: { version: number } };
    client('performAction', {
      requestId: id,
      action: s.action,
      expectedVersion: d.value.version,
      input: s.input ?? {},
    });
  }
  props.setProperty('ZOOM_CLIENT_SECRET', `${FAKE_ZOOM_CREDENTIALS.clientSecret}-salah`);
  e.product.engineProject.caches.script.clear();
  e.as(mailOf('operator'));
  const d = client('getRequestDetail', id) as { value: { version: number } };
  client('performAction', { requestId: id, action: 'buat_rapat', expectedVersion: d.value.version, input: {} });
  props.setProperty('ZOOM_CLIENT_SECRET', FAKE_ZOOM_CREDENTIALS.clientSecret);
  e.zoom.fail({ on: 'create', kind: 'timeout', times: 5 });
  e.app.call('runHourly');
  client('getRequestDetail', id);
  const pending = String(e.column('Efek Tertunda')[1]);
  e.app.call('runHourly');
  client('getRequestDetail', id);
  return pending;
}

describe('secrets and privacy on the built bundle', () => {
  it('no client secret, token or host start URL in any sheet, history, log, mail, alert, payload or error', () => {
    const e = e2eWorld('000-bandung');
    e.ws.acl.share(e.ws.spreadsheet.id, 'orang.asing@gmail.com', 'editor');
    const rec = recorder(e);
    walk(e, rec.client);
    const pending = failingMeeting(e, rec.client);
    const tokens = Array.from({ length: e.zoom.state.tokensIssued }, (_, i) => `fake-access-token-${i + 1}`);
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    const startUrls = [...e.zoom.state.meetings.values()].map((m) => m.start_url);
    expect(startUrls.length).toBeGreaterThanOrEqual(2);
    const basic = Buffer.from(`${FAKE_ZOOM_CREDENTIALS.clientId}:${FAKE_ZOOM_CREDENTIALS.clientSecret}`).toString(
      'base64',
    );
    const book = e.ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheets = book
      .getActiveSpreadsheet()
      .getSheets()
      .map((s) => JSON.stringify(s.getDataRange().getDisplayValues()));
    const outputs: Record<string, string[]> = {
      sheets,
      logs: e.ws.logs,
      ui: e.ws.ui.shown,
      payloads: rec.outputs,
      mails: e.ws.mail.outbox.map((m) => [m.subject, m.body, m.htmlBody].join('\n')),
      triggers: e.ws.triggerRuns.map((t) => JSON.stringify(t)),
    };
    const secrets = [FAKE_ZOOM_CREDENTIALS.clientSecret, basic, ...tokens, ...startUrls];
    const leaks = Object.entries(outputs).flatMap(([where, texts]) =>
      texts.flatMap((t) => [
        ...secrets.filter((s) => t.includes(s)).map((s) => `${where}: ${s.slice(0, 30)}`),
        ...(START_URL.test(t) ? [`${where}: tautan host dalam "${t.match(START_URL)![0]}"`] : []),
      ]),
    );
    expect(leaks).toEqual([]);
    expect(rec.outputs.length).toBeGreaterThan(40);
    expect(rec.outputs.some((o) => /"ok":false/.test(o))).toBe(true);
    expect(pending).toMatch(/create_meeting/);
    expect(e.column('ID Rapat')[1]).not.toBe('');
    const logLeaks = e.ws.logs.filter((l) => PERSONAL.some((p) => l.includes(p)));
    expect(logLeaks).toEqual([]);
  });
});
