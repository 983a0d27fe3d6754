import { useEffect, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerParts, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { StopSearchScrutiny } from './crimeDataTypes.js';
import { formatCount, formatMonth } from '../shared/format.js';

registerParts([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

type ChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

/** Searches month by month as bars; the table under it says the same in words. */
export function SearchesChart({ scrutiny }: { scrutiny: StopSearchScrutiny }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (holder.current === null) return;
    const chart = init(holder.current, null, { renderer: 'svg' });
    const option: ChartOption = {
      animation: false,
      grid: { left: 64, right: 16, top: 16, bottom: 40 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: scrutiny.months.map((m) => formatMonth(m.month)) },
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => formatCount(value) } },
      series: [
        {
          type: 'bar',
          name: 'Searches',
          data: scrutiny.months.map((m) => m.searches),
          color: '#1d70b8',
          barMaxWidth: 40,
        },
      ],
    };
    chart.setOption(option);
    const resize = () => {
      chart.resize();
    };
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [scrutiny]);
  return (
    <figure className="bl-chart" aria-label={`Searches each month, ${scrutiny.force.name}`}>
      <div
        ref={holder}
        className="bl-chart__canvas"
        role="img"
        aria-label="Bar chart of searches each month; the table below gives the figures"
      />
    </figure>
  );
}
