export * from './crimeTaxonomy.js';
export * from './policeUk.js';
export * from './policeForces.js';
export * from './stopSearchScrutiny.js';
export * from './mpsCategoryNames.js';
