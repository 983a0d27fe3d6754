export * from './distributions.js';
export * from './normal.js';
export * from './binomialTest.js';
export * from './countChange.js';
export * from './proportions.js';
export * from './spc.js';
export * from './verdict.js';
export * from './sentences.js';
