import { lazy } from 'react';
import { ChartSuspense } from '../shared/ChartSuspense.js';
import type { ChartedSeries } from './measureTypes.js';

const MeasureChart = lazy(() => import('./MeasureChart.js').then((m) => ({ default: m.MeasureChart })));

/** The control chart of a series, loaded with ECharts when it is first shown. */
export function LazyMeasureChart({ series, year }: { series: ChartedSeries; year: string | undefined }) {
  return (
    <ChartSuspense>
      <MeasureChart series={series} year={year} />
    </ChartSuspense>
  );
}
