import { createHash } from 'node:crypto';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { chartEngine, type ChartEngine } from './chartEngine.js';

type ChartOption = ComposeOption<LineSeriesOption | BarSeriesOption | GridComponentOption | LegendComponentOption>;
type Decal = NonNullable<NonNullable<BarSeriesOption['itemStyle']>['decal']>;
type LineDash = NonNullable<NonNullable<LineSeriesOption['lineStyle']>['type']>;

export interface SeriesChartInput {
  title: string;
  categories: readonly string[];
  series: readonly { name: string; values: readonly (number | null)[] }[];
  kind: 'line' | 'bar';
  width?: number;
  height?: number;
  yAxisName?: string;
}

// The web app's text settings (MeasureChart), so a printed chart reads like the one on screen.
const BLACK = '#0b0c0c';
const FONT = 'arial, sans-serif';
const AXIS_FONT_SIZE = 13;
const LEGEND_FONT_SIZE = 14;
// GOV.UK palette colours with at least 3:1 contrast on white. Red and green are left out on
// purpose: readers take them as bad and good, and a series' colour must not pass judgement.
const COLOURS = ['#1d70b8', '#d53880', '#505a5f', '#4c2c92', '#28a197', '#b58840'];
// Colour is never the only difference between series: each also has its own dash and point
// symbol (lines) or fill pattern (bars), and the legend shows both.
const DASHES: LineDash[] = ['solid', 'dashed', 'dotted', [12, 4, 2, 4]];
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'emptyCircle', 'emptyRect'];
const STRIPE = { symbol: 'rect', color: 'rgba(255, 255, 255, 0.75)', dashArrayX: [1, 0], dashArrayY: [3, 4] };
const DECALS: (Decal | undefined)[] = [
  undefined,
  { ...STRIPE, rotation: Math.PI / 4 },
  { symbol: 'circle', symbolSize: 0.7, color: STRIPE.color, dashArrayX: [[4, 4]], dashArrayY: [4, 2] },
  { ...STRIPE, rotation: 0 },
  { ...STRIPE, rotation: -Math.PI / 4 },
  { ...STRIPE, rotation: Math.PI / 2 },
];

const LEGEND_ITEM = { width: 30, height: 14, gap: 16, textGap: 5 };

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length] as T;
}

/**
 * A rough width for text at `fontSize`. It only decides layout (legend rows, label rotation),
 * so it errs wide: too wide costs a little white space, too narrow would overlap text.
 */
function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.62;
}

/** How many rows the legend wraps onto when its items are laid out left to right in `width`. */
function legendRows(names: readonly string[], width: number): number {
  let rows = names.length === 0 ? 0 : 1;
  let used = 0;
  for (const name of names) {
    const item = LEGEND_ITEM.width + LEGEND_ITEM.textGap + textWidth(name, LEGEND_FONT_SIZE);
    if (used > 0 && used + item > width) {
      rows += 1;
      used = 0;
    }
    used += item + LEGEND_ITEM.gap;
  }
  return rows;
}

/**
 * zrender caches text widths in plain objects keyed by each line of text, so a line that names
 * an Object.prototype member breaks the cache: "constructor" measures as no width, and
 * "__proto__" writes `prev` and `next` onto Object.prototype for the whole process. A trailing
 * space gives such a line a harmless key and leaves its look unchanged.
 */
function safeText(text: string): string {
  return text
    .split('\n')
    .map((line) => (line in Object.prototype ? `${line} ` : line))
    .join('\n');
}

function lineSeries(name: string, data: (number | null)[], index: number): LineSeriesOption {
  const color = pick(COLOURS, index);
  return {
    type: 'line',
    name,
    data,
    color,
    // A point standing alone between gaps has no line to show it, so every point gets a symbol.
    showSymbol: true,
    showAllSymbol: true,
    symbol: pick(SYMBOLS, index),
    symbolSize: 7,
    connectNulls: false,
    lineStyle: { color, width: 2, type: pick(DASHES, index) },
    emphasis: { disabled: true },
  };
}

function barSeries(name: string, data: (number | null)[], index: number): BarSeriesOption {
  const decal = pick(DECALS, index);
  return {
    type: 'bar',
    name,
    data,
    color: pick(COLOURS, index),
    barMaxWidth: 40,
    itemStyle: decal === undefined ? {} : { decal },
    emphasis: { disabled: true },
  };
}

function checkedValues(input: SeriesChartInput): (number | null)[][] {
  return input.series.map((series) => {
    if (series.values.length !== input.categories.length) {
      throw new RangeError(
        `Chart "${input.title}": series "${series.name}" has ${series.values.length} values for ${input.categories.length} categories`,
      );
    }
    return series.values.map((value, index) => {
      if (value !== null && !Number.isFinite(value)) {
        throw new RangeError(
          `Chart "${input.title}": series "${series.name}" has ${value} for ${input.categories[index] ?? index}`,
        );
      }
      return value;
    });
  });
}

function categoryAxisLabel(categories: readonly string[], plotWidth: number) {
  const widest = Math.max(0, ...categories.map((label) => textWidth(label, AXIS_FONT_SIZE)));
  const fitsLevel = categories.length * (widest + 8) <= plotWidth;
  return { color: BLACK, fontSize: AXIS_FONT_SIZE, rotate: fitsLevel ? 0 : 45 };
}

