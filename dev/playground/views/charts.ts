/**
 * The Rekap's charts as the playground shows them: each chart the product embedded in the sheet
 * (stand-in's FakeChart: its type, title and data range) drawn as a labelled bar list from the
 * values the sheet displays, so the page offers what Sheets would show next to the tables.
 */
import type { Workspace } from '../../standin';
import { displayOf } from '../../standin/cell-display';
import { esc } from '../html';
import { officeTimeZone } from './sheets';

function bars(points: Array<{ label: string; value: number; shown: string }>): string {
  const max = Math.max(1, ...points.map((p) => p.value));
  return points
    .map(
      (p) =>
        `<li><span class="chart-label">${esc(p.label)}</span><span class="chart-bar" style="width:${Math.round((Math.max(0, p.value) / max) * 100)}%"></span><span class="chart-value">${esc(p.shown)}</span></li>`,
    )
    .join('');
}

/** The charts of sheet `name` (none when it has none), each a <figure class="chart"> with its title. */
export function renderCharts(ws: Workspace, name: string): string {
  const sheet = ws.spreadsheet.sheetByName(name);
  if (!sheet?.charts.length) return '';
  const tz = officeTimeZone(ws);
  const figures = sheet.charts.map(({ spec }) => {
    const range = spec.ranges[0];
    if (!range) return '';
    const { row, col, numRows } = range.box;
    const points = [];
    for (let r = row - 1 + (spec.numHeaders ?? 1); r < row - 1 + numRows; r++) {
      const cells = sheet.values[r] ?? [];
      const value = Number(cells[col]);
      const shown = displayOf(cells[col], sheet.numberFormats[r]?.[col] || undefined, tz);
      points.push({ label: String(cells[col - 1] ?? ''), value: Number.isFinite(value) ? value : 0, shown });
    }
    const title = String(spec.options.title ?? 'Grafik');
    return `<figure class="chart" data-type="${esc(spec.chartType)}"><figcaption>${esc(title)}</figcaption><ul>${bars(points)}</ul></figure>`;
  });
  return `<div class="charts" aria-label="Grafik ${esc(name)}">${figures.join('')}</div>`;
}
