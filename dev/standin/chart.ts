/** Minimal embedded charts: the builder records the spec; the sheet keeps built charts. */
import type { Box } from './a1';
import type { Ctx } from './context';
import { type GRange, asGas } from './gas';

type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** What a chart is: plain data tests can assert on. */
export interface ChartSpec {
  chartType: string;
  ranges: Array<{ sheetName: string; box: Box }>;
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
}

interface RangeLike {
  box: Box;
  sheet: { name: string };
}

export class FakeChart implements Pick<GChart, 'getChartId' | 'getOptions' | 'getNumHeaders' | 'modify'> {
  constructor(
    private readonly ctx: Ctx,
    readonly id: number,
    readonly spec: ChartSpec,
  ) {}
  getChartId(): number {
    return this.id;
  }
  getNumHeaders(): number {
    return this.spec.numHeaders;
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const options = this.spec.options;
    return this.ctx.wrap({ get: (o: string) => options[o] ?? null }, 'ChartOptions');
  }
  modify(): GBuilder {
    return this.ctx.wrap(
      new FakeChartBuilder(this.ctx, { ...this.spec, options: { ...this.spec.options } }, this.id),
      'EmbeddedChartBuilder',
    );
  }
}

export class FakeChartBuilder implements Pick<
  GBuilder,
  'addRange' | 'setChartType' | 'setOption' | 'setPosition' | 'setNumHeaders' | 'build' | 'clearRanges'
> {
  constructor(
    private readonly ctx: Ctx,
    readonly spec: ChartSpec,
    private readonly id: number | null,
  ) {}

  addRange(range: GRange): GBuilder {
    const r = this.ctx.unwrap<RangeLike>(range);
    this.spec.ranges.push({ sheetName: r.sheet.name, box: { ...r.box } });
    return asGas(this);
  }
  clearRanges(): GBuilder {
    this.spec.ranges = [];
    return asGas(this);
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): GBuilder {
    this.spec.chartType = String(type);
    return asGas(this);
  }
  setOption(option: string, value: any): GBuilder {
    this.spec.options[option] = value;
    return asGas(this);
  }
  setNumHeaders(headers: number): GBuilder {
    this.spec.numHeaders = headers;
    return asGas(this);
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GBuilder {
    this.spec.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return asGas(this);
  }
  build(): GChart {
    const id = this.id ?? Number(this.ctx.nextId('chart').slice(-4));
    return this.ctx.wrap(new FakeChart(this.ctx, id, this.spec), 'EmbeddedChart');
  }
}

/** A new builder with an empty spec. */
export function newChartBuilder(ctx: Ctx): GBuilder {
  const spec: ChartSpec = {
    chartType: 'COLUMN',
    ranges: [],
    options: {},
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
  };
  return ctx.wrap(new FakeChartBuilder(ctx, spec, null), 'EmbeddedChartBuilder');
}

/** The `Charts` global: only the ChartType enum. */
export function createCharts(): Record<string, unknown> {
  const types = ['AREA', 'BAR', 'COLUMN', 'LINE', 'PIE', 'SCATTER', 'TABLE', 'COMBO', 'HISTOGRAM', 'TIMELINE'];
  return { ChartType: Object.fromEntries(types.map((t) => [t, t])) };
}
