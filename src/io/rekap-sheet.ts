/**
 * The generated Rekap tab: reads its selector cells, then redraws everything
 * in place with one setValues over the whole used area (old content beyond the
 * new grid is blanked in the same write), one call each for backgrounds and
 * bold rows, a note, the charts, and a protection that leaves only the selector editable.
 */
import { protectForOfficeAccount } from './protection';
import { HEAD_PROPERTY } from './history-store';
import { localDate, type OfficeZone } from '../core/dates';
import type { SelectorCells } from '../core/recap/selector';
import type { RecapPage, RecapTab, NightlyMark } from '../app/recap';
import { replaceCharts } from './rekap-charts';
import { GENERATED_NOTE, RECAP_WIDTH, recapGrid, SELECTOR_ROWS, type RecapGrid } from './rekap-layout';

export const RECAP_SHEET = 'Rekap';
const NIGHTLY_PROPERTY = 'REKAP_TERAKHIR';
const COLORS = { title: '#e8f0fe', header: '#f1f3f4', today: '#fff2cc' };

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

function styles(
  grid: RecapGrid,
  rows: number,
  cols: number,
): { backgrounds: (string | null)[][]; weights: (string | null)[][] } {
  const rowColor = new Map<number, string>();
  for (const r of grid.titleRows) rowColor.set(r, COLORS.title);
  for (const r of grid.headerRows) rowColor.set(r, COLORS.header);
  for (const r of grid.todayRows) rowColor.set(r, COLORS.today);
  const bold = new Set([...grid.titleRows, ...grid.headerRows]);
  const line = <T>(v: T) => new Array<T>(cols).fill(v);
  return {
    backgrounds: Array.from({ length: rows }, (_, i) => line(rowColor.get(i + 1) ?? null)),
    weights: Array.from({ length: rows }, (_, i) => line(bold.has(i + 1) ? 'bold' : null)),
  };
}

function protect(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  protectForOfficeAccount(
    sheet,
    'Rekap dibuat otomatis oleh Layanan Vicon; hanya pilihan bulan, tahun dan OPD yang dapat diubah.',
    [sheet.getRange(SELECTOR_ROWS[0], 2, SELECTOR_ROWS.length, 1)],
  );
}

function draw(sheet: GoogleAppsScript.Spreadsheet.Sheet, grid: RecapGrid): void {
  const rows = Math.max(grid.values.length, sheet.getLastRow());
  const cols = Math.max(RECAP_WIDTH, sheet.getLastColumn());
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < cols) sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
  const values = Array.from({ length: rows }, (_, i) => {
    const src = grid.values[i] ?? [];
    return Array.from({ length: cols }, (_2, j) => (j < src.length ? src[j] : ''));
  });
  const range = sheet.getRange(1, 1, rows, cols);
  range.setValues(values);
  const { backgrounds, weights } = styles(grid, rows, cols);
  range.setBackgrounds(backgrounds as string[][]);
  range.setFontWeights(weights as GoogleAppsScript.Spreadsheet.FontWeight[][]);
  sheet.getRange(1, 1).setNote(GENERATED_NOTE);
}

/** The RecapTab over the spreadsheet's Rekap sheet (created on first use). */
export function sheetRecapTab(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): RecapTab {
  let sheet: GoogleAppsScript.Spreadsheet.Sheet | null = null;
  let raw: unknown[] = ['', '', ''];
  return {
    readSelector(tz: OfficeZone): SelectorCells {
      sheet = ss.getSheetByName(RECAP_SHEET);
      if (sheet && sheet.getLastRow() >= SELECTOR_ROWS[0]) {
        raw = sheet
          .getRange(SELECTOR_ROWS[0], 2, SELECTOR_ROWS.length, 1)
          .getValues()
          .map((r) => r[0]);
      }
      sheet ??= ss.insertSheet(RECAP_SHEET);
      const cell = (v: unknown) => (isDate(v) ? localDate(v, tz) : v);
      return { month: cell(raw[0]), year: cell(raw[1]), opd: raw[2] };
    },
    render(page: RecapPage): void {
      if (!sheet) throw new Error('Rekap: baca sel pemilih dahulu.');
      const grid = recapGrid(page, raw);
      draw(sheet, grid);
      replaceCharts(sheet, grid);
      protect(sheet);
    },
  };
}

/**
 * The nightly mark in Script Properties: the date of the last rebuild and the Riwayat anchor it
 * saw. Every change a request undergoes appends to Riwayat, so the Rekap is stale exactly when the
 * anchor moved since (no separate "changed" write on every click).
 */
export function scriptPropertyMark(): NightlyMark {
  const props = PropertiesService.getScriptProperties();
  const head = () => props.getProperty(HEAD_PROPERTY) ?? '';
  return {
    get: () => props.getProperty(NIGHTLY_PROPERTY),
    set: (date) => props.setProperties({ [NIGHTLY_PROPERTY]: date, [SEEN_PROPERTY]: head() }),
    isStale: () => props.getProperty(SEEN_PROPERTY) !== head(),
    clear: () => props.setProperties({ [NIGHTLY_PROPERTY]: '', [SEEN_PROPERTY]: '' }),
  };
}

const SEEN_PROPERTY = 'REKAP_RIWAYAT';
