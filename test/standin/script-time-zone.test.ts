import { createWorkspace } from '../../dev/standin';
import { loadBundle } from '../../dev/standin/loader';
import { bundleFile, OFFICE } from './projects-kit';

/** A bundle that reads Pengaturan!B1 the way the product used to (getHours/getMinutes) and the way it should. */
const BUNDLE = `
function readTime() {}
function localDates() {}
(() => {
  const g = this;
  g.readTime = function () {
    const ss = SpreadsheetApp.openById(PropertiesService.getScriptProperties().getProperty('SS'));
    const v = ss.getSheetByName('Pengaturan').getRange('B1').getValue();
    const two = (n) => String(n).padStart(2, '0');
    return {
      isDate: v instanceof Date,
      byHours: two(v.getHours()) + ':' + two(v.getMinutes()),
      bySheetZone: Utilities.formatDate(v, ss.getSpreadsheetTimeZone(), 'HH:mm'),
      scriptZone: Session.getScriptTimeZone(),
    };
  };
  g.localDates = function () {
    const d = new Date(2026, 10, 23, 9, 30);
    return {
      numeric: d.toISOString(),
      text: new Date('2026-11-23 09:30').toISOString(),
      isoZ: new Date('2026-11-23T09:30:00Z').toISOString(),
      dateOnly: new Date('2026-11-23').toISOString(),
      hours: new Date('2026-11-23T02:30:00Z').getHours(),
      shown: String(new Date('2026-11-23T02:30:00Z')),
      setHours: new Date(new Date('2026-11-23T02:30:00Z').setHours(0, 0, 0, 0)).toISOString(),
    };
  };
})();
`;

function world(sheetZone: string, scriptZone: string) {
  const ws = createWorkspace({ now: new Date('2026-11-23T02:00:00Z'), activeUser: OFFICE, effectiveUser: OFFICE });
  ws.spreadsheet.timeZone = sheetZone;
  ws.spreadsheet.addSheet('Pengaturan');
  const project = ws.createProject({ name: 'Mesin', owner: OFFICE, manifest: { timeZone: scriptZone } });
  project.properties.script.set('SS', ws.spreadsheet.id);
  const bundle = loadBundle(ws, bundleFile(BUNDLE), { project });
  return { ws, bundle };
}

describe("Dates follow the project's time zone, date cells the spreadsheet's", () => {
  it('a time typed into a sheet of the same zone reads back as typed, by getHours too', () => {
    const { ws, bundle } = world('Asia/Jakarta', 'Asia/Jakarta');
    ws.acl.manualEdit(OFFICE, { sheet: 'Pengaturan', range: 'B1' }, [['08:00']]);
    expect(bundle.callAs(OFFICE, 'readTime')).toEqual({
      isDate: true,
      byHours: '08:00',
      bySheetZone: '08:00',
      scriptZone: 'Asia/Jakarta',
    });
  });

  it('in a WITA spreadsheet read by a WIB script only the spreadsheet zone gives the typed time back', () => {
    const { ws, bundle } = world('Asia/Makassar', 'Asia/Jakarta');
    ws.acl.manualEdit(OFFICE, { sheet: 'Pengaturan', range: 'B1' }, [['08:00']]);
    const read = bundle.callAs<{ byHours: string; bySheetZone: string }>(OFFICE, 'readTime');
    expect(read.bySheetZone).toBe('08:00');
    expect(read.byHours).not.toBe('08:00');
  });

  it("local-time Date methods and zone-less strings use the project's zone, not the machine's", () => {
    const { bundle } = world('Asia/Jakarta', 'Asia/Makassar');
    expect(bundle.callAs(OFFICE, 'localDates')).toEqual({
      numeric: '2026-11-23T01:30:00.000Z',
      text: '2026-11-23T01:30:00.000Z',
      isoZ: '2026-11-23T09:30:00.000Z',
      dateOnly: '2026-11-23T00:00:00.000Z',
      hours: 10,
      shown: expect.stringMatching(/^Mon Nov 23 2026 10:30:00 GMT\+0800/),
      setHours: '2026-11-22T16:00:00.000Z',
    });
  });

  it('changing the spreadsheet zone keeps what date cells show and moves the instant they hold', () => {
    const { ws } = world('Asia/Jakarta', 'Asia/Jakarta');
    ws.acl.manualEdit(OFFICE, { sheet: 'Pengaturan', range: 'A1:B1' }, [['2026-11-25', '2026-11-25 09:00:00']]);
    const api = (ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(ws.spreadsheet.id);
    const before = api.getSheetByName('Pengaturan')!.getRange('A1:B1');
    const shown = before.getDisplayValues();
    const instant = (before.getValues()[0][1] as Date).toISOString();
    api.setSpreadsheetTimeZone('Asia/Makassar');
    const after = api.getSheetByName('Pengaturan')!.getRange('A1:B1');
    expect(after.getDisplayValues()).toEqual(shown);
    expect(instant).toBe('2026-11-25T02:00:00.000Z');
    expect((after.getValues()[0][1] as Date).toISOString()).toBe('2026-11-25T01:00:00.000Z');
  });
});
