// What the rest of the app may use of measures: its pages, and the series, verdicts and chart
// that the local priorities show in the same way.
export { MeasuresPage } from './MeasuresPage.js';
export { MeasurePage } from './MeasurePage.js';
export { LazyMeasureChart } from './LazyMeasureChart.js';
export { MonthlyTable } from './SeriesTable.js';
export { TONE_TAG } from './measureText.js';
export type * from './measureTypes.js';
export { ResourcesPage, useResources } from './ResourcesPage.js';
export { FinanceTable, RepresentativenessTable, WorkforceTable, splitWorkforce } from './ResourceTables.js';
export { ForceInContext } from './ForceInContext.js';
