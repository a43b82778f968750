import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import vm from 'vm';
import { buildScopeTable } from '../../dev/scopes/table';
import { createWorkspace } from '../../dev/standin';
import { loadBundle } from '../../dev/standin/loader';
import { requiredScopes, scopeTable } from '../../dev/standin/scopes';
import { ADVANCED_METHODS } from '../../dev/standin/scopes-advanced';
import { OFFICE, OFFICIAL, SCOPE, bundleFile } from './projects-kit';

const A = 'https://www.googleapis.com/auth/';

describe('the method → scopes table', () => {
  it('is read from the JSDoc of the type definitions, merging overloads, keyed by namespace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scopes-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'gas-types-detailed', version: '9.9.9' }));
    const doc = (scope: string) =>
      `/**\n * Does it.\n *\n * Authorization:\n *\n * Scripts that use this method require authorization with one or more of the following scopes:\n * - ${scope}\n *\n * https://developers.google.com/x\n */`;
    writeFileSync(
      join(dir, 'google-apps-script.demo.d.ts'),
      `declare namespace GoogleAppsScript {\n namespace Demo {\n  interface Thing {\n   ${doc(`${A}a`)}\n   go(): void;\n   ${doc(`${A}b`)}\n   go(x: string): void;\n   /** No authorization. */\n   free(): void;\n  }\n }\n namespace Other { interface Thing { stop(): void; } }\n}\n`,
    );
    const table = buildScopeTable(dir);
    expect(table).toEqual({
      source: 'gas-types-detailed@9.9.9',
      methods: { 'Demo.Thing.go': [`${A}a`, `${A}b`] },
      classes: { Thing: ['Demo', 'Other'] },
    });
  });

  it('holds what Google documents for the methods the product calls', () => {
    expect(requiredScopes('DriveApp.createFolder')).toEqual([`${A}drive`]);
    expect(requiredScopes('SpreadsheetApp.openById')).toEqual([`${A}spreadsheets`]);
    expect(requiredScopes('Range.getValues')).toEqual([`${A}spreadsheets.currentonly`, `${A}spreadsheets`]);
    expect(requiredScopes('Session.getActiveUser')).toEqual([`${A}userinfo.email`]);
    expect(requiredScopes('Ui.showSidebar')).toEqual([`${A}script.container.ui`]);
    expect(requiredScopes('Trigger.getHandlerFunction')).toEqual([`${A}script.scriptapp`]);
    expect(requiredScopes('PropertiesService.getScriptProperties')).toEqual([]);
    expect(requiredScopes('Calendar.Events.insert')).toEqual([`${A}calendar`, `${A}calendar.events`]);
    expect(scopeTable().source).toBe(
      `gas-types-detailed@${JSON.parse(readFileSync('node_modules/gas-types-detailed/package.json', 'utf8')).version}`,
    );
  });

  it('resolves every class name the stand-in wraps, and covers every advanced-service method it offers', () => {
    const names = new Set<string>();
    for (const file of readdirSync('dev/standin').filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join('dev/standin', file), 'utf8');
      for (const m of text.matchAll(/\.wrap(?:<[^>]*>)?\(/g))
        names.add(lastClassArgument(text, m.index! + m[0].length));
    }
    names.delete('');
    expect(names.size).toBeGreaterThan(30);
    for (const cls of names) if (!cls.includes('.')) expect(() => requiredScopes(`${cls}.anyMethod`)).not.toThrow();
    const ws = createWorkspace();
    const events = (ws.globals as any).Calendar.Events;
    const api = [
      'get',
      'import',
      'insert',
      'instances',
      'list',
      'move',
      'patch',
      'quickAdd',
      'remove',
      'update',
      'watch',
    ];
    const offered = api.filter((m) => typeof events[m] === 'function');
    expect(offered.length).toBeGreaterThan(3);
    for (const m of offered) expect(ADVANCED_METHODS.has(`Calendar.Events.${m}`)).toBe(true);
    expect(() => requiredScopes('Calendar.Events.quickAdd')).toThrow(/scopes-advanced\.ts/);
  });
});

/** The error `fn` throws (null when it returns). */
function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return null;
}

/** The last top-level '…' argument of the call whose arguments start at `from` ('' when none). */
function lastClassArgument(text: string, from: number): string {
  let depth = 1;
  let i = from;
  while (depth > 0 && i < text.length) {
    if (text[i] === '(') depth++;
    if (text[i] === ')') depth--;
    i++;
  }
  const args = text.slice(from, i - 1);
  const found = [...args.matchAll(/'([A-Z][A-Za-z]*(?:\.[A-Z][A-Za-z]*)?)'/g)];
  return found.length ? found[found.length - 1][1] : '';
}

