/** A1 notation: column letters and range parsing. */

export interface Box {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** 1 → 'A', 27 → 'AA'. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 'AA' → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 'A1:C3' for a box (a single cell gives 'A1'). */
export function a1Of(b: Box): string {
  const start = `${columnLetter(b.col)}${b.row}`;
  if (b.numRows === 1 && b.numCols === 1) return start;
  return `${start}:${columnLetter(b.col + b.numCols - 1)}${b.row + b.numRows - 1}`;
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

/**
 * Parses 'A1', 'A1:C3', 'A:C', '2:5' or 'A2:C' (open end = to the sheet's edge);
 * a 'Sheet!' prefix is stripped. Returns null when the text is not A1 notation.
 */
export function parseA1(text: string, maxRows: number, maxCols: number): Box | null {
  const bare = text.includes('!') ? text.slice(text.lastIndexOf('!') + 1) : text;
  const [a, b = a] = bare.split(':');
  const ma = PART.exec(a.trim());
  const mb = PART.exec(b.trim());
  if (!ma || !mb || (!ma[1] && !ma[2]) || (!mb[1] && !mb[2])) return null;
  const c1 = ma[1] ? columnNumber(ma[1]) : 1;
  const r1 = ma[2] ? Number(ma[2]) : 1;
  const c2 = mb[1] ? columnNumber(mb[1]) : maxCols;
  const r2 = mb[2] ? Number(mb[2]) : maxRows;
  if (r1 < 1 || r2 < 1) return null;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}
