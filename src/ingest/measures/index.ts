export * from './observationSheet.js';
export * from './populationSheet.js';
