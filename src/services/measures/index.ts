export * from './importMpsBoroughSeries.js';
export * from './listMeasures.js';
export * from './compareMeasure.js';
