export * from './recordInspection.js';
export * from './listInspections.js';
export * from './listFindings.js';
