import { useEffect, useRef } from 'react';
import { init, type EChartsCoreOption } from 'echarts/core';

/**
 * Draws an ECharts option as SVG into the element the returned ref is given, redrawing it when
 * the element is resized and disposing of it when the component goes. The caller registers the
 * chart parts it uses and keeps the option stable (useMemo), so it is drawn once per change.
 */
export function useEChart(option: EChartsCoreOption) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const chart = init(element, undefined, { renderer: 'svg' });
    chart.setOption(option);
    const observer = new ResizeObserver(() => {
      chart.resize();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, [option]);
  return ref;
}
