/** The form's responses sheet: header upkeep and appending one response row like Forms does. */
import { DATE_TIME_FORMAT } from './cell-display';
import { writeCell } from './cells';
import type { FakeForm } from './form';
import { cellKey } from './grid';

const NUMERIC = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/** The header Forms keeps: 'Timestamp', 'Email Address' when collecting, then question titles. */
export function wantedHeader(form: FakeForm): string[] {
  const titles = form.items.filter((i) => i.isQuestion).map((i) => i.title);
  return ['Timestamp', ...(form.collectEmail ? ['Email Address'] : []), ...titles];
}

/** Adds missing header cells at the end of row 1 (existing columns are never moved); returns the header. */
export function syncResponseHeader(form: FakeForm): string[] {
  const sheet = form.responsesSheet;
  if (!sheet) return [];
  const g = sheet.grid;
  const width = g.extent().lastRow >= 1 ? (g.rows[0]?.length ?? 0) : 0;
  const header: string[] = [];
  for (let c = 1; c <= width; c++) header.push(String(g.get(1, c)));
  for (const title of wantedHeader(form)) {
    if (header.includes(title)) continue;
    header.push(title);
    if (header.length > g.maxCols) g.maxCols = header.length;
    g.set(1, header.length, title);
  }
  sheet.frozenRows = 1;
  return header;
}

/** Writes one response value as Forms does: numbers and dates are recognised, formula-like text stays text. */
function writeAnswer(form: FakeForm, row: number, col: number, text: string): void {
  const sheet = form.responsesSheet!;
  if (/^[=+\-@]/.test(text) && !NUMERIC.test(text.trim())) {
    sheet.grid.set(row, col, text);
    return;
  }
  writeCell(sheet.grid, row, col, text, sheet.spreadsheet.timeZone);
}

/**
 * Writes a response row like Forms: appended after the last row, or over `existingRow`
 * when a respondent edited their response. Returns the row and the header used.
 */
export function writeResponseRow(
  form: FakeForm,
  existingRow: number | null,
  timestamp: Date,
  email: string,
  answers: Map<string, string>,
): { row: number; header: string[] } {
  const sheet = form.responsesSheet!;
  const header = syncResponseHeader(form);
  const row = existingRow ?? sheet.grid.extent().lastRow + 1;
  if (row > sheet.grid.maxRows) sheet.grid.maxRows = row;
  header.forEach((title, j) => {
    const col = j + 1;
    if (title === 'Timestamp' && j === 0) {
      sheet.grid.formats.set(cellKey(row, col), DATE_TIME_FORMAT);
      writeCell(sheet.grid, row, col, timestamp, sheet.spreadsheet.timeZone);
    } else if (title === 'Email Address' && form.collectEmail) {
      sheet.grid.set(row, col, email);
    } else {
      writeAnswer(form, row, col, answers.get(title) ?? '');
    }
  });
  return { row, header };
}
