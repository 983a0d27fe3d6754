/** The plan and quarterly-update answers, as the route table declares them (src/api/plans/schemas.ts). */
import type { ResponseOf, Schema } from '../shared/apiTypes.js';

export type PlanListing = ResponseOf<'listPlans'>;
export type PlanDetail = ResponseOf<'getPlan'>;
export type MilestoneListing = ResponseOf<'listMilestones'>;
export type MilestoneDetail = ResponseOf<'getMilestone'>;
export type PlanCoverage = ResponseOf<'getPlanCoverage'>;
export type UpdatesDue = ResponseOf<'listMyUpdatesDue'>;
export type ReviewQueue = ResponseOf<'listReviewQueue'>;
export type QuarterPublished = ResponseOf<'publishQuarter'>;
export type QuarterPublicationSummary = ResponseOf<'getQuarterPublicationSummary'>;
export type SummaryMilestone = QuarterPublicationSummary['drafts'][number];
export type PlanPublicationSummary = ResponseOf<'getPlanPublicationSummary'>;
export type PlanPublished = ResponseOf<'publishPlan'>;

export type PlanSummary = MilestoneListing['plan'];
export type PlanState = PlanSummary['state'];
export type StatusDefinition = MilestoneListing['statuses'][number];
export type StatusCategory = StatusDefinition['category'];
export type PlanNodeView = Schema<'PlanNode'>;
export type Progress = PlanNodeView['progress'];
export type LinkView = PlanNodeView['links'][number];
export type MilestoneSummary = PlanNodeView['milestones'][number];
export type RelatedMilestone = MilestoneDetail['milestone']['dependsOn'][number];
export type ReviewItem = ReviewQueue['waiting'][number];
export type UpdateView = ReviewItem['update'];
export type UpdateState = UpdateView['state'];
export type StatusView = UpdateView['status'];
export type EvidenceView = UpdateView['evidence'][number];
