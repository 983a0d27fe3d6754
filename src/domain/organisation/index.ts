export * from './orgUnit.js';
export * from './organisationModel.js';
export * from './areaName.js';
