export * from './mpsBoroughSeries.js';
