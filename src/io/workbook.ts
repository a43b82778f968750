/**
 * Creates the add-on's sheets when missing (found by name, never duplicated)
 * with their headers, frozen header row and protections. Existing sheets and
 * the form's own responses sheet are left untouched.
 */
import { settingsToRows, type Settings } from '../core/settings';
import { sheetText } from '../core/sheet-text';
import {
  CUSTOM_PRESET_SHEET,
  DELEGATION_HEADERS,
  DELEGATIONS_SHEET,
  SETTINGS_SHEET,
  USER_HEADERS,
  USERS_SHEET,
} from './config-store';
import { HISTORY_HEADERS, HISTORY_SHEET } from './history-store';
import { REGISTER_DATE_FORMATS, REGISTER_HEADERS, REGISTER_STATE_HEADERS } from './register-row';
import { REGISTER_SHEET } from './register-store';
import { LETTER_HEADERS, LETTERS_SHEET } from './letter-store';
import { protectForOfficeAccount } from './protection';
import { LOG_HEADERS, LOG_PROTECTION, LOG_SHEET } from './error-log';
import { alignSpreadsheetZone } from './sheet-zone';

export const RESOURCES_SHEET = 'Sumber Daya';
export const RESOURCE_HEADERS = [
  'Jenis',
  'Nama',
  'Akun Zoom (email/ID)',
  'Lisensi',
  'Kapasitas',
  'ID Kalender',
  'Aktif',
  'Catatan',
];

interface SheetSpec {
  name: string;
  rows: () => unknown[][];
  /** Why the sheet is protected, shown by Sheets to anyone who tries to edit it. */
  protect: string;
}

const PROTECT_DATA = 'Data Layanan Vicon: hanya akun layanan yang dapat mengubahnya. Gunakan panel Layanan Vicon.';

function specs(settings: Settings, adminEmail: string): SheetSpec[] {
  return [
    { name: REGISTER_SHEET, rows: () => [REGISTER_HEADERS], protect: PROTECT_DATA },
    {
      name: HISTORY_SHEET,
      rows: () => [HISTORY_HEADERS],
      protect: 'Riwayat hanya ditambah oleh Layanan Vicon. Setiap perubahan terdeteksi oleh "Periksa riwayat".',
    },
    {
      name: SETTINGS_SHEET,
      rows: () => [
        ['Pengaturan', 'Nilai'],
        ...settingsToRows(settings).map(([k, v]) => [k, typeof v === 'string' ? sheetText(v) : v]),
      ],
      protect: PROTECT_DATA,
    },
    {
      name: USERS_SHEET,
      rows: () => [USER_HEADERS, ...(adminEmail ? [[sheetText(adminEmail), 'Admin', '', '', 'Ya', 'Ya']] : [])],
      protect: PROTECT_DATA,
    },
    { name: DELEGATIONS_SHEET, rows: () => [DELEGATION_HEADERS], protect: PROTECT_DATA },
    { name: RESOURCES_SHEET, rows: () => [RESOURCE_HEADERS], protect: PROTECT_DATA },
    {
      name: LETTERS_SHEET,
      rows: () => [LETTER_HEADERS],
      protect: 'Nomor surat diberikan oleh Layanan Vicon; nomor yang batal tetap tercatat agar tidak dipakai ulang.',
    },
    { name: LOG_SHEET, rows: () => [LOG_HEADERS], protect: LOG_PROTECTION },
  ];
}

/** Append the headers a sheet made by an older version lacks (columns the product added later). */
export function addMissingHeaders(sheet: GoogleAppsScript.Spreadsheet.Sheet, headers: string[]): void {
  const width = Math.max(sheet.getLastColumn(), 1);
  const have = new Set(
    sheet
      .getRange(1, 1, 1, width)
      .getValues()[0]
      .map((h) => String(h).trim()),
  );
  const missing = headers.filter((h) => !have.has(h));
  if (missing.length === 0) return;
  const at = sheet.getLastColumn() + 1;
  if (sheet.getMaxColumns() < at + missing.length - 1)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), at + missing.length - 1 - sheet.getMaxColumns());
  sheet.getRange(1, at, 1, missing.length).setValues([missing]).setFontWeight('bold').setBackground('#e8f0fe');
}

/**
 * How the Register shows itself, from one read of its header: date columns in day/month/year
 * (REGISTER_DATE_FORMATS) for every row below the header, and, on a new sheet, its state columns
 * (REGISTER_STATE_HEADERS) hidden so officials read the rest.
 */
function formatRegister(sheet: GoogleAppsScript.Spreadsheet.Sheet, isNew: boolean): void {
  const header = sheet
    .getRange(1, 1, 1, Math.max(1, sheet.getLastColumn()))
    .getValues()[0]
    .map((h) => String(h).trim());
  const colOf = (name: string) => header.indexOf(name) + 1;
  if (isNew) for (const col of REGISTER_STATE_HEADERS.map(colOf)) if (col > 0) sheet.hideColumns(col);
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  for (const { header: name, format } of REGISTER_DATE_FORMATS) {
    const col = colOf(name);
    if (col > 0) sheet.getRange(2, col, rows, 1).setNumberFormat(format);
  }
}

function create(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec): void {
  const sheet = ss.insertSheet(spec.name);
  const rows = spec.rows();
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r, ...new Array(width - r.length).fill('')]);
  if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, padded.length, width).setValues(padded);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground('#e8f0fe');
  sheet.setFrozenRows(1);
}

/**
 * Create every missing sheet and protect every data sheet (new or old, and the form's
 * responses sheet: the applicants' own words) so only the office account edits it; the
 * spreadsheet takes the office's time zone (sheet-zone.ts).
 * Returns the sheets created and those whose protection was added or repaired.
 */
export function ensureSheets(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  adminEmail: string,
): { created: string[]; secured: string[] } {
  const created: string[] = [];
  const secured: string[] = [];
  for (const spec of specs(settings, adminEmail)) {
    let sheet = ss.getSheetByName(spec.name);
    if (sheet && spec.name === USERS_SHEET) addMissingHeaders(sheet, USER_HEADERS);
    if (!sheet) {
      create(ss, spec);
      created.push(spec.name);
      sheet = ss.getSheetByName(spec.name)!;
    } else if (spec.name === REGISTER_SHEET) addMissingHeaders(sheet, REGISTER_HEADERS);
    if (spec.name === REGISTER_SHEET) formatRegister(sheet, created.includes(spec.name));
    if (protectForOfficeAccount(sheet, spec.protect) && !created.includes(spec.name)) secured.push(spec.name);
  }
  secured.push(...protectFormAndPresetSheets(ss));
  alignSpreadsheetZone(ss, settings.timeZone);
  return { created, secured };
}

/** Protect the form's responses sheet (the applicants' own words) and "Alur SOP"; returns those changed. */
export function protectFormAndPresetSheets(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const secured: string[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    const own = name === CUSTOM_PRESET_SHEET || sheet.getFormUrl() !== null;
    if (own && protectForOfficeAccount(sheet, PROTECT_DATA)) secured.push(name);
  }
  return secured;
}

/** Create the "Alur SOP" sheet holding `rows` as text, protected; false when it already exists. */
export function writePresetSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, rows: string[][]): boolean {
  if (ss.getSheetByName(CUSTOM_PRESET_SHEET)) return false;
  create(ss, { name: CUSTOM_PRESET_SHEET, rows: () => rows.map((r) => r.map(sheetText)), protect: PROTECT_DATA });
  protectForOfficeAccount(ss.getSheetByName(CUSTOM_PRESET_SHEET)!, PROTECT_DATA);
  return true;
}
