export * from './mpsBoroughSeries.js';
export * from './policeUk/index.js';
