export * from './wardPostsCsv.js';
export * from './abstractionsCsv.js';
