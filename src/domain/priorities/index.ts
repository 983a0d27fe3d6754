export * from './prioritySet.js';
export * from './prioritySentences.js';
export * from './tileMap.js';
export * from './evidenceSummary.js';
export * from './changeGap.js';
export * from './priorityYear.js';
export * from './setInForce.js';
