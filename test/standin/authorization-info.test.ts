/**
 * ScriptApp.getAuthorizationInfo on the stand-in: what the running user authorised the running
 * project for. The stand-in assumes consent to the whole manifest, so the authorised scopes are
 * the manifest's own (a project without a manifest: none listed); asking about a scope the
 * manifest lacks is refused, as the reference warns. Also Spreadsheet.getSpreadsheetLocale.
 */
import { createWorkspace } from '../../dev/standin';
import { loadBundle } from '../../dev/standin/loader';
import { declineScopes } from '../../dev/standin/projects';
import { OFFICE, OFFICIAL, SCOPE, bundleFile } from './projects-kit';

const CODE = `
function granted() {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  return { status: info.getAuthorizationStatus(), scopes: info.getAuthorizedScopes() };
}
function among(list) { return ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, list).getAuthorizedScopes(); }
function consentUrl() { return ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationUrl(); }
function calendars() { return CalendarApp.getAllOwnedCalendars().length; } // the primary one
`;

function project(oauthScopes?: string[]) {
  const ws = createWorkspace({ activeUser: OFFICE, effectiveUser: OFFICE });
  const p = ws.createProject({ name: 'p', owner: OFFICE, manifest: oauthScopes ? { oauthScopes } : undefined });
  return { ws, app: loadBundle(ws, bundleFile(CODE), { project: p }), p };
}

describe('ScriptApp.getAuthorizationInfo', () => {
  it('lists the manifest’s scopes as authorised, and follows a manifest that changes', () => {
    const { app, p } = project([SCOPE.sheets, SCOPE.calendar]);
    expect(app.callAs(OFFICE, 'granted')).toEqual({ status: 'NOT_REQUIRED', scopes: [SCOPE.sheets, SCOPE.calendar] });
    p.manifest!.oauthScopes = [SCOPE.sheets];
    expect(app.callAs(OFFICE, 'granted')).toEqual({ status: 'NOT_REQUIRED', scopes: [SCOPE.sheets] });
  });

  it('answers for a list of scopes, and refuses one the script does not ask for', () => {
    const { app } = project([SCOPE.sheets, SCOPE.calendar]);
    expect(app.callAs(OFFICE, 'among', [SCOPE.calendar])).toEqual([SCOPE.calendar]);
    expect(() => app.callAs(OFFICE, 'among', [SCOPE.drive])).toThrow(
      `Scopes that are invalid or not required by the script: ${SCOPE.drive}`,
    );
  });

  it('a user who unticked a scope on the granular consent screen: not authorised, status REQUIRED with a URL, and the call needing it refused', () => {
    const { app, p } = project([SCOPE.sheets, SCOPE.calendar]);
    declineScopes(p, OFFICIAL, [SCOPE.calendar]);
    expect(app.callAs(OFFICIAL, 'granted')).toEqual({ status: 'REQUIRED', scopes: [SCOPE.sheets] });
    expect(app.callAs(OFFICIAL, 'among', [SCOPE.calendar])).toEqual([]);
    expect(app.callAs(OFFICIAL, 'consentUrl')).toBe(`https://script.google.com/macros/d/${p.id}/authorize`);
    expect(() => app.callAs(OFFICIAL, 'calendars')).toThrow(
      /^Specified permissions are not sufficient to call CalendarApp\.getAllOwnedCalendars\. Required permissions: \(https:\/\/www\.googleapis\.com\/auth\/calendar \|\| /,
    );
    expect(app.callAs(OFFICE, 'granted')).toEqual({ status: 'NOT_REQUIRED', scopes: [SCOPE.sheets, SCOPE.calendar] });
    expect(app.callAs(OFFICE, 'consentUrl')).toBeNull();
    expect(app.callAs(OFFICE, 'calendars')).toBe(1);
  });

  it('a project without a manifest lists none', () => {
    expect(project().app.callAs(OFFICE, 'granted')).toEqual({ status: 'NOT_REQUIRED', scopes: [] });
  });
});

describe('Spreadsheet.getSpreadsheetLocale', () => {
  it('answers the spreadsheet’s locale (en_US unless set)', () => {
    const { ws } = project();
    const ss = (ws.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
    ws.spreadsheet.locale = 'id_ID';
    expect(ss.getSpreadsheetLocale()).toBe('id_ID');
  });
});
