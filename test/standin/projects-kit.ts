/** Tiny Apps Script bundles written to a temp folder, and the people of a multi-project office. */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

export const OFFICE = 'layanan@kominfo.go.id';
export const OFFICIAL = 'operator@kominfo.go.id';
export const OTHER_OFFICIAL = 'kabid@kominfo.go.id';
export const STRANGER = 'orang.lain@gmail.com';

/** Writes `code` as Code.js in a fresh temp folder and returns its path. */
export function bundleFile(code: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'standin-bundle-')), 'Code.js');
  writeFileSync(path, code);
  return path;
}

/** Scope URLs as Google's reference prints them. */
export const SCOPE = {
  external: 'https://www.googleapis.com/auth/script.external_request',
  email: 'https://www.googleapis.com/auth/userinfo.email',
  sheetsCurrent: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  sheets: 'https://www.googleapis.com/auth/spreadsheets',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  scriptapp: 'https://www.googleapis.com/auth/script.scriptapp',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  drive: 'https://www.googleapis.com/auth/drive',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
  calendar: 'https://www.googleapis.com/auth/calendar',
};
