import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createWorkspace } from '../../dev/standin';
import type { PublishableForm } from './helpers';
import { ABSENT_GLOBALS, loadBundle } from '../../dev/standin/loader';

const BUNDLE = `
function writeCell(text) {}
function now() {}
function absent() {}
function failing() {}
function leaky() {}
function onSubmit(e) {}
function whenDate() {}
(() => {
  const g = this;
  g.writeCell = function (text) {
    SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1').getRange('A1').setValue(text);
    return SpreadsheetApp.getActive().getSheets()[0].getRange('A1').getValue();
  };
  g.now = function () { return [new Date().toISOString(), Date.now(), new Date(0).getTime()]; };
  g.absent = function (names) { return names.filter((n) => typeof globalThis[n] !== 'undefined'); };
  g.failing = function () {
    try { SpreadsheetApp.getActive().getSheets()[0].getRange(0, 1); } catch (e) { return [e instanceof Error, e.message]; }
  };
  g.leaky = function () { LockService.getScriptLock().waitLock(1000); };
  g.onSubmit = function (e) { PropertiesService.getScriptProperties().setProperty('last', e.response.getId()); };
  g.whenDate = function () {
    const sheet = SpreadsheetApp.getActive().getSheets()[0];
    sheet.getRange('B1').setValue(new Date());
    return sheet.getRange('B1').getValue() instanceof Date;
  };
})();
`;

function load(): { ws: ReturnType<typeof createWorkspace>; app: ReturnType<typeof loadBundle> } {
  const dir = mkdtempSync(join(tmpdir(), 'standin-'));
  const path = join(dir, 'Code.js');
  writeFileSync(path, BUNDLE);
  const ws = createWorkspace({ now: new Date('2026-11-23T02:00:00Z') });
  return { ws, app: loadBundle(ws, path) };
}

describe('loadBundle', () => {
  it("lists the empty stubs a minified bundle's first line declares, not its inner functions", () => {
    const dir = mkdtempSync(join(tmpdir(), 'standin-'));
    const path = join(dir, 'Code.js');
    writeFileSync(
      path,
      'function onOpen(){}function menuSetup(){}(()=>{function inner(){}})();\nfunction tail(a) {}\n',
    );
    expect(loadBundle(createWorkspace(), path).topLevelFunctions()).toEqual(['onOpen', 'menuSetup', 'tail']);
  });

  it('lists and calls top-level functions against the stand-in', () => {
    const { ws, app } = load();
    expect(app.topLevelFunctions()).toEqual(['writeCell', 'now', 'absent', 'failing', 'leaky', 'onSubmit', 'whenDate']);
    expect(app.has('writeCell')).toBe(true);
    expect(app.has('nothing')).toBe(false);
    expect(app.call('writeCell', '0812')).toBe(812);
    expect(ws.calls.count('Range.setValue')).toBe(1);
    expect(() => app.call('nothing')).toThrow('Script function not found: nothing');
  });

  it('hides Node and browser globals that Apps Script does not have', () => {
    const { app } = load();
    expect(app.call('absent', ABSENT_GLOBALS)).toEqual([]);
    expect(app.call('absent', ['SpreadsheetApp', 'Utilities', 'JSON', 'Math', 'Intl'])).toHaveLength(5);
  });

  it("makes the bundle's Date follow the fake clock, and Dates cross both ways", () => {
    const { ws, app } = load();
    expect(app.call('now')).toEqual(['2026-11-23T02:00:00.000Z', Date.parse('2026-11-23T02:00:00Z'), 0]);
    ws.clock.advance(90_000);
    expect((app.call('now') as string[])[0]).toBe('2026-11-23T02:01:30.000Z');
    expect(app.call('whenDate')).toBe(true);
  });

  it("throws the bundle's own Error class, so `instanceof Error` holds inside", () => {
    expect(load().app.call('failing')).toEqual([true, 'The starting row of the range is too small.']);
  });

  it('each call is one execution: a lock left held is released and counted as a leak', () => {
    const { ws, app } = load();
    app.call('leaky');
    expect(ws.locks.leaked).toBe(1);
    expect(ws.locks.heldBySelf()).toBe(false);
  });

  it('routes form-submit triggers to the bundle', () => {
    const { ws, app } = load();
    const FormApp = ws.globals.FormApp as GoogleAppsScript.Forms.FormApp;
    const form = FormApp.create('F');
    (form as PublishableForm).setPublished(true);
    form.addTextItem().setTitle('Q');
    (ws.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp)
      .newTrigger('onSubmit')
      .forForm(form)
      .onFormSubmit()
      .create();
    const r = ws.submitForm(form.getId(), { Q: 'a' });
    expect(ws.properties.script.get('last')).toBe(r.id);
    expect(ws.triggerRuns).toEqual([{ handler: 'onSubmit', eventType: 'ON_FORM_SUBMIT' }]);
    expect(app.has('onSubmit')).toBe(true);
  });

  it('callFromClient refuses Dates like google.script.run', () => {
    const { app } = load();
    expect(() => app.callFromClient('writeCell', new Date())).toThrow(/Date/);
    expect(app.callFromClient('writeCell', 'x')).toBe('x');
  });
});
