/**
 * Fake `TextFinder` (Range.createTextFinder, Sheet.createTextFinder): Sheets' find, done on
 * Google's side. It examines what a person sees in each cell (the display value: a number or a
 * date as formatted), or a formula's text with matchFormulaText(true); empty cells never match.
 * Options (Google's reference): matchCase (default false: case-insensitive), matchEntireCell
 * (default false: the text anywhere in the cell), useRegularExpression (JavaScript's syntax stands
 * in for Sheets' RE2), ignoreDiacritics, matchFormulaText; each returns the finder for chaining.
 * findNext walks the cells row by row after the current match (or the startFrom range), and
 * returns null at the end without wrapping; findPrevious walks back the same way (null before the
 * first cell); findAll returns every match in order and leaves the current match alone. A sheet's
 * finder searches the sheet's data range as it is at each call. The trace charges each find with
 * the cells it examined (`searched`), none of which is transferred to the script.
 */
import type { Box } from './a1';
import { displayOf } from './cell-display';
import type { Ctx } from './context';
import { type GRange, asGas } from './gas';
import { cellKey } from './grid';
import type { FakeSheet } from './sheet';

type TextFinderApi = Pick<
  GoogleAppsScript.Spreadsheet.TextFinder,
  | 'findAll'
  | 'findNext'
  | 'findPrevious'
  | 'getCurrentMatch'
  | 'ignoreDiacritics'
  | 'matchCase'
  | 'matchEntireCell'
  | 'matchFormulaText'
  | 'startFrom'
  | 'useRegularExpression'
>;
type Finder = GoogleAppsScript.Spreadsheet.TextFinder;

/** A cell position in the search's row-by-row order. */
interface At {
  row: number;
  col: number;
}

const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

export class FakeTextFinder implements TextFinderApi {
  private caseSensitive = false;
  private entire = false;
  private regex = false;
  private formulas = false;
  private noDiacritics = false;
  /** The cell the next findNext starts after (null: before the first cell). */
  private cursor: At | null = null;
  private current: At | null = null;

  constructor(
    ctx: Ctx,
    private readonly sheet: FakeSheet,
    /** The cells searched, at the time of each find. */
    private readonly scope: () => Box,
    private readonly text: string,
  ) {
    // Google refuses an empty search text; its exact wording is not documented (this one is the stand-in's).
    if (text === '') throw ctx.fail('Invalid argument: findText');
  }

  matchCase(matchCase: boolean): Finder {
    this.caseSensitive = matchCase;
    return asGas(this);
  }
  matchEntireCell(matchEntireCell: boolean): Finder {
    this.entire = matchEntireCell;
    return asGas(this);
  }
  useRegularExpression(useRegEx: boolean): Finder {
    this.regex = useRegEx;
    return asGas(this);
  }
  matchFormulaText(matchFormulaText: boolean): Finder {
    this.formulas = matchFormulaText;
    return asGas(this);
  }
  ignoreDiacritics(ignoreDiacritics: boolean): Finder {
    this.noDiacritics = ignoreDiacritics;
    return asGas(this);
  }
  startFrom(startRange: GRange): Finder {
    this.cursor = { row: startRange.getLastRow(), col: startRange.getLastColumn() };
    this.current = null;
    return asGas(this);
  }

  findNext(): GRange {
    return this.step(this.forward().find((at) => this.matches(at)) ?? null, true);
  }
  findPrevious(): GRange {
    return this.step(this.backward().find((at) => this.matches(at)) ?? null, false);
  }
  findAll(): GRange[] {
    return this.all()
      .filter((at) => this.matches(at))
      .map((at) => this.cell(at));
  }
  getCurrentMatch(): GRange {
    return (this.current ? this.cell(this.current) : null) as GRange;
  }

  /** How many cells `method` examines when called now (for the trace; changes nothing). */
  _searched(method: string): number {
    if (method === 'findAll') return this.all().length;
    const cells = method === 'findNext' ? this.forward() : method === 'findPrevious' ? this.backward() : null;
    if (!cells) return 0;
    const hit = cells.findIndex((at) => this.matches(at));
    return hit < 0 ? cells.length : hit + 1;
  }

  private step(hit: At | null, forward: boolean): GRange {
    this.current = hit;
    if (hit) this.cursor = hit;
    else if (forward) {
      const cells = this.all();
      this.cursor = cells[cells.length - 1] ?? this.cursor;
    } else this.cursor = null;
    return (hit ? this.cell(hit) : null) as GRange;
  }

  private all(): At[] {
    const box = this.scope();
    const out: At[] = [];
    for (let row = box.row; row < box.row + box.numRows; row++)
      for (let col = box.col; col < box.col + box.numCols; col++) out.push({ row, col });
    return out;
  }
  private index(cells: At[]): number {
    const c = this.cursor;
    return c ? cells.findIndex((at) => at.row > c.row || (at.row === c.row && at.col > c.col)) : 0;
  }
  private forward(): At[] {
    const cells = this.all();
    const from = this.index(cells);
    return from < 0 ? [] : cells.slice(from);
  }
  private backward(): At[] {
    const c = this.cursor;
    if (!c) return [];
    return this.all()
      .filter((at) => at.row < c.row || (at.row === c.row && at.col < c.col))
      .reverse();
  }
  private cell(at: At): GRange {
    return this.sheet.rangeAt({ row: at.row, col: at.col, numRows: 1, numCols: 1 });
  }

  private shown(at: At): string {
    const { grid } = this.sheet;
    const key = cellKey(at.row, at.col);
    const formula = this.formulas ? grid.formulas.get(key) : undefined;
    return formula ?? displayOf(grid.get(at.row, at.col), grid.formats.get(key), this.sheet.spreadsheet.timeZone);
  }
  private matches(at: At): boolean {
    let cell = this.shown(at);
    if (cell === '') return false;
    let text = this.text;
    if (this.noDiacritics) [cell, text] = [stripMarks(cell), this.regex ? text : stripMarks(text)];
    if (this.regex) {
      const flags = this.caseSensitive ? 'u' : 'iu';
      return new RegExp(this.entire ? `^(?:${text})$` : text, flags).test(cell);
    }
    if (!this.caseSensitive) [cell, text] = [cell.toLowerCase(), text.toLowerCase()];
    return this.entire ? cell === text : cell.includes(text);
  }
}
