/**
 * The OAuth scopes in appsscript.json must be exactly what the built code
 * uses: a scope added without code, or code added without its scope, fails.
 */
import { readFileSync } from 'fs';

const USES: Array<{ scope: string; pattern: RegExp }> = [
  { scope: 'https://www.googleapis.com/auth/spreadsheets', pattern: /\bSpreadsheetApp\./ },
  { scope: 'https://www.googleapis.com/auth/forms', pattern: /\bFormApp\./ },
  { scope: 'https://www.googleapis.com/auth/script.container.ui', pattern: /\.getUi\(\)|\bHtmlService\./ },
  { scope: 'https://www.googleapis.com/auth/script.scriptapp', pattern: /\bScriptApp\.newTrigger\(/ },
  { scope: 'https://www.googleapis.com/auth/script.external_request', pattern: /\bUrlFetchApp\./ },
  { scope: 'https://www.googleapis.com/auth/script.send_mail', pattern: /\bMailApp\./ },
  { scope: 'https://www.googleapis.com/auth/calendar', pattern: /\bCalendarApp\.|\bCalendar\.Events\./ },
  { scope: 'https://www.googleapis.com/auth/documents', pattern: /\bDocumentApp\./ },
  { scope: 'https://www.googleapis.com/auth/drive.file', pattern: /\bDriveApp\./ },
  { scope: 'https://www.googleapis.com/auth/userinfo.email', pattern: /\bSession\.getActiveUser\(/ },
];

describe('appsscript.json', () => {
  const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8'));
  const bundle = readFileSync('dist/Code.js', 'utf8');

  it('lists exactly the scopes the built code needs', () => {
    const needed = USES.filter((u) => u.pattern.test(bundle))
      .map((u) => u.scope)
      .sort();
    expect([...manifest.oauthScopes].sort()).toEqual(needed);
  });

  it('runs on V8 with Stackdriver logging, Jakarta time by default, and is the copy shipped in dist', () => {
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', exceptionLogging: 'STACKDRIVER', timeZone: 'Asia/Jakarta' });
    expect(JSON.parse(readFileSync('dist/appsscript.json', 'utf8'))).toEqual(manifest);
  });

  it('the bundle uses nothing Apps Script V8 lacks', () => {
    for (const name of [
      'setTimeout',
      'setInterval',
      'fetch',
      'URL',
      'TextEncoder',
      'TextDecoder',
      'atob',
      'btoa',
      'require',
    ]) {
      const bare = new RegExp(`(^|[^.\\w$])${name}\\s*\\(|new\\s+${name}\\b`);
      expect({ name, found: bare.test(bundle) }).toEqual({ name, found: false });
    }
    expect(bundle).not.toMatch(/\s#[a-zA-Z_]\w*\s*[;=(]/);
    expect(bundle).not.toMatch(/\beval\(/);
  });
});
