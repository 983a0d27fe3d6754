/** The finding page, readiness and grade comparison answers, as the route table declares them (see /api-docs). */
import type { ResponseOf } from '../shared/apiTypes.js';

export type FindingPageData = ResponseOf<'getFinding'>;
export type FindingSummary = FindingPageData['finding'];
/** When the report says a recommendation is due. */
export type DueRule = NonNullable<FindingSummary['dueRule']>;
/** A milestone acting on a finding: an action of the inspection's action plan, or a plan milestone addressing it. */
export type LinkedMilestone = FindingPageData['actions'][number];
export type FindingEvent = FindingPageData['history'][number];
export type EvidenceItem = FindingEvent['evidence'][number];

export type InspectionReadiness = ResponseOf<'getInspectionReadiness'>;
export type ReadinessVerdict = InspectionReadiness['verdict'];
export type ComponentReadiness = InspectionReadiness['components'][number];

export type GradeComparison = ResponseOf<'getGradeComparison'>;
export type ComparedForce = GradeComparison['forces'][number];
export type GradeSource = ComparedForce['source'];
export type ComparedJudgment = GradeComparison['judgments'][number];
