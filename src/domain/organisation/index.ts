export * from './orgUnit.js';
export * from './organisationModel.js';
