export * from './ingestError.js';
export * from './csv/csvRows.js';
export * from './plans/planSheet.js';
export * from './crime-data/index.js';
export * from './measures/index.js';
export * from './neighbourhoods/index.js';
export * from './inspections/index.js';
