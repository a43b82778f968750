/**
 * The two questions intake asks the Register, answered without reading the years behind it:
 * where a raw-response reference is (a search on Google's side: no cell is sent to the script),
 * and which numbers lie from the current year's first row down.
 */
import { columnLetter } from './sheet-table';

/**
 * The first row (from row 2 down) whose cell in 1-based `column` holds exactly `ref` (case and
 * whole cell; the references the product writes are plain text), or null when none does.
 */
export function rowOfRef(sheet: GoogleAppsScript.Spreadsheet.Sheet, column: number, ref: string): number | null {
  if (ref === '') return null;
  const letter = columnLetter(column);
  const cell = sheet
    .getRange(`${letter}2:${letter}`)
    .createTextFinder(ref)
    .matchCase(true)
    .matchEntireCell(true)
    .findNext();
  return cell ? cell.getRow() : null;
}

/**
 * The trimmed values of 1-based `column` from row `start` to the sheet's edge (one read, no size
 * lookup), cut after the last non-empty one; null when Sheets refuses the range (`start` lies past
 * the sheet's end: the index that named it is stale).
 */
export function columnFrom(sheet: GoogleAppsScript.Spreadsheet.Sheet, column: number, start: number): string[] | null {
  const letter = columnLetter(column);
  let block: unknown[][];
  try {
    block = sheet.getRange(`${letter}${start}:${letter}`).getValues();
  } catch {
    return null; // the caller reads the whole column instead
  }
  const values = block.map((r) => String(r[0] ?? '').trim());
  while (values.length > 0 && values[values.length - 1] === '') values.pop();
  return values;
}
