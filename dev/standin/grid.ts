/**
 * The cell store of one sheet: an array of row arrays for values, sparse maps for
 * formulas, notes, number formats and styles. Rows/columns are 1-based in the API.
 */
import type { CellValue } from './cell-parse';

const KEY_STRIDE = 65536;
/** Sparse-map key of a cell. */
export const cellKey = (row: number, col: number): number => row * KEY_STRIDE + col;
const rowOfKey = (key: number): number => Math.floor(key / KEY_STRIDE);

export class Grid {
  rows: CellValue[][] = [];
  formulas = new Map<number, string>();
  notes = new Map<number, string>();
  formats = new Map<number, string>();
  styles = new Map<string, Map<number, string>>();
  private version = 0;
  private extentCache: { version: number; lastRow: number; lastCol: number } | null = null;

  constructor(
    public maxRows = 1000,
    public maxCols = 26,
  ) {}

  get(row: number, col: number): CellValue {
    const r = this.rows[row - 1];
    const v = r === undefined ? undefined : r[col - 1];
    return v === undefined ? '' : v;
  }

  set(row: number, col: number, value: CellValue): void {
    let r = this.rows[row - 1];
    if (r === undefined) {
      while (this.rows.length < row - 1) this.rows.push([]);
      r = this.rows[row - 1] = [];
    }
    while (r.length < col - 1) r.push('');
    r[col - 1] = value;
    this.version++;
  }

  touch(): void {
    this.version++;
  }

  /** Last row / column holding any value (0 when empty); cached per write. */
  extent(): { lastRow: number; lastCol: number } {
    if (this.extentCache?.version === this.version) return this.extentCache;
    let lastRow = 0;
    let lastCol = 0;
    for (let i = 0; i < this.rows.length; i++) {
      const r = this.rows[i];
      for (let j = r.length - 1; j >= 0; j--) {
        if (r[j] !== '' && r[j] !== undefined) {
          lastRow = i + 1;
          if (j + 1 > lastCol) lastCol = j + 1;
          break;
        }
      }
    }
    this.extentCache = { version: this.version, lastRow, lastCol };
    return this.extentCache;
  }

  style(name: string): Map<number, string> {
    let m = this.styles.get(name);
    if (!m) this.styles.set(name, (m = new Map()));
    return m;
  }

  private sparseMaps(): Array<Map<number, string>> {
    return [this.formulas, this.notes, this.formats, ...this.styles.values()];
  }

  /**
   * Inserts `count` empty rows after `after` (0 = at the top), shifting everything below.
   * The new rows take the number formats of row `after`, as in Sheets.
   */
  insertRows(after: number, count: number): void {
    if (this.rows.length > after) this.rows.splice(after, 0, ...Array.from({ length: count }, () => []));
    for (const m of this.sparseMaps()) shiftRows(m, after + 1, count);
    if (after >= 1) {
      for (let c = 1; c <= this.maxCols; c++) {
        const f = this.formats.get(cellKey(after, c));
        if (f !== undefined) for (let r = after + 1; r <= after + count; r++) this.formats.set(cellKey(r, c), f);
      }
    }
    this.maxRows += count;
    this.version++;
  }

  /** Inserts `count` empty columns after column `after` (0 = at the left), shifting everything to its right. */
  insertColumns(after: number, count: number): void {
    for (const r of this.rows) if (r.length > after) r.splice(after, 0, ...new Array<CellValue>(count).fill(''));
    for (const m of this.sparseMaps()) {
      const moved: Array<[number, string]> = [];
      for (const [key, v] of m) {
        if (key % KEY_STRIDE > after) {
          moved.push([key + count, v]);
          m.delete(key);
        }
      }
      for (const [key, v] of moved) m.set(key, v);
    }
    this.maxCols += count;
    this.version++;
  }

  /** Deletes rows [row, row+count), shifting everything below up. */
  deleteRows(row: number, count: number): void {
    this.rows.splice(row - 1, count);
    for (const m of this.sparseMaps()) {
      for (const key of [...m.keys()]) {
        const r = rowOfKey(key);
        if (r >= row && r < row + count) m.delete(key);
      }
      shiftRows(m, row + count, -count);
    }
    this.maxRows -= count;
    this.version++;
  }
}

function shiftRows(m: Map<number, string>, fromRow: number, by: number): void {
  const moved: Array<[number, string]> = [];
  for (const [key, v] of m) {
    if (rowOfKey(key) >= fromRow) {
      moved.push([key + by * KEY_STRIDE, v]);
      m.delete(key);
    }
  }
  for (const [key, v] of moved) m.set(key, v);
}
