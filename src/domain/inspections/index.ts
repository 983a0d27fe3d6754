export * from './inspectionDocument.js';
export * from './checkInspection.js';
export * from './findingResponse.js';
export * from './actionPlan.js';
export * from './readiness.js';
export * from './publicResponse.js';
export * from './findingFigures.js';
