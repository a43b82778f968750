import { createWorkspace } from '../../dev/standin';
import { loadBundle } from '../../dev/standin/loader';
import { OFFICE, OFFICIAL, OTHER_OFFICIAL, bundleFile } from './projects-kit';

const CODE = `
function whoAmI() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()]; }
function holdLock() { LockService.getScriptLock().waitLock(1000); }
function helper_() { return 'pribadi'; }
function nested(url) {
  const lock = LockService.getScriptLock();
  lock.waitLock(1000);
  const before = Session.getActiveUser().getEmail();
  const inner = UrlFetchApp.fetch(url, { method: 'post', payload: 'x=1' }).getContentText();
  const after = [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), lock.hasLock()];
  lock.releaseLock();
  return { before, inner: JSON.parse(inner), after };
}
function doPost(e) {
  LockService.getScriptLock().waitLock(1000);
  const who = [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()];
  return ContentService.createTextOutput(JSON.stringify(who)).setMimeType(ContentService.MimeType.JSON);
}
function mail(to) { MailApp.sendEmail(to, 'Subjek', 'Isi', { name: 'Layanan Vicon' }); return MailApp.getRemainingDailyQuota(); }
`;

function twoProjects() {
  const ws = createWorkspace({ mailDailyQuota: 3 });
  const engine = ws.createProject({ name: 'Mesin', owner: OFFICE });
  const panel = ws.createProject({ name: 'Panel', owner: OFFICE, containerId: ws.spreadsheet.id });
  const engineApp = loadBundle(ws, bundleFile(CODE), { project: engine });
  const panelApp = loadBundle(ws, bundleFile(CODE), { project: panel });
  const dep = ws.deployWebApp(engine, { executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' });
  return { ws, engine, panel, engineApp, panelApp, url: dep.url };
}

describe('executions', () => {
  it('callAs and callFromClientAs run as the person; call runs as the workspace users', () => {
    const { ws, panelApp } = twoProjects();
    expect(panelApp.callAs(OFFICIAL, 'whoAmI')).toEqual([OFFICIAL, OFFICIAL]);
    expect(panelApp.callFromClientAs(OTHER_OFFICIAL, 'whoAmI')).toEqual([OTHER_OFFICIAL, OTHER_OFFICIAL]);
    ws.setActiveUser('siapa@kominfo.go.id');
    expect(panelApp.call('whoAmI')).toEqual(['siapa@kominfo.go.id', 'admin@example.go.id']);
    expect(ws.ctx.user).toEqual({ active: 'siapa@kominfo.go.id', effective: 'admin@example.go.id' });
  });

  it('google.script.run cannot reach a private function (trailing underscore)', () => {
    const { panelApp } = twoProjects();
    expect(panelApp.callAs(OFFICIAL, 'helper_')).toBe('pribadi');
    expect(() => panelApp.callFromClientAs(OFFICIAL, 'helper_')).toThrow('google.script.run.helper_ is not a function');
  });

  it('nests: the engine runs as its deployer inside the panel execution, and the panel’s users come back', () => {
    const { ws, engine, panel, panelApp, url } = twoProjects();
    const out = panelApp.callFromClientAs(OFFICIAL, 'nested', url);
    expect(out).toEqual({ before: OFFICIAL, inner: ['', OFFICE], after: [OFFICIAL, OFFICIAL, true] });
    const runs = ws.executions.map((x) => [x.project, x.kind, x.fn, x.active, x.effective]);
    expect(runs).toEqual([
      [panel.id, 'client', 'nested', OFFICIAL, OFFICIAL],
      [engine.id, 'webapp', 'doPost', '', OFFICE],
    ]);
  });

  it('counts lock leaks per execution and per project: the engine’s forgotten lock is not the panel’s', () => {
    const { engine, panel, panelApp, url } = twoProjects();
    panelApp.callFromClientAs(OFFICIAL, 'nested', url);
    expect([engine.locks.leaked, panel.locks.leaked]).toEqual([1, 0]);
    expect(engine.locks.holders.size).toBe(0);
    panelApp.callAs(OFFICIAL, 'holdLock');
    expect([engine.locks.leaked, panel.locks.leaked]).toEqual([1, 1]);
  });

  it('an execution’s failure is recorded with its message and the stack unwinds', () => {
    const { ws, panelApp } = twoProjects();
    expect(() => panelApp.callAs(OFFICIAL, 'nested', 'https://tidak-ada.example/')).toThrow(
      'DNS error: https://tidak-ada.example',
    );
    expect(ws.executions[0].error).toBe('DNS error: https://tidak-ada.example');
    expect(ws.ctx.frames).toEqual([]);
    expect(ws.ctx.user.active).toBe('operator@example.go.id');
  });

  it('mail goes out from the effective user with its quota, and the name option is kept', () => {
    const { ws, engineApp, panelApp } = twoProjects();
    expect(engineApp.callAs(OFFICE, 'mail', 'a@contoh.go.id')).toBe(2);
    expect(panelApp.callAs(OFFICIAL, 'mail', 'b@contoh.go.id')).toBe(2);
    expect(engineApp.callAs(OFFICE, 'mail', 'c@contoh.go.id')).toBe(1);
    expect(ws.mail.outbox.map((m) => [m.from, m.name, m.to[0]])).toEqual([
      [OFFICE, 'Layanan Vicon', 'a@contoh.go.id'],
      [OFFICIAL, 'Layanan Vicon', 'b@contoh.go.id'],
      [OFFICE, 'Layanan Vicon', 'c@contoh.go.id'],
    ]);
    expect(ws.mail.usedBy.get(OFFICE)).toBe(2);
  });

  it('ws.execute runs test code in a project as a user and restores the ambient users', () => {
    const { ws, engine } = twoProjects();
    const session = (engine.globals as Record<string, any>).Session;
    const inside = ws.execute(engine, { active: '', effective: OFFICE }, () => [
      session.getActiveUser().getEmail(),
      session.getEffectiveUser().getEmail(),
    ]);
    expect(inside).toEqual(['', OFFICE]);
    expect(session.getEffectiveUser().getEmail()).toBe('admin@example.go.id');
  });
});
