export * from './csvLines.js';
export * from './sliceAggregate.js';
export * from './readPoliceUkSlice.js';
export * from './policeUkSources.js';
export * from './sliceReader.js';
