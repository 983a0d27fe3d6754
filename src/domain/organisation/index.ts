export * from './orgUnit.js';
export * from './organisationModel.js';
export * from './areaName.js';
export * from './forceAreas.js';
export * from './wardBoundaries.js';
