/**
 * Export of the Rekap tab as .xlsx and PDF into the reports folder ('Layanan Vicon/Laporan').
 * Google's Sheets export endpoint ignores `gid` for xlsx and exports every sheet of the
 * workbook (applicants' contacts, passcodes, Pengguna, Riwayat), so the files are made from a
 * temporary spreadsheet that holds only the Rekap's values and the formats that matter (number
 * formats, shading, bold), exported with the engine's own OAuth token, then deleted for good,
 * also when the export fails. Re-exporting a month replaces that month's files.
 */
import { sheetText } from '../core/sheet-text';
import { rootFolderId } from './docs';
import { deleteFile, ensureFolder, replaceFile } from './drive-files';
import { requireSheet } from './sheet-table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const REPORTS_FOLDER = 'Laporan';
const FORMATS: Array<{ ext: 'xlsx' | 'pdf'; query: string }> = [
  { ext: 'xlsx', query: 'format=xlsx' },
  { ext: 'pdf', query: 'format=pdf&portrait=false&fitw=true&gridlines=false' },
];

/** A cell value as setValues must receive it to land unchanged: text stays text, never a formula. */
const literal = (v: unknown): unknown => (typeof v === 'string' ? sheetText(v) : v);

/** Copies the used area of `from` into `to`: values, number formats, backgrounds and bold. */
function copyGrid(from: Sheet, to: Sheet): void {
  const rows = Math.max(from.getLastRow(), 1);
  const cols = Math.max(from.getLastColumn(), 1);
  if (to.getMaxRows() < rows) to.insertRowsAfter(to.getMaxRows(), rows - to.getMaxRows());
  if (to.getMaxColumns() < cols) to.insertColumnsAfter(to.getMaxColumns(), cols - to.getMaxColumns());
  const source = from.getRange(1, 1, rows, cols);
  const target = to.getRange(1, 1, rows, cols);
  target.setValues(source.getValues().map((r) => r.map(literal)));
  target.setNumberFormats(source.getNumberFormats());
  target.setBackgrounds(source.getBackgrounds());
  target.setFontWeights(source.getFontWeights() as GoogleAppsScript.Spreadsheet.FontWeight[][]);
}

/** Sheets' export endpoint of spreadsheet `id`, called with `token` (muted: the caller reads the code). */
export function fetchExport(id: string, query: string, token: string): GoogleAppsScript.URL_Fetch.HTTPResponse {
  const url = `https://docs.google.com/spreadsheets/d/${id}/export?${query}`;
  return UrlFetchApp.fetch(url, { headers: { Authorization: `Bearer ${token}` }, muteHttpExceptions: true });
}

/** The export of spreadsheet `id` in `format` (query string), fetched with `token`. */
function exported(id: string, query: string, ext: string, token: string): GoogleAppsScript.Base.Blob {
  const res = fetchExport(id, query, token);
  if (res.getResponseCode() !== 200)
    throw new Error(`Ekspor ${ext.toUpperCase()} gagal (kode ${res.getResponseCode()}). Coba lagi beberapa saat lagi.`);
  return res.getBlob();
}

/**
 * Export the `sheetName` tab of `ss` — that tab alone — as "<label>.xlsx" and "<label>.pdf" in
 * 'Layanan Vicon/Laporan'; returns Indonesian lines with their links.
 */
export function exportSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetName: string, label: string): string[] {
  const source = requireSheet(ss, sheetName);
  const folderId = ensureFolder(REPORTS_FOLDER, rootFolderId());
  const temp = SpreadsheetApp.create(`${label} (sementara)`);
  try {
    const sheet = temp.getSheets()[0].setName(sheetName);
    copyGrid(source, sheet);
    SpreadsheetApp.flush();
    const token = ScriptApp.getOAuthToken();
    return FORMATS.map(({ ext, query }) => {
      const blob = exported(temp.getId(), `${query}&gid=${sheet.getSheetId()}`, ext, token);
      const file = replaceFile(folderId, `${label}.${ext}`, blob.setName(`${label}.${ext}`));
      return `${ext.toUpperCase()}: ${file.url}`;
    });
  } finally {
    deleteFile(temp.getId());
  }
}
