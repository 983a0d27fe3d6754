export * from './buildQuarterlyReport.js';
export * from './publishQuarterlyReport.js';
export * from './reportVersions.js';
export * from './openData/index.js';
export * from './publishBoardPack.js';
export * from './renderReport.js';
export * from './publishedFiles.js';
