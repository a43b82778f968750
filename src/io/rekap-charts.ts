/**
 * The Rekap tab's three embedded charts (requests per week, by OPD, Mutu Baku
 * compliance per step), replaced on every rebuild so they never pile up.
 */
import type { ChartBlock, RecapGrid } from './rekap-layout';

/** Column the charts are anchored in (right of the tables). */
const CHART_COLUMN = 12;
const CHART_ROWS_APART = 20;

function build(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  block: ChartBlock,
  type: GoogleAppsScript.Charts.ChartType,
  title: string,
  anchorRow: number,
): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  return sheet
    .newChart()
    .setChartType(type)
    .addRange(sheet.getRange(block.row, 1, block.numRows, 2))
    .setNumHeaders(1)
    .setPosition(anchorRow, CHART_COLUMN, 0, 0)
    .setOption('title', title)
    .setOption('legend', { position: 'none' })
    .build();
}

/** Remove every chart on the tab, then insert the three recap charts over `grid`'s blocks. */
export function replaceCharts(sheet: GoogleAppsScript.Spreadsheet.Sheet, grid: RecapGrid): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const { weeks, opd, sla } = grid.charts;
  sheet.insertChart(build(sheet, weeks, Charts.ChartType.COLUMN, 'Permohonan per pekan', 1));
  sheet.insertChart(build(sheet, opd, Charts.ChartType.BAR, 'Permohonan menurut OPD', 1 + CHART_ROWS_APART));
  sheet.insertChart(
    build(sheet, sla, Charts.ChartType.COLUMN, 'Sesuai Mutu Baku per langkah (%)', 1 + 2 * CHART_ROWS_APART),
  );
}
