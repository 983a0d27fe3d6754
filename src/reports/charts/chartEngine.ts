import type { init } from 'echarts/core';

/** What drawing a chart needs of ECharts. */
export interface ChartEngine {
  readonly init: typeof init;
}

let loading: Promise<ChartEngine> | undefined;

/**
 * ECharts with the parts a report's charts use, loaded on the first drawing. It holds about 40 MB
 * once loaded, and a server that never renders a report (most requests, every public page)
 * should not carry it.
 */
export function chartEngine(): Promise<ChartEngine> {
  loading ??= Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ]).then(([core, charts, components, renderers]) => {
    core.use([
      charts.LineChart,
      charts.BarChart,
      components.GridComponent,
      components.LegendComponent,
      renderers.SVGRenderer,
    ]);
    return { init: core.init };
  });
  return loading;
}
