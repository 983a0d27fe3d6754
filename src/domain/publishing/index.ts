export * from './quarterlyReport.js';
