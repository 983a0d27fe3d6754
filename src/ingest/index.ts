export * from './ingestError.js';
export * from './csv/csvRows.js';
export * from './plans/planSheet.js';
