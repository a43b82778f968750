import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createWorkspace } from '../../dev/standin';
import { loadBundle } from '../../dev/standin/loader';
import { OFFICE, OFFICIAL, OTHER_OFFICIAL, SCOPE, bundleFile } from './projects-kit';

type G = Record<string, any>;

describe('script projects', () => {
  it('give each project its own script id and an OAuth client id shaped like Google’s', () => {
    const ws = createWorkspace();
    const engine = ws.createProject({ name: 'Mesin', owner: OFFICE });
    const panel = ws.createProject({ name: 'Panel', owner: OFFICE, containerId: ws.spreadsheet.id });
    const ids = [ws.project.id, engine.id, panel.id];
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^1[\w-]{56}$/);
    for (const p of [engine, panel])
      expect(p.oauthClientId).toMatch(/^[1-9]\d{11}-[a-z0-9]{32}\.apps\.googleusercontent\.com$/);
    expect(engine.oauthClientId).not.toBe(panel.oauthClientId);
    expect(ws.execute(engine, OFFICE, () => (engine.globals as G).ScriptApp.getScriptId())).toBe(engine.id);
  });

  it('a standalone project has no active spreadsheet, no document stores and no UI; a bound one has its container', () => {
    const ws = createWorkspace({ effectiveUser: OFFICE });
    ws.acl.share(ws.spreadsheet.id, OFFICIAL, 'editor');
    const engine = ws.createProject({ name: 'Mesin', owner: OFFICE });
    const panel = ws.createProject({ name: 'Panel', owner: OFFICE, containerId: ws.spreadsheet.id });
    const e = engine.globals as G;
    const p = panel.globals as G;
    ws.execute(engine, OFFICE, () => {
      expect(e.SpreadsheetApp.getActiveSpreadsheet()).toBeNull();
      expect(e.PropertiesService.getDocumentProperties()).toBeNull();
      expect(e.CacheService.getDocumentCache()).toBeNull();
      expect(e.LockService.getDocumentLock()).toBeNull();
      expect(() => e.SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    });
    ws.execute(panel, OFFICIAL, () => {
      expect(p.SpreadsheetApp.getActiveSpreadsheet().getId()).toBe(ws.spreadsheet.id);
      expect(p.PropertiesService.getDocumentProperties().getKeys()).toEqual([]);
      p.SpreadsheetApp.getUi().alert('halo');
    });
    expect(ws.ui.shown).toEqual(['alert: halo']);
  });

  it('keeps Script Properties, caches and script locks apart between projects', () => {
    const ws = createWorkspace({ effectiveUser: OFFICE });
    ws.acl.share(ws.spreadsheet.id, OFFICIAL, 'editor');
    const engine = ws.createProject({ name: 'Mesin', owner: OFFICE });
    const panel = ws.createProject({ name: 'Panel', owner: OFFICE, containerId: ws.spreadsheet.id });
    const e = engine.globals as G;
    const p = panel.globals as G;
    ws.execute(engine, OFFICE, () => {
      e.PropertiesService.getScriptProperties().setProperty('ZOOM_SECRET', 'rahasia');
      e.CacheService.getScriptCache().put('k', 'mesin');
      expect(e.LockService.getScriptLock().tryLock(0)).toBe(true);
      ws.execute(panel, OFFICIAL, () => {
        expect(p.PropertiesService.getScriptProperties().getProperty('ZOOM_SECRET')).toBeNull();
        expect(p.CacheService.getScriptCache().get('k')).toBeNull();
        expect(p.LockService.getScriptLock().tryLock(0)).toBe(true);
      });
    });
    expect(engine.properties.script.get('ZOOM_SECRET')).toBe('rahasia');
    expect(panel.properties.script.size).toBe(0);
    expect(ws.properties.script.size).toBe(0);
    expect([engine.locks.leaked, panel.locks.leaked]).toEqual([1, 1]);
  });

  it('User Properties and the user cache belong to the effective user', () => {
    const ws = createWorkspace();
    const panel = ws.createProject({ name: 'Panel', owner: OFFICE, containerId: ws.spreadsheet.id });
    const p = panel.globals as G;
    ws.execute(panel, OFFICIAL, () => p.PropertiesService.getUserProperties().setProperty('tab', 'tugas'));
    ws.execute(panel, OTHER_OFFICIAL, () => {
      expect(p.PropertiesService.getUserProperties().getProperty('tab')).toBeNull();
      p.CacheService.getUserCache().put('c', '1');
    });
    expect(ws.execute(panel, OFFICIAL, () => p.PropertiesService.getUserProperties().getProperty('tab'))).toBe('tugas');
    expect(ws.execute(panel, OFFICIAL, () => p.CacheService.getUserCache().get('c'))).toBeNull();
  });

  it('a manifest hides advanced services it does not enable and renames the ones it does', () => {
    const ws = createWorkspace();
    const plain = ws.createProject({ name: 'Tanpa', owner: OFFICE, manifest: { oauthScopes: [SCOPE.calendar] } });
    const named = ws.createProject({
      name: 'Dengan',
      owner: OFFICE,
      manifest: {
        oauthScopes: [SCOPE.calendar],
        dependencies: { enabledAdvancedServices: [{ userSymbol: 'Kalender', serviceId: 'calendar', version: 'v3' }] },
      },
    });
    expect('Calendar' in plain.globals).toBe(false);
    expect('Calendar' in named.globals).toBe(false);
    expect(typeof (named.globals as G).Kalender.Events.insert).toBe('function');
    expect(typeof (ws.globals as G).Calendar.Events.insert).toBe('function');
  });

  it('the Drive global (v3) exists only where the manifest enables the Drive advanced service', () => {
    const ws = createWorkspace();
    const manifest = (enabled: boolean) => ({
      oauthScopes: [SCOPE.driveFile],
      dependencies: {
        enabledAdvancedServices: enabled ? [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] : [],
      },
    });
    const without = ws.createProject({ name: 'Tanpa Drive', owner: OFFICE, manifest: manifest(false) });
    const engine = ws.createProject({ name: 'Mesin', owner: OFFICE, manifest: manifest(true) });
    expect('Drive' in without.globals).toBe(false);
    expect(typeof (engine.globals as G).Drive.Files.create).toBe('function');
    expect('DriveApp' in engine.globals).toBe(true);
  });

  it('binds a built bundle to a project: it sees that project’s globals only', () => {
    const ws = createWorkspace();
    const engine = ws.createProject({ name: 'Mesin', owner: OFFICE });
    engine.properties.script.set('who', 'mesin');
    ws.properties.script.set('who', 'bawaan');
    const code = `function who() { return [PropertiesService.getScriptProperties().getProperty('who'), ScriptApp.getScriptId(), SpreadsheetApp.getActiveSpreadsheet() === null]; }`;
    const onEngine = loadBundle(ws, bundleFile(code), { project: engine });
    const onDefault = loadBundle(ws, bundleFile(code));
    expect(onEngine.callAs(OFFICE, 'who')).toEqual(['mesin', engine.id, true]);
    expect(onDefault.call('who')).toEqual(['bawaan', ws.project.id, false]);
    expect(onEngine.project).toBe(engine);
  });

  it('reads HTML files from each project’s own folder', () => {
    const folder = (html: string): string => {
      const dir = mkdtempSync(join(tmpdir(), 'standin-html-'));
      writeFileSync(join(dir, 'Sidebar.html'), html);
      return dir;
    };
    const ws = createWorkspace({ htmlDir: folder('<p>bawaan</p>') });
    const panel = ws.createProject({
      name: 'Panel',
      owner: OFFICE,
      containerId: ws.spreadsheet.id,
      htmlDir: folder('<p>panel</p>'),
    });
    const read = (g: G) => g.HtmlService.createHtmlOutputFromFile('Sidebar').getContent();
    expect(ws.execute(panel, OFFICIAL, () => read(panel.globals))).toBe('<p>panel</p>');
    expect(read(ws.globals)).toBe('<p>bawaan</p>');
  });
});