function chartOption(input: SeriesChartInput, width: number): ChartOption {
  const values = checkedValues(input);
  const names = input.series.map((series) => safeText(series.name));
  const legendHeight = legendRows(names, width) * (LEGEND_ITEM.height + LEGEND_ITEM.gap);
  const axisNameRoom = input.yAxisName === undefined ? 8 : 28;
  return {
    animation: false,
    textStyle: { fontFamily: FONT, color: BLACK },
    legend: {
      top: 0,
      left: 0,
      width,
      itemGap: LEGEND_ITEM.gap,
      itemWidth: LEGEND_ITEM.width,
      itemHeight: LEGEND_ITEM.height,
      selectedMode: false,
      textStyle: { color: BLACK, fontSize: LEGEND_FONT_SIZE },
    },
    // The grid's edges bound everything, axis labels and name included, so nothing is clipped.
    grid: {
      left: 0,
      right: 16,
      top: legendHeight + axisNameRoom,
      bottom: 0,
      outerBoundsMode: 'same',
      outerBoundsContain: 'all',
    },
    xAxis: {
      type: 'category',
      data: input.categories.map(safeText),
      axisLabel: categoryAxisLabel(input.categories, width - 80),
      axisLine: { lineStyle: { color: BLACK } },
      axisTick: { alignWithLabel: true, lineStyle: { color: BLACK } },
    },
    yAxis: {
      type: 'value',
      name: input.yAxisName === undefined ? undefined : safeText(input.yAxisName),
      nameTextStyle: { color: BLACK, align: 'left', fontSize: LEGEND_FONT_SIZE },
      axisLabel: { color: BLACK, fontSize: AXIS_FONT_SIZE },
      splitLine: { lineStyle: { color: '#b1b4b6' } },
    },
    series: values.map((data, index) =>
      input.kind === 'line' ? lineSeries(names[index] ?? '', data, index) : barSeries(names[index] ?? '', data, index),
    ),
  };
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Names the chart for assistive technology: `role="img"`, an `aria-label` and a `<title>`. */
function labelled(svg: string, title: string): string {
  const openEnd = svg.indexOf('>');
  if (!svg.startsWith('<svg ') || openEnd < 0) throw new Error('ECharts did not render an <svg> element');
  const name = escapeXml(title);
  return `<svg role="img" aria-label="${name}" ${svg.slice(5, openEnd + 1)}<title>${name}</title>${svg.slice(openEnd + 1)}`;
}

/**
 * zrender names clip paths, patterns, gradients, shadows and CSS classes from counters that
 * run across every chart in the process ("zr3-c0", "zr3-cls-17"), so the same chart drawn
 * twice differs. Only names in id, reference and class positions are matched, never chart text.
 */
const ZRENDER_NAME = /(?<=id="|url\(#|href="#|class="(?:[^"]*\s)?|^\.)zr\d+-(cls-|ani-|[a-z]+)(\d+)/gm;

/**
 * Renumbers zrender's names per kind in order of first use, then prefixes them with a hash of
 * the chart. The numbering makes equal input give equal bytes; the hash keeps two different
 * charts inlined in one HTML page from resolving each other's clip paths and patterns
 * (identical charts may share names harmlessly, their definitions being identical too).
 */
function stableNames(svg: string): string {
  const renamed = new Map<string, string>();
  const used = new Map<string, number>();
  for (const [token, kind = ''] of svg.matchAll(ZRENDER_NAME)) {
    if (renamed.has(token)) continue;
    const next = used.get(kind) ?? 0;
    used.set(kind, next + 1);
    renamed.set(token, `${kind}${next}`);
  }
  const rename = (prefix: string) => svg.replace(ZRENDER_NAME, (token) => `${prefix}-${renamed.get(token) ?? token}`);
  const hash = createHash('sha256').update(rename('chart')).digest('hex').slice(0, 12);
  return rename(`bl-${hash}`);
}

/**
 * A line or bar chart of one or more series over shared categories, drawn by ECharts (the web
 * app's chart library) as a standalone SVG string. Null values are gaps, not zeros. The title is
 * the SVG's accessible name; it is not drawn, so the page shows it as the figure's caption.
 * Equal input gives byte-identical output, whatever else has been drawn in the process.
 */
export async function seriesChartSvg(input: SeriesChartInput): Promise<string> {
  const key = JSON.stringify(input);
  const kept = drawn.get(key);
  if (kept !== undefined) {
    // Most recently used last, so the oldest drawing is the one let go.
    drawn.delete(key);
    drawn.set(key, kept);
    return kept;
  }
  const svg = drawSeriesChart(await chartEngine(), input);
  drawn.set(key, svg);
  if (drawn.size > KEPT_DRAWINGS) drawn.delete(drawn.keys().next().value ?? key);
  return svg;
}

/**
 * Drawings already made, by their input: a report is rendered again for every preview, download
 * and publication, and ECharts takes tens of milliseconds over a chart its figures leave unchanged.
 */
const drawn = new Map<string, string>();
const KEPT_DRAWINGS = 32;

function drawSeriesChart({ init }: ChartEngine, input: SeriesChartInput): string {
  const width = input.width ?? 640;
  const height = input.height ?? 320;
  const option = chartOption(input, width);
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return stableNames(labelled(chart.renderToSVGString(), input.title));
  } catch (error) {
    // ECharts' own failures (its tick maths gives up when every value is below about 1e-20)
    // carry no message; naming the chart tells the report's author which one to look at.
    throw new Error(`ECharts could not draw the chart "${input.title}"`, { cause: error });
  } finally {
    chart.dispose();
  }
}
