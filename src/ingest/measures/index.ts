export * from './observationSheet.js';