const CODE = `
function openOther(id) { return SpreadsheetApp.openById(id).getName(); }
function readOwn() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').getValue(); }
function rootFolder() { return DriveApp.getRootFolder().getName(); }
function folder() { return DriveApp.createFolder('Layanan Vicon').getName(); }
function mail() { MailApp.sendEmail('a@contoh.go.id', 's', 'b'); }
function event() { return Calendar.Events.insert({ summary: 'x', start: { dateTime: '2026-01-05T02:00:00Z' }, end: { dateTime: '2026-01-05T03:00:00Z' } }, 'primary'); }
`;

function panelWith(scopes: string[], advancedCalendar = false) {
  const ws = createWorkspace({ effectiveUser: OFFICE });
  ws.acl.share(ws.spreadsheet.id, OFFICIAL, 'editor');
  const manifest = {
    oauthScopes: scopes,
    dependencies: {
      enabledAdvancedServices: advancedCalendar
        ? [{ userSymbol: 'Calendar', serviceId: 'calendar', version: 'v3' }]
        : [],
    },
  };
  const panel = ws.createProject({ name: 'Panel', owner: OFFICE, containerId: ws.spreadsheet.id, manifest });
  return { ws, panel, app: loadBundle(ws, bundleFile(CODE), { project: panel }) };
}

describe('scope enforcement', () => {
  it('refuses a call the manifest has no scope for, with Google’s wording', () => {
    const { ws, app } = panelWith([SCOPE.sheetsCurrent, SCOPE.driveFile]);
    const other = (ws.globals as any).SpreadsheetApp.create('Lain').getId();
    expect(() => app.callAs(OFFICIAL, 'openOther', other)).toThrow(
      'Specified permissions are not sufficient to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    expect(() => app.callAs(OFFICIAL, 'mail')).toThrow(
      'Specified permissions are not sufficient to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(() => app.callAs(OFFICIAL, 'folder')).toThrow(
      'Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive',
    );
  });

  it('prints several alternatives as (A || B), and the error is an Exception of the bundle', () => {
    const { app } = panelWith([SCOPE.driveFile]);
    expect(() => app.callAs(OFFICIAL, 'rootFolder')).toThrow(
      'Specified permissions are not sufficient to call DriveApp.getRootFolder. Required permissions: (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)',
    );
    const error = caught(() => app.callAs(OFFICIAL, 'rootFolder')) as Error;
    expect(error.name).toBe('Exception');
    expect(error instanceof (vm.runInContext('Error', app.context) as ErrorConstructor)).toBe(true);
  });

  it('spreadsheets.currentonly reaches the container only', () => {
    const { ws, panel, app } = panelWith([SCOPE.sheetsCurrent]);
    ws.spreadsheet.getSheets()[0].getRange('A1').setValue('isi');
    expect(app.callAs(OFFICIAL, 'readOwn')).toBe('isi');
    const elsewhere = (ws.globals as any).SpreadsheetApp.create('Lain').getSheets()[0].getRange('A1');
    expect(() => ws.execute(panel, OFFICIAL, () => elsewhere.getValue())).toThrow(
      'Specified permissions are not sufficient to call Range.getValue. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
    );
  });

  it('an advanced service fails like its REST API when the scope is missing', () => {
    const { app } = panelWith([SCOPE.sheetsCurrent], true);
    expect(() => app.callAs(OFFICIAL, 'event')).toThrow(
      'API call to calendar.events.insert failed with error: Request had insufficient authentication scopes.',
    );
    expect(() => panelWith([SCOPE.sheetsCurrent]).app.callAs(OFFICIAL, 'event')).toThrow('Calendar is not defined');
    expect(panelWith([SCOPE.calendar], true).app.callAs<{ id: string }>(OFFICIAL, 'event').id).toMatch(/^[a-v0-9]+$/);
  });

  it('records per project which methods its bundle called, refused ones included', () => {
    const { ws, panel, app } = panelWith([SCOPE.sheetsCurrent]);
    app.callAs(OFFICIAL, 'readOwn');
    expect(() => app.callAs(OFFICIAL, 'mail')).toThrow();
    expect(ws.calls.methodsOf(panel.id)).toEqual([
      'MailApp.sendEmail',
      'Range.getValue',
      'Sheet.getRange',
      'Spreadsheet.getSheets',
      'SpreadsheetApp.getActiveSpreadsheet',
    ]);
    expect(ws.calls.methodsOf(ws.project.id)).toEqual([]);
  });

  it('checks nothing in a project without a manifest (the implicit one)', () => {
    const ws = createWorkspace();
    const app = loadBundle(ws, bundleFile(CODE));
    expect(app.call('folder')).toBe('Layanan Vicon');
    expect(ws.calls.methodsOf(ws.project.id)).toContain('DriveApp.createFolder');
  });
});
