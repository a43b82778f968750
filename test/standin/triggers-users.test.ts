import { createWorkspace } from '../../dev/standin';
import { loadBundle } from '../../dev/standin/loader';
import { OFFICE, OFFICIAL, OTHER_OFFICIAL, bundleFile } from './projects-kit';

const CODE = `
function install(handler) { return ScriptApp.newTrigger(handler).timeBased().everyHours(1).create().getUniqueId(); }
function installOnForm(formId) { return ScriptApp.newTrigger('onSubmit').forForm(formId).onFormSubmit().create().getUniqueId(); }
function mine() { return ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction()); }
function removeAll() { ScriptApp.getProjectTriggers().forEach((t) => ScriptApp.deleteTrigger(t)); }
function hourly(e) { PropertiesService.getScriptProperties().setProperty('ran:' + Session.getEffectiveUser().getEmail(), String(e.triggerUid)); }
function onSubmit(e) { PropertiesService.getScriptProperties().setProperty('submitted', Session.getEffectiveUser().getEmail() + ':' + e.response.getId()); }
`;

function world() {
  const ws = createWorkspace();
  const engine = ws.createProject({ name: 'Mesin', owner: OFFICE });
  const panel = ws.createProject({ name: 'Panel', owner: OFFICE, containerId: ws.spreadsheet.id });
  return {
    ws,
    engine,
    panel,
    engineApp: loadBundle(ws, bundleFile(CODE), { project: engine }),
    panelApp: loadBundle(ws, bundleFile(CODE), { project: panel }),
  };
}

describe('triggers per user and per project', () => {
  it('a user sees only their own triggers of the current project', () => {
    const { ws, engine, panel, engineApp, panelApp } = world();
    engineApp.callAs(OFFICE, 'install', 'hourly');
    engineApp.callAs(OFFICIAL, 'install', 'hourly');
    panelApp.callAs(OFFICE, 'install', 'other');
    expect(engineApp.callAs(OFFICE, 'mine')).toEqual(['hourly']);
    expect(engineApp.callAs(OTHER_OFFICIAL, 'mine')).toEqual([]);
    expect(panelApp.callAs(OFFICE, 'mine')).toEqual(['other']);
    engineApp.callAs(OTHER_OFFICIAL, 'removeAll');
    expect(ws.triggers({ project: engine.id }).map((t) => [t.handler, t.owner])).toEqual([
      ['hourly', OFFICE],
      ['hourly', OFFICIAL],
    ]);
    expect(ws.triggers().map((t) => t.project)).toEqual([engine.id, engine.id, panel.id]);
  });

  it('fires each time trigger in its project as its owner', () => {
    const { ws, engine, engineApp } = world();
    const officeTrigger = engineApp.callAs(OFFICE, 'install', 'hourly');
    const officialTrigger = engineApp.callAs(OFFICIAL, 'install', 'hourly');
    expect(ws.fireTimeTriggers()).toBe(2);
    expect(engine.properties.script.get(`ran:${OFFICE}`)).toBe(officeTrigger);
    expect(engine.properties.script.get(`ran:${OFFICIAL}`)).toBe(officialTrigger);
    expect(ws.triggerRuns.map((r) => [r.handler, r.owner, r.project])).toEqual([
      ['hourly', OFFICE, engine.id],
      ['hourly', OFFICIAL, engine.id],
    ]);
    expect(ws.executions.slice(-2).map((x) => [x.kind, x.active, x.effective])).toEqual([
      ['trigger', OFFICE, OFFICE],
      ['trigger', OFFICIAL, OFFICIAL],
    ]);
  });

  it('a form submission runs the engine’s trigger as the office account', () => {
    const { ws, engine, engineApp } = world();
    const form = ws.execute(engine, OFFICE, () => (engine.globals as any).FormApp.create('FPVC'));
    form.addTextItem().setTitle('Nama');
    engineApp.callAs(OFFICE, 'installOnForm', form.getId());
    const response = ws.submitForm(form.getId(), { Nama: 'Budi' });
    expect(engine.properties.script.get('submitted')).toBe(`${OFFICE}:${response.id}`);
  });

  it('counts the 20-trigger limit per user', () => {
    const { engineApp } = world();
    for (let i = 0; i < 20; i++) engineApp.callAs(OFFICE, 'install', `f${i}`);
    expect(() => engineApp.callAs(OFFICE, 'install', 'f20')).toThrow(/too many triggers/);
    expect(engineApp.callAs(OFFICIAL, 'install', 'f20')).toMatch(/^\d+$/);
  });
});

describe('a hand edit in Sheets fires installable edit triggers', () => {
  it('runs each edit trigger on that spreadsheet as its owner, with the editor and the value', () => {
    const { ws, engine } = world();
    const code = bundleFile(`
      function installEdit(id) { ScriptApp.newTrigger('edited').forSpreadsheet(id).onEdit().create(); }
      function edited(e) { PropertiesService.getScriptProperties().setProperty('edit', [Session.getEffectiveUser().getEmail(), e.user.email, e.value, e.triggerUid ? 'trigger' : ''].join('|')); }
    `);
    const app = loadBundle(ws, code, { project: engine });
    app.callAs(OFFICE, 'installEdit', ws.spreadsheet.id);
    ws.acl.share(ws.spreadsheet.id, OFFICIAL, 'editor');
    ws.acl.manualEdit(OFFICIAL, { sheet: 'Sheet1', range: 'A1' }, [['halo']]);
    expect(engine.properties.script.get('edit')).toBe(`${OFFICE}|${OFFICIAL}|halo|trigger`);
  });

  it('the event carries the edited range and its spreadsheet, as Google sends them (e.range, e.source)', () => {
    const { ws, engine } = world();
    const code = bundleFile(`
      function installEdit(id) { ScriptApp.newTrigger('edited').forSpreadsheet(id).onEdit().create(); }
      function edited(e) { PropertiesService.getScriptProperties().setProperty('edit', [e.range.getSheet().getName(), e.range.getRow(), e.range.getNumRows(), e.range.getA1Notation(), e.source.getId()].join('|')); }
    `);
    const app = loadBundle(ws, code, { project: engine });
    app.callAs(OFFICE, 'installEdit', ws.spreadsheet.id);
    ws.acl.share(ws.spreadsheet.id, OFFICIAL, 'editor');
    ws.acl.manualEdit(OFFICIAL, { sheet: 'Sheet1', range: 'B3:C4' }, [
      [1, 2],
      [3, 4],
    ]);
    expect(engine.properties.script.get('edit')).toBe(`Sheet1|3|2|B3:C4|${ws.spreadsheet.id}`);
  });
});
