import { useMemo } from 'react';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use as registerParts, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEChart } from '../shared/useEChart.js';
import type { LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { OpenDataChart as ChartSpec, OpenDataTable } from './openDataTypes.js';

registerParts([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type ChartOption = ComposeOption<
  LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

// GOV.UK colours; the first line is the figure itself, the others (dashed) are reference lines.
const BLACK = '#0b0c0c';
const COLOURS = ['#1d70b8', BLACK, '#505a5f', '#505a5f', '#4c2c92', '#f47738'];

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

export function chartOption(spec: ChartSpec, table: OpenDataTable): ChartOption {
  const labelOf = new Map(table.columns.map((column) => [column.key, column.label]));
  return {
    animation: false,
    textStyle: { fontFamily: 'arial, sans-serif', color: BLACK },
    grid: { left: 16, right: 24, top: 56, bottom: 16, containLabel: true },
    legend: { top: 0, left: 0, itemGap: 20, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: table.rows.map((row) => String(row[spec.categoryColumn] ?? '')),
      axisLabel: { color: BLACK, fontSize: 13 },
    },
    yAxis: {
      type: 'value',
      name: spec.unit,
      nameTextStyle: { color: BLACK, align: 'left', fontSize: 14 },
      axisLabel: { color: BLACK, fontSize: 13 },
    },
    series: spec.seriesColumns.map((key, index): LineSeriesOption => {
      const color = COLOURS[index % COLOURS.length] ?? BLACK;
      return {
        type: 'line',
        name: labelOf.get(key) ?? key,
        data: table.rows.map((row) => numberOrNull(row[key])),
        showSymbol: false,
        color,
        lineStyle: { color, width: index === 0 ? 2.5 : 1.5, type: index === 0 ? 'solid' : 'dashed' },
        emphasis: { disabled: true },
      };
    }),
  };
}

/** A line chart drawn by ECharts as SVG from one of the page's tables, which stays on the page as its alternative. */
export function OpenDataChart({ spec, table }: { spec: ChartSpec; table: OpenDataTable }) {
  const ref = useEChart(useMemo(() => chartOption(spec, table), [spec, table]));
  return <div className="bl-chart__canvas" ref={ref} data-testid="open-data-chart" />;
}
