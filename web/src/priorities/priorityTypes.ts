/** The local priorities API's answers, as the route table declares them (see /api-docs, tag "Local priorities"). */
import type { ResponseOf } from '../shared/apiTypes.js';

export type PriorityCatalogue = ResponseOf<'getPriorityCatalogue'>;
export type StandingPriority = PriorityCatalogue['standing'][number];

export type PrioritySetList = ResponseOf<'listPrioritySets'>;
export type PrioritySet = PrioritySetList['sets'][number];
export type PriorityBorough = PrioritySet['borough'];
export type NamedPriority = PrioritySet['priorities'][number];
export type PrioritySetHistory = ResponseOf<'getPrioritySetHistory'>;

export type CategoryScorecard = ResponseOf<'getCategoryScorecard'>;
export type PriorityPeriods = CategoryScorecard['periods'];
export type PriorityPeriod = PriorityPeriods['current'];
export type GroupChange = CategoryScorecard['london'];
/** Ratio of two groups' rate ratios: below 1 when the first rose less or fell more than the second. */
export type ChangeGap = NonNullable<CategoryScorecard['gap']>;
export type CategoryScorecardBorough = CategoryScorecard['boroughs'][number];
/** An interval with no upper bound (nothing counted before) arrives as null. */
export type TestedChange = CategoryScorecardBorough['change'];

export type BoroughScorecard = ResponseOf<'getBoroughScorecard'>;
export type BoroughPriorityRow = BoroughScorecard['priorities'][number];
export type CategoryFigures = BoroughPriorityRow['figures'];
export type StandingPriorityRow = BoroughScorecard['standing'][number];
export type StandingFigure = StandingPriorityRow['figures'][number];

export type EvidencePack = ResponseOf<'getEvidencePack'>;
export type EvidenceCategory = EvidencePack['categories'][number];
export type EvidencePoint = EvidenceCategory['points'][number];
