import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { gas } from './helpers';

describe('Ui, HtmlService, Session, protections', () => {
  it('records menus, sidebars, alerts and toasts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'html-'));
    writeFileSync(join(dir, 'sidebar.html'), '<p>Sidebar</p>');
    const { SpreadsheetApp, HtmlService, ws } = gas({ htmlDir: dir });
    const ui = SpreadsheetApp.getUi();
    ui.createMenu('Layanan Vicon').addItem('Buka', 'showSidebar').addSeparator().addToUi();
    ui.showSidebar(HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Vicon'));
    ui.alert('Setup', 'Tidak ada yang diubah.', ui.ButtonSet.OK);
    SpreadsheetApp.getActive().toast('Tersimpan');
    expect(ws.ui.menus).toEqual([
      {
        name: 'Layanan Vicon',
        addon: false,
        items: [{ caption: 'Buka', functionName: 'showSidebar' }, { separator: true }],
      },
    ]);
    expect(ws.ui.shown).toEqual([
      'sidebar: Vicon: <p>Sidebar</p>',
      'alert: Setup: Tidak ada yang diubah.',
      'toast: Tersimpan',
    ]);
    expect(() => HtmlService.createHtmlOutputFromFile('nope')).toThrow('No HTML file named nope was found.');
  });

  it('templates print escaped properties', () => {
    const { HtmlService } = gas();
    const t = HtmlService.createTemplate('<b><?= user.name ?></b><?!= raw ?>') as any;
    t.user = { name: '<Siti & co>' };
    t.raw = '<i>ok</i>';
    expect(t.evaluate().getContent()).toBe('<b>&lt;Siti &amp; co&gt;</b><i>ok</i>');
  });

  it('Session reports the active user, or "" for a consumer account', () => {
    const { Session, ws } = gas({ activeUser: 'kadis@kominfo.go.id' });
    expect(Session.getActiveUser().getEmail()).toBe('kadis@kominfo.go.id');
    ws.setActiveUser('');
    expect(Session.getActiveUser().getEmail()).toBe('');
    expect(Session.getScriptTimeZone()).toBe('Asia/Jakarta');
  });

  it('protections keep description, editors and warning mode; remove() drops them', () => {
    const { SpreadsheetApp, ws } = gas({ effectiveUser: 'admin@kominfo.go.id' });
    const sheet = SpreadsheetApp.getActive().getSheets()[0];
    const p = sheet.getRange('A1:C1').protect().setDescription('Header');
    p.addEditor('kadis@kominfo.go.id');
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['admin@kominfo.go.id', 'kadis@kominfo.go.id']);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).map((x) => x.getDescription())).toEqual([
      'Header',
    ]);
    expect(p.getRange().getA1Notation()).toBe('A1:C1');
    expect(ws.spreadsheet.sheetByName('Sheet1')!.protections).toHaveLength(1);
    p.remove();
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toEqual([]);
  });
});
