export * from './inspectionDocument.js';
export * from './checkInspection.js';
