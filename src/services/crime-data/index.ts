export * from './importPoliceUk.js';
export * from './getStopSearchScrutiny.js';
export * from './compareForces.js';
export * from './crimeDataSettings.js';
