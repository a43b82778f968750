/**
 * The office set-up of issue 14 on the stand-in: an engine (standalone, owned by the
 * office account, web app executing as it) and a panel (bound to the spreadsheet, run by
 * the official who clicks, narrow scopes) built as two bundles. The panel forwards a click
 * with the official's identity token; the engine verifies it at Google's token-info
 * endpoint and acts as the office account.
 */
import { createWorkspace } from '../../dev/standin';
import { loadBundle } from '../../dev/standin/loader';
import { OFFICE, OFFICIAL, SCOPE, bundleFile } from './projects-kit';

const ENGINE = `
function doPost(e) {
  const req = JSON.parse(e.postData.contents);
  const info = UrlFetchApp.fetch('https://oauth2.googleapis.com/tokeninfo?id_token=' + encodeURIComponent(req.idToken), { muteHttpExceptions: true });
  if (info.getResponseCode() !== 200) return reply_({ ok: false, error: 'token' });
  const claims = JSON.parse(info.getContentText());
  const props = PropertiesService.getScriptProperties();
  if (claims.aud !== props.getProperty('PANEL_CLIENT_ID') || claims.email_verified !== 'true') return reply_({ ok: false, error: 'audience' });
  const lock = LockService.getScriptLock();
  lock.waitLock(1000);
  props.setProperty('last', claims.email + ':' + req.action);
  MailApp.sendEmail('pemohon@contoh.go.id', 'Permohonan ' + req.action, 'Isi', { name: 'Layanan Vicon' });
  if (!req.forgetLock) lock.releaseLock();
  return reply_({ ok: true, by: claims.email, runAs: Session.getEffectiveUser().getEmail(), active: Session.getActiveUser().getEmail() });
}
function reply_(o) { return ContentService.createTextOutput(JSON.stringify(o)).setMimeType(ContentService.MimeType.JSON); }
`;
const PANEL = `
function act(action, options) {
  const o = options || {};
  const res = UrlFetchApp.fetch(PropertiesService.getScriptProperties().getProperty('ENGINE_URL'), {
    method: 'post',
    contentType: 'application/json',
    payload: JSON.stringify({ action: action, forgetLock: o.forgetLock === true, idToken: o.idToken || ScriptApp.getIdentityToken() }),
  });
  return { me: Session.getActiveUser().getEmail(), engine: JSON.parse(res.getContentText()) };
}
function mailDirectly() { MailApp.sendEmail('pemohon@contoh.go.id', 's', 'b'); }
`;

function office() {
  const ws = createWorkspace({ now: new Date('2026-11-23T02:00:00Z') });
  const engine = ws.createProject({
    name: 'Layanan Vicon (mesin)',
    owner: OFFICE,
    manifest: {
      oauthScopes: [SCOPE.external, SCOPE.sendMail, SCOPE.email],
      webapp: { executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' },
    },
  });
  const panel = ws.createProject({
    name: 'Layanan Vicon (panel)',
    owner: OFFICE,
    containerId: ws.spreadsheet.id,
    manifest: { oauthScopes: ['openid', SCOPE.email, SCOPE.external, SCOPE.sheetsCurrent, SCOPE.containerUi] },
  });
  loadBundle(ws, bundleFile(ENGINE), { project: engine });
  const panelApp = loadBundle(ws, bundleFile(PANEL), { project: panel });
  const dep = ws.deployWebApp(engine);
  engine.properties.script.set('PANEL_CLIENT_ID', panel.oauthClientId);
  panel.properties.script.set('ENGINE_URL', dep.url);
  return { ws, engine, panel, panelApp };
}

describe('engine and panel as two projects', () => {
  it('a click by an official runs in the engine as the office account, proven by the official’s token', () => {
    const { ws, engine, panel, panelApp } = office();
    const out = panelApp.callFromClientAs(OFFICIAL, 'act', 'setujui');
    expect(out).toEqual({ me: OFFICIAL, engine: { ok: true, by: OFFICIAL, runAs: OFFICE, active: '' } });
    expect(engine.properties.script.get('last')).toBe(`${OFFICIAL}:setujui`);
    expect(ws.mail.outbox.map((m) => [m.from, m.name])).toEqual([[OFFICE, 'Layanan Vicon']]);
    expect(ws.executions.map((x) => [x.project, x.kind, x.effective])).toEqual([
      [panel.id, 'client', OFFICIAL],
      [engine.id, 'webapp', OFFICE],
    ]);
    expect([engine.locks.leaked, panel.locks.leaked]).toEqual([0, 0]);
  });

  it('the engine refuses a forged, expired or foreign-audience token', () => {
    const { ws, engine, panelApp } = office();
    const forged = ws.identity.forge({ email: OFFICIAL, audience: ws.project.oauthClientId });
    expect(panelApp.callFromClientAs(OFFICIAL, 'act', 'setujui', { idToken: forged })).toMatchObject({
      engine: { ok: false, error: 'token' },
    });
    const foreign = ws.identity.mint({ email: OFFICIAL, audience: engine.oauthClientId });
    expect(panelApp.callFromClientAs(OFFICIAL, 'act', 'setujui', { idToken: foreign })).toMatchObject({
      engine: { ok: false, error: 'audience' },
    });
    expect(panelApp.callAs<{ engine: unknown }>(OFFICIAL, 'act', 'x').engine).toMatchObject({ ok: true });
    const stale = ws.identity.mint({
      email: OFFICIAL,
      audience: 'x',
      issuedAt: new Date(Date.parse('2026-11-23T00:00:00Z')),
    });
    expect(panelApp.callFromClientAs(OFFICIAL, 'act', 'x', { idToken: stale })).toMatchObject({
      engine: { ok: false, error: 'token' },
    });
    expect(engine.properties.script.get('last')).toBe(`${OFFICIAL}:x`);
  });

  it('the panel’s narrow manifest keeps mail out of the official’s hands', () => {
    const { ws, panelApp } = office();
    expect(() => panelApp.callFromClientAs(OFFICIAL, 'mailDirectly')).toThrow(
      'Specified permissions are not sufficient to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(ws.mail.outbox).toEqual([]);
  });

  it('a lock the engine forgets is the engine’s leak, not the panel’s', () => {
    const { engine, panel, panelApp } = office();
    panelApp.callFromClientAs(OFFICIAL, 'act', 'setujui', { forgetLock: true });
    expect([engine.locks.leaked, panel.locks.leaked]).toEqual([1, 0]);
  });

  it('lists per project the methods each bundle called, for comparison with its manifest', () => {
    const { ws, engine, panel, panelApp } = office();
    panelApp.callFromClientAs(OFFICIAL, 'act', 'setujui');
    expect(ws.calls.methodsOf(panel.id)).toEqual([
      'Properties.getProperty',
      'PropertiesService.getScriptProperties',
      'ScriptApp.getIdentityToken',
      'Session.getActiveUser',
      'UrlFetchApp.fetch',
      'User.getEmail',
    ]);
    expect(ws.calls.methodsOf(engine.id)).toEqual([
      'ContentService.createTextOutput',
      'Lock.releaseLock',
      'Lock.waitLock',
      'LockService.getScriptLock',
      'MailApp.sendEmail',
      'Properties.getProperty',
      'Properties.setProperty',
      'PropertiesService.getScriptProperties',
      'Session.getActiveUser',
      'Session.getEffectiveUser',
      'TextOutput.setMimeType',
      'UrlFetchApp.fetch',
      'User.getEmail',
    ]);
  });
});
