export * from './measure.js';
export * from './periodSums.js';
export * from './judgeChange.js';
export * from './figureSources.js';
export * from './statistics/index.js';
export * from './measureAreas.js';
export * from './resourceFigures.js';
