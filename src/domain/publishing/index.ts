export * from './quarterlyReport.js';
export * from './openData.js';
export * from './publishedReport.js';
