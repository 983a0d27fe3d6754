import { useMemo } from 'react';
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import { use as registerParts, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEChart } from '../shared/useEChart.js';
import type { LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ChartedSeries } from './measureTypes.js';
import { financialYearOf, signalsByIndex } from './measureText.js';
import { formatCount, formatMonth } from '../shared/format.js';

registerParts([
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
  SVGRenderer,
]);

type ChartOption = ComposeOption<
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | TooltipComponentOption
>;

// GOV.UK colours. Signals are marked by shape and a neutral colour: a signal says the process
// changed, not whether the change is good, which only the tested verdict may say.
const BLUE = '#1d70b8';
const BLACK = '#0b0c0c';
const GREY = '#505a5f';
const PURPLE = '#4c2c92';
const ORANGE = '#f47738';

function line(name: string, data: (number | null)[], color: string, dashed = false): LineSeriesOption {
  return {
    type: 'line',
    name,
    data,
    showSymbol: false,
    color,
    lineStyle: { color, width: dashed ? 1.5 : 2, type: dashed ? 'dashed' : 'solid' },
    emphasis: { disabled: true },
  };
}

/** One month's figures in the tooltip, as plain text lines (no markup with inline styles). */
function tooltipText(series: ChartedSeries, index: number, signals: Map<number, string[]>): string {
  const month = series.months[index];
  if (month === undefined) return '';
  const lines = [
    `<strong>${formatMonth(month.month)}</strong>`,
    `${formatCount(month.value)} ${series.measure.unitWords}`,
    `Centre line ${formatCount(month.centre)} (limits ${formatCount(month.lower)} to ${formatCount(month.upper)})`,
    ...(month.rolling12 === null ? [] : [`Rolling 12-month average ${formatCount(month.rolling12 / 12)}`]),
    ...(signals.get(index) ?? []),
  ];
  return lines.join('<br>');
}

function selectedYearArea(series: ChartedSeries, year: string | undefined): LineSeriesOption['markArea'] {
  const inYear = series.months.filter((month) => financialYearOf(month.month) === year);
  const first = inYear[0];
  const last = inYear[inYear.length - 1];
  if (first === undefined || last === undefined) return undefined;
  return {
    silent: true,
    itemStyle: { color: 'rgba(29, 112, 184, 0.08)' },
    label: { color: BLACK, position: 'insideTop' },
    data: [[{ name: year, xAxis: formatMonth(first.month) }, { xAxis: formatMonth(last.month) }]],
  };
}

function seriesOf(series: ChartedSeries, year: string | undefined): (LineSeriesOption | ScatterSeriesOption)[] {
  const months = series.months;
  const signals = signalsByIndex(series.signals);
  const values = months.map((m) => m.value);
  return [
    { ...line('Monthly count', values, BLUE), markArea: selectedYearArea(series, year) },
    line(
      'Centre line',
      months.map((m) => m.centre),
      BLACK,
      true,
    ),
    line(
      'Control limits',
      months.map((m) => m.upper),
      GREY,
      true,
    ),
    line(
      'Control limits',
      months.map((m) => m.lower),
      GREY,
      true,
    ),
    line(
      'Rolling 12-month average',
      months.map((m) => (m.rolling12 === null ? null : m.rolling12 / 12)),
      PURPLE,
    ),
    {
      type: 'scatter',
      name: 'Signal (special cause)',
      symbol: 'diamond',
      symbolSize: 11,
      itemStyle: { color: ORANGE, borderColor: BLACK, borderWidth: 1 },
      data: months.map((m, index) => (signals.has(index) ? m.value : null)),
      z: 5,
    },
  ];
}

export function chartOption(series: ChartedSeries, year: string | undefined): ChartOption {
  const months = series.months;
  const signals = signalsByIndex(series.signals);
  return {
    animation: false,
    textStyle: { fontFamily: 'arial, sans-serif', color: BLACK },
    grid: { left: 16, right: 24, top: 56, bottom: 16, containLabel: true },
    legend: { top: 0, left: 0, itemGap: 20, textStyle: { fontSize: 14 } },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        return first === undefined ? '' : tooltipText(series, first.dataIndex, signals);
      },
    },
    xAxis: {
      type: 'category',
      data: months.map((m) => formatMonth(m.month)),
      axisLabel: { color: BLACK, fontSize: 13 },
    },
    yAxis: {
      type: 'value',
      name: `${series.measure.unitWords} per month`,
      nameTextStyle: { color: BLACK, align: 'left', fontSize: 14 },
      axisLabel: { color: BLACK, fontSize: 13 },
    },
    series: seriesOf(series, year),
  };
}

function describe(series: ChartedSeries): string {
  const first = series.months[0];
  const last = series.months[series.months.length - 1];
  const signalled = signalsByIndex(series.signals).size;
  return (
    `Line chart of ${series.measure.name.toLowerCase()} in ${series.area.name}, ${series.measure.unitWords} per month` +
    (first && last ? ` from ${formatMonth(first.month)} to ${formatMonth(last.month)}` : '') +
    `, with the control chart's centre line and limits and the rolling 12-month average. ` +
    `${signalled} ${signalled === 1 ? 'month shows' : 'months show'} a signal. The figures are in the table below.`
  );
}

/** The monthly series as an XmR control chart, drawn by ECharts as SVG. */
export function MeasureChart({ series, year }: { series: ChartedSeries; year: string | undefined }) {
  const ref = useEChart(useMemo(() => chartOption(series, year), [series, year]));
  return (
    <figure className="bl-chart" aria-label={describe(series)} role="img">
      <div className="bl-chart__canvas" ref={ref} data-testid="measure-chart" />
    </figure>
  );
}
