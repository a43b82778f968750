/**
 * The spreadsheet follows the office's time zone. Sheets keeps a date cell as the wall clock it
 * shows, so when the zone changes every date cell keeps its date ('Tanggal Kegiatan' stays the
 * 25th); the columns that hold instants (when a request arrived or entered its step, when a
 * history row or a letter number was written) are written back after the change so they keep the
 * instant they recorded, and the history chain still verifies.
 */
import type { ConfigStore } from '../app/ports';
import { isOfficeZone, type OfficeZone } from '../core/dates';
import { sheetText } from '../core/sheet-text';
import { HISTORY_SHEET } from './history-store';
import { LETTERS_SHEET } from './letter-store';
import { REGISTER_SHEET } from './register-store';

/** Columns holding instants (not calendar dates), by sheet. */
const INSTANT_COLUMNS: Array<[string, string[]]> = [
  [REGISTER_SHEET, ['Diterima', 'Sejak Langkah']],
  [HISTORY_SHEET, ['Waktu']],
  [LETTERS_SHEET, ['Waktu']],
];

type Column = { range: GoogleAppsScript.Spreadsheet.Range; values: unknown[][] };

function instantColumns(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Column[] {
  const out: Column[] = [];
  for (const [name, headers] of INSTANT_COLUMNS) {
    const sheet = ss.getSheetByName(name);
    const last = sheet?.getLastRow() ?? 0;
    if (!sheet || last < 2) continue;
    const header = sheet
      .getRange(1, 1, 1, sheet.getLastColumn())
      .getValues()[0]
      .map((h) => String(h).trim());
    for (const h of headers) {
      const col = header.indexOf(h) + 1;
      if (col === 0) continue;
      const range = sheet.getRange(2, col, last - 1, 1);
      const values = range.getValues();
      if (values.some((r) => r[0] instanceof Date)) out.push({ range, values });
    }
  }
  return out;
}

/**
 * The zone date cells of `ss` are kept in (its own), so a date reads as the sheet shows it even
 * before the spreadsheet follows a changed office zone; `office` when the sheet's is not an office zone.
 */
function sheetZone(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, office: OfficeZone): OfficeZone {
  const zone = ss.getSpreadsheetTimeZone();
  return isOfficeZone(zone) ? zone : office;
}

/** sheetZone for the Register store, asked of the spreadsheet once per execution. */
export function registerZone(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, config: ConfigStore): () => OfficeZone {
  let zone: OfficeZone | null = null;
  return () => (zone ??= sheetZone(ss, config.settings().settings.timeZone));
}

/**
 * Set the spreadsheet's zone to `zone` when it differs, keeping the instants of the instant columns
 * (one read before and one write after, per column). Returns true when the zone changed.
 */
export function alignSpreadsheetZone(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, zone: string): boolean {
  if (ss.getSpreadsheetTimeZone() === zone) return false;
  const kept = instantColumns(ss);
  ss.setSpreadsheetTimeZone(zone);
  for (const { range, values } of kept)
    range.setValues(values.map(([v]) => [typeof v === 'string' ? sheetText(v) : v]));
  return true;
}
