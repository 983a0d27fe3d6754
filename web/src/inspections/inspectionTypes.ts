/** The inspection API's answers, as the web app reads them (see /api-docs, tag "Inspections"). */

export const FINDING_KINDS = [
  'cause-of-concern',
  'recommendation',
  'area-for-improvement',
  'good-practice',
  'earlier-item',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_STATES = [
  'open',
  'action-planned',
  'in-progress',
  'evidence-submitted',
  'closed',
  'reopened',
] as const;
export type FindingState = (typeof FINDING_STATES)[number];

export type Grade = 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'ungraded' | 'not-inspected';

export interface InspectionSummary {
  id: number;
  key: string;
  programmeKey: string;
  programmeName: string;
  programmeYear: string;
  force: string;
  title: string;
  publishedOn: string;
  source: string;
  findings: Record<FindingKind, number>;
}

export interface InspectionList {
  inspections: InspectionSummary[];
}

export interface Judgment {
  key: string;
  name: string;
  question: string | null;
  aliases: string[];
  themes: string[];
  grade: Grade;
  previousGrade: Grade | null;
  carriedForward: boolean;
  gradeLabel: string;
  previousGradeLabel: string | null;
}

export interface InspectionDetail extends InspectionSummary {
  pillars: (Judgment & { components: Judgment[] })[];
  byState: Record<string, Record<string, number>>;
}

export interface Finding {
  inspectionKey: string;
  ref: string;
  kind: FindingKind;
  component: string;
  parentRef: string | null;
  text: string;
  parts: string[];
  dueOn: string | null;
  owner: string | null;
  raisedIn: string | null;
  priorStatus: string | null;
  state: FindingState;
  overdue: boolean;
}

export interface FindingList {
  on: string;
  findings: Finding[];
}

/** The tracker's filters, named as the API's query parameters so that the page URL and the API call agree. */
export const FINDING_FILTER_KEYS = ['inspection', 'kind', 'component', 'state', 'owner', 'overdue', 'on'] as const;
export type FindingFilters = Partial<Record<(typeof FINDING_FILTER_KEYS)[number], string>>;
