export { seriesChartSvg, type SeriesChartInput } from './charts/seriesChartSvg.js';
export { ChromiumMissingError, DEFAULT_CHROMIUM_PATH, chromiumAvailable, htmlToPdf } from './pdf/htmlToPdf.js';
export { printPdf, pdfPrintingLimits } from './pdf/printPdf.js';
export { releasePrintingBrowsers } from './pdf/printingBrowser.js';
export { renderQuarterlyHtml } from './quarterly/renderQuarterlyHtml.js';
export { renderBoardPackHtml, renderPublishedBoardPackHtml } from './boardPack/renderBoardPackHtml.js';
export { hasDocx, publishedDocx, renderQuarterlyDocx } from './publishedDocx.js';
export { renderTileMapSvg } from './priorities/renderTileMapSvg.js';
