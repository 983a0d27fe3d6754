export * from './importMpsBoroughSeries.js';
export * from './listMeasures.js';
export * from './compareMeasure.js';
export * from './getMeasureSeries.js';
export * from './compareBoroughs.js';
export * from './importObservations.js';
export * from './importPopulation.js';
