export * from './getPriorityCatalogue.js';
export * from './listPriorityCategoryChoices.js';
export * from './setEligibleCategories.js';
export * from './setStandingPriorities.js';
export {
  loadPriorityCatalogue,
  priorityBoroughs,
  priorityYear,
  SCORECARD_PERIOD_KINDS,
  type PriorityBorough,
  type ScorecardPeriods,
} from './priorityAccess.js';
// Kept for the callers of this index; the services read category names from the store.
export { categoryNames } from '../../store/index.js';
export { namedSets, type BoroughPrioritySet, type NamedPriority } from './priorityViews.js';
export * from './recordPrioritySet.js';
export * from './listPrioritySets.js';
export * from './getPrioritySetHistory.js';
export * from './getCategoryScorecard.js';
export * from './getBoroughScorecard.js';
export * from './getEvidencePack.js';
export * from './getPriorityTileMap.js';
export * from './renderPriorityTileMap.js';
