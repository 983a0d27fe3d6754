import type { IsoDate } from '../calendar/index.js';

/**
 * An inspection report as Bluelamp holds it: the programme it belongs to, the judgments on a tree
 * of pillars and components, and the findings raised against the components. One nested form is
 * what the demo is written in and what imports read into, like the plan document.
 */

/** The inspectorate's scale, best first, then the two states that are not grades. */
export const GRADES = [
  'outstanding',
  'good',
  'requires-improvement',
  'inadequate',
  'ungraded',
  'not-inspected',
] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABELS: Readonly<Record<Grade, string>> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
  ungraded: 'Ungraded',
  'not-inspected': 'Not inspected',
};

export interface InspectionProgramme {
  /** "peel-2018-19". */
  readonly key: string;
  readonly name: string;
  /** The inspection year as the inspectorate writes it, "2018/19". */
  readonly year: string;
  readonly approach: string;
  /** Areas inspected in every force every year, by component key. */
  readonly mandatoryComponents: readonly string[];
}

export interface ComponentJudgment {
  /** Stable across reports: "protecting-vulnerable-people". */
  readonly key: string;
  readonly name: string;
  /** Other names the report uses for it ("Firearms capability", "Armed policing"). */
  readonly aliases: readonly string[];
  readonly grade: Grade;
  readonly previousGrade: Grade | null;
  /** Not re-inspected this time: the grade is the previous inspection's. */
  readonly carriedForward: boolean;
  /** The headings the findings are grouped under. */
  readonly themes: readonly string[];
}

export interface PillarJudgment {
  readonly key: string;
  readonly name: string;
  readonly question: string;
  readonly grade: Grade;
  readonly previousGrade: Grade | null;
  readonly components: readonly ComponentJudgment[];
}

/** When a recommendation is due: at once, within some months of publication, by a date, or not said. */
export type DueRule =
  | { readonly kind: 'immediate' }
  | { readonly kind: 'within-months'; readonly months: number }
  | { readonly kind: 'by-date'; readonly date: IsoDate }
  | { readonly kind: 'none' };

export interface RecommendationDocument {
  readonly ref: string;
  readonly text: string;
  readonly due: DueRule;
}

/** What kind of finding: a cause of concern carries recommendations; an area for improvement may have parts. */
export const FINDING_KINDS = [
  'cause-of-concern',
  'recommendation',
  'area-for-improvement',
  'good-practice',
  'earlier-item',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_KIND_LABELS: Readonly<Record<FindingKind, string>> = {
  'cause-of-concern': 'Cause of concern',
  recommendation: 'Recommendation',
  'area-for-improvement': 'Area for improvement',
  'good-practice': 'Good practice',
  'earlier-item': 'Earlier item',
};

export interface FindingDocument {
  readonly ref: string;
  readonly kind: Exclude<FindingKind, 'recommendation'>;
  /** The component key it is raised against. */
  readonly component: string;
  readonly text: string;
  /** Parts (a), (b), (c) of an area for improvement. */
  readonly parts?: readonly string[];
  /** A cause of concern's recommendations. */
  readonly recommendations?: readonly RecommendationDocument[];
  /** The unit that owns the response, by organisation code. */
  readonly owner?: string;
  /** For an item carried over from an earlier inspection: where it was raised, and how it stands. */
  readonly raisedIn?: string;
  readonly priorStatus?: string;
}

/**
 * A force in the inspected force's most similar group, with the pillar grades the report shows
 * for it. A grade may be unknown (the report's figure did not survive, or was never given).
 */
export interface ComparatorForce {
  /** The police.uk force code: "west-midlands". */
  readonly force: string;
  readonly name: string;
  /** Pillar key → grade, for the pillars whose grade the report gives. */
  readonly pillarGrades: Readonly<Partial<Record<string, Grade>>>;
  /** Its grades are the previous round's, not re-inspected this time. */
  readonly carriedForward: boolean;
}

export interface InspectionDocument {
  readonly key: string;
  readonly programme: InspectionProgramme;
  /** The police.uk force code: "metropolitan". */
  readonly force: string;
  readonly title: string;
  readonly publishedOn: IsoDate;
  /** Where the report is: its title, publisher and ISBN or address. */
  readonly source: string;
  readonly pillars: readonly PillarJudgment[];
  readonly findings: readonly FindingDocument[];
  /** The most similar group the report compares the force with; absent when it gives none. */
  readonly mostSimilarGroup?: readonly ComparatorForce[];
}

/** Where the force's response to a finding stands. Closing needs evidence; a closed finding can be re-opened. */
export const FINDING_STATES = [
  'open',
  'action-planned',
  'in-progress',
  'evidence-submitted',
  'closed',
  'reopened',
] as const;
export type FindingState = (typeof FINDING_STATES)[number];
