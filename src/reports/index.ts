export { seriesChartSvg, type SeriesChartInput } from './charts/seriesChartSvg.js';
export { ChromiumMissingError, DEFAULT_CHROMIUM_PATH, chromiumAvailable, htmlToPdf } from './pdf/htmlToPdf.js';
export { renderQuarterlyHtml } from './quarterly/renderQuarterlyHtml.js';
