/**
 * What "Arsipkan tahun" relies on from Google, as the stand-in models it: a standalone project with
 * only the spreadsheets scope creates a spreadsheet its account owns and nobody else can open,
 * renames and deletes tabs, and Sheets refuses to delete every non-frozen row of a tab.
 */
import { createWorkspace } from '../../dev/standin';
import { loadBundle } from '../../dev/standin/loader';
import { OFFICE, OFFICIAL, SCOPE, bundleFile } from './projects-kit';

const CODE = `
function makeArchive() {
  var book = SpreadsheetApp.create('Arsip Layanan Vicon 2025');
  book.getSheets()[0].setName('Register');
  book.insertSheet('Riwayat');
  return book.getId();
}
function names(id) { return SpreadsheetApp.openById(id).getSheets().map(function (s) { return s.getName(); }); }
function dropFirst(id) { var b = SpreadsheetApp.openById(id); b.deleteSheet(b.getSheets()[0]); return b.getSheets().length; }
function emptyTab(id) { var s = SpreadsheetApp.openById(id).getSheetByName('Riwayat'); s.setFrozenRows(1); s.deleteRows(2, s.getMaxRows() - 1); }
`;

function engine(scopes: string[]) {
  const ws = createWorkspace({ effectiveUser: OFFICE });
  const project = ws.createProject({ name: 'Mesin', owner: OFFICE, manifest: { oauthScopes: scopes } });
  return { ws, app: loadBundle(ws, bundleFile(CODE), { project }) };
}

describe('archive spreadsheets on the stand-in', () => {
  it('the office account makes one with the spreadsheets scope; it owns it and an official cannot open it', () => {
    const { ws, app } = engine([SCOPE.sheets]);
    const id = app.callAs<string>(OFFICE, 'makeArchive');
    expect(ws.ctx.spreadsheets.get(id)!.acl.owner).toBe(OFFICE);
    expect(app.callAs(OFFICE, 'names', id)).toEqual(['Register', 'Riwayat']);
    expect(() => app.callAs(OFFICIAL, 'names', id)).toThrow();
    expect(app.callAs(OFFICE, 'dropFirst', id)).toBe(1);
  });

  it('is refused without the spreadsheets scope, in Google’s words', () => {
    const { app } = engine([SCOPE.sheetsCurrent]);
    expect(() => app.callAs(OFFICE, 'makeArchive')).toThrow(
      'Specified permissions are not sufficient to call SpreadsheetApp.create. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });

  it('deleting every non-frozen row of a tab is refused', () => {
    const { app } = engine([SCOPE.sheets]);
    const id = app.callAs<string>(OFFICE, 'makeArchive');
    expect(() => app.callAs(OFFICE, 'emptyTab', id)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });
});
