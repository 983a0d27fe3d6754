export * from './measure.js';
export * from './periodSums.js';
export * from './statistics/index.js';
