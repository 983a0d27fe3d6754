export * from './buildQuarterlyReport.js';
