/**
 * Export of the Rekap tab as .xlsx and PDF into the reports folder
 * ('Layanan Vicon/Laporan') through Google's Sheets export endpoint, with the
 * script's own OAuth token. Re-exporting a month replaces that month's files.
 */
import { ensureRootFolder } from './docs';
import { requireSheet } from './sheet-table';

export const REPORTS_FOLDER = 'Laporan';
const FORMATS: Array<{ ext: 'xlsx' | 'pdf'; query: string }> = [
  { ext: 'xlsx', query: 'format=xlsx' },
  { ext: 'pdf', query: 'format=pdf&portrait=false&fitw=true&gridlines=false' },
];

function reportsFolder(): GoogleAppsScript.Drive.Folder {
  const root = ensureRootFolder();
  const found = root.getFoldersByName(REPORTS_FOLDER);
  return found.hasNext() ? found.next() : root.createFolder(REPORTS_FOLDER);
}

function replaceFile(
  folder: GoogleAppsScript.Drive.Folder,
  blob: GoogleAppsScript.Base.Blob,
): GoogleAppsScript.Drive.File {
  const old = folder.getFilesByName(blob.getName() ?? '');
  while (old.hasNext()) old.next().setTrashed(true);
  return folder.createFile(blob);
}

/** Export the `sheetName` tab as "<label>.xlsx" and "<label>.pdf"; returns Indonesian lines with their links. */
export function exportSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetName: string, label: string): string[] {
  const gid = requireSheet(ss, sheetName).getSheetId();
  const folder = reportsFolder();
  const token = ScriptApp.getOAuthToken();
  return FORMATS.map(({ ext, query }) => {
    const url = `https://docs.google.com/spreadsheets/d/${ss.getId()}/export?${query}&gid=${gid}`;
    const res = UrlFetchApp.fetch(url, { headers: { Authorization: `Bearer ${token}` }, muteHttpExceptions: true });
    if (res.getResponseCode() !== 200)
      throw new Error(
        `Ekspor ${ext.toUpperCase()} gagal (kode ${res.getResponseCode()}). Coba lagi beberapa saat lagi.`,
      );
    const file = replaceFile(folder, res.getBlob().setName(`${label}.${ext}`));
    return `${ext.toUpperCase()}: ${file.getUrl()}`;
  });
}
