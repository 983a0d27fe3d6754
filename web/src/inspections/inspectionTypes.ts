/** The inspection API's answers, as the route table declares them (see /api-docs, tag "Inspections"). */
import type { QueryOf, ResponseOf } from '../shared/apiTypes.js';

export type InspectionList = ResponseOf<'listInspections'>;
export type InspectionSummary = InspectionList['inspections'][number];
export type InspectionDetail = ResponseOf<'getInspection'>;
export type Judgment = InspectionDetail['pillars'][number]['components'][number];
export type Grade = Judgment['grade'];
export type FindingList = ResponseOf<'listFindings'>;
export type Finding = FindingList['findings'][number];
export type FindingKind = Finding['kind'];
export type FindingState = Finding['state'];

/** In the order the report and the tracker list them. */
export const FINDING_KINDS = [
  'cause-of-concern',
  'recommendation',
  'area-for-improvement',
  'good-practice',
  'earlier-item',
] as const satisfies readonly FindingKind[];

export const FINDING_STATES = [
  'open',
  'action-planned',
  'in-progress',
  'evidence-submitted',
  'closed',
  'reopened',
] as const satisfies readonly FindingState[];

/** The tracker's filters, named as the API's query parameters so that the page URL and the API call agree. */
export const FINDING_FILTER_KEYS = [
  'inspection',
  'kind',
  'component',
  'state',
  'owner',
  'overdue',
  'on',
] as const satisfies readonly (keyof QueryOf<'listFindings'>)[];
export type FindingFilters = Partial<Record<(typeof FINDING_FILTER_KEYS)[number], string>>;
