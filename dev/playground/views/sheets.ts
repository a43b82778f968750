/**
 * The spreadsheet's tabs as HTML tables with the values a Sheet would show: each
 * stored value rendered through its cell's number format (stand-in's displayOf),
 * Dates on the office's wall clock, everything escaped.
 */
import type { Workspace } from '../../standin';
import { displayOf } from '../../standin/cell-display';
import { attr, esc } from '../html';
import { renderCharts } from './charts';

/** The tabs the playground shows, in order (Rekap and Plh only when they exist). */
export const SHOWN_SHEETS = ['Register', 'Riwayat', 'Pengaturan', 'Pengguna', 'Sumber Daya', 'Plh', 'Rekap'];

/** The office time zone: Pengaturan › "Zona waktu", else the spreadsheet's. */
export function officeTimeZone(ws: Workspace): string {
  const rows = ws.spreadsheet.sheetByName('Pengaturan')?.values ?? [];
  const zone = rows.find((r) => r[0] === 'Zona waktu')?.[1];
  return typeof zone === 'string' && zone ? zone : ws.spreadsheet.timeZone;
}

/** The append-only history shows only its newest rows (the page stays quick); other sheets show every row. */
export const MAX_SHOWN_ROWS = 120;
const TRIMMED_SHEETS = new Set(['Riwayat']);

/** A sheet as shown: the header, the newest `maxRows` data rows as displayed text, and how many data rows it has. */
export interface ShownSheet {
  header: string[];
  rows: string[][];
  total: number;
}

/** Sheet `name` as a Sheet would display it (newest `maxRows` data rows), or null when there is no such sheet. */
export function displayedSheet(
  ws: Workspace,
  name: string,
  maxRows = TRIMMED_SHEETS.has(name) ? MAX_SHOWN_ROWS : Infinity,
): ShownSheet | null {
  const sheet = ws.spreadsheet.sheetByName(name);
  if (!sheet) return null;
  const tz = officeTimeZone(ws);
  const formats = sheet.numberFormats;
  const values = sheet.values;
  const first = Math.max(1, values.length - maxRows);
  const show = (r: number): string[] => values[r].map((v, c) => displayOf(v, formats[r]?.[c] || undefined, tz));
  const rows: string[][] = [];
  for (let r = first; r < values.length; r++) rows.push(show(r));
  return { header: values.length ? show(0) : [], rows, total: Math.max(0, values.length - 1) };
}

/** Anchor id of a sheet's section: 'sheet-sumber-daya'. */
export function sheetAnchor(name: string): string {
  return `sheet-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** One sheet as a table: `tr[data-key]` = first cell, `td[data-col]` = its header. */
export function renderSheet(name: string, { header, rows, total }: ShownSheet): string {
  const hidden = total - rows.length;
  const head = header.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr${attr('data-key', row[0])}>${row
          .map((v, i) => `<td${attr('data-col', header[i] ?? '')}>${esc(v)}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  return `<section class="sheet" id="${sheetAnchor(name)}"><h3>${esc(name)} <small>(${total} baris${hidden ? `; ${rows.length} terakhir ditampilkan` : ''})</small></h3>
<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>
${body || `<tr><td${attr('colspan', Math.max(1, header.length))}>Belum ada data.</td></tr>`}
</tbody></table></div></section>`;
}

/** Every shown sheet that exists, as tables. */
export function renderSheets(ws: Workspace): string {
  return SHOWN_SHEETS.map((name) => {
    const shown = displayedSheet(ws, name);
    return shown ? renderSheet(name, shown) + renderCharts(ws, name) : '';
  }).join('\n');
}
