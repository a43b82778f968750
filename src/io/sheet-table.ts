/**
 * Header-keyed access to a sheet: columns are found by their header text, so
 * officials may add or move columns. Reads and writes whole blocks only.
 */

/** Column positions by header, 0-based, built from the header row. */
export interface HeaderMap {
  index: Map<string, number>;
  width: number;
}

/** Build a header map; throws an Indonesian error on a missing or duplicated required header. */
export function headerMap(headerRow: unknown[], required: readonly string[], sheetName: string): HeaderMap {
  const index = new Map<string, number>();
  const dupes: string[] = [];
  headerRow.forEach((h, i) => {
    const name = String(h ?? '').trim();
    if (!name) return;
    if (index.has(name)) dupes.push(name);
    else index.set(name, i);
  });
  const missing = required.filter((h) => !index.has(h));
  if (missing.length > 0) {
    throw new Error(
      `Sheet "${sheetName}" kehilangan kolom: ${missing.join(', ')}. Kembalikan judul kolomnya persis seperti semula atau jalankan Layanan Vicon › Siapkan.`,
    );
  }
  const dupRequired = dupes.filter((d) => required.includes(d));
  if (dupRequired.length > 0) {
    throw new Error(`Sheet "${sheetName}" memiliki kolom ganda: ${dupRequired.join(', ')}. Hapus salah satunya.`);
  }
  return { index, width: headerRow.length };
}

/** The 0-based column of `header` (must exist in the map). */
export function col(map: HeaderMap, header: string): number {
  const i = map.index.get(header);
  if (i === undefined) throw new Error(`Kolom "${header}" tidak ditemukan.`);
  return i;
}

/** The column letters of 1-based column `n` (1 → 'A', 27 → 'AA'). */
export function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Read the header row of a sheet (one read of row 1, no size lookup; trailing blanks dropped). */
export function readHeader(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[] {
  const row = sheet.getRange('1:1').getValues()[0] ?? [];
  let width = row.length;
  while (width > 1 && String(row[width - 1] ?? '').trim() === '') width--;
  return row.slice(0, Math.max(width, 1));
}

/** Get a sheet by name or throw an Indonesian error telling the admin to run Setup. */
export function requireSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`Sheet "${name}" tidak ditemukan. Jalankan menu Layanan Vicon › Siapkan.`);
  return sheet;
}

/** Rows added at a time when a sheet is full, so growing is rare (amortised). */
export const GROW_ROWS = 1000;

/** Make room for `count` rows after `lastRow` (real Sheets refuses ranges past the sheet's last row). */
export function ensureRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, lastRow: number, count: number): void {
  const max = sheet.getMaxRows();
  if (lastRow + count > max) sheet.insertRowsAfter(max, Math.max(GROW_ROWS, lastRow + count - max));
}

const OUTSIDE = /outside the dimensions of the sheet/i;

/**
 * Run `write` (which addresses rows up to `lastRow + count`); only when Sheets refuses it because the
 * sheet is too short is the sheet grown (ensureRows) and the write run again. Saves a size lookup on
 * every append: the sheet grows by GROW_ROWS at a time, so the retry is rare.
 */
export function writeGrowing<T>(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  lastRow: number,
  count: number,
  write: () => T,
): T {
  try {
    return write();
  } catch (err) {
    if (!OUTSIDE.test(String((err as Error)?.message ?? err))) throw err;
    ensureRows(sheet, lastRow, count);
    return write();
  }
}
