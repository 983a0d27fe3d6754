// Light on purpose: the command line imports it at start-up to close the printing browser on exit.
export { releasePrintingBrowsers } from '../../reports/pdf/printingBrowser.js';
