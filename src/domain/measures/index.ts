export * from './measure.js';
export * from './periodSums.js';
