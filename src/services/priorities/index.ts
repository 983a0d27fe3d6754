export * from './priorityCatalogue.js';
export * from './recordPrioritySet.js';
export * from './listPrioritySets.js';
export * from './getCategoryScorecard.js';
export * from './getBoroughScorecard.js';
export * from './getEvidencePack.js';
export * from './getPriorityTileMap.js';
export * from './renderTileMapSvg.js';
export type { ScorecardPeriods } from './priorityPeriods.js';
