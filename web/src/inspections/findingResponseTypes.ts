/** The finding page, readiness and grade comparison answers, as the web app reads them (see /api-docs). */
import type { FindingKind, FindingState, Grade } from './inspectionTypes.js';
import type { MilestoneSummary } from '../plans/index.js';

/** When the report says a recommendation is due. */
export type DueRule =
  | { kind: 'immediate' }
  | { kind: 'within-months'; months: number }
  | { kind: 'by-date'; date: string }
  | { kind: 'none' };

export interface FindingSummary {
  ref: string;
  kind: FindingKind;
  kindLabel: string;
  component: string;
  parentRef: string | null;
  text: string;
  parts: string[];
  dueRule?: DueRule | null;
  dueOn: string | null;
  owner: string | null;
  raisedIn?: string | null;
  priorStatus?: string | null;
  state: FindingState;
  stateLabel: string;
  overdue: boolean;
}

/** A milestone acting on a finding: an action of the inspection's action plan, or a plan milestone addressing it. */
export interface LinkedMilestone {
  relation: 'action' | 'addresses';
  planKey: string;
  planId: number | null;
  planTitle: string | null;
  milestoneRef: string;
  milestone: MilestoneSummary | null;
  overdue: boolean;
  closed: boolean;
}

export interface EvidenceItem {
  title: string;
  url: string | null;
}

export interface FindingEvent {
  happenedAt: string;
  actor: string;
  from: FindingState;
  to: FindingState;
  fromLabel: string;
  toLabel: string;
  note: string | null;
  evidence: EvidenceItem[];
}

export interface FindingPageData {
  on: string;
  inspection: { id: number; key: string; title: string; publishedOn: string };
  finding: FindingSummary;
  component: { key: string; name: string; gradeLabel: string; pillar: string | null };
  owner: { code: string; name: string } | null;
  causeOfConcern: FindingSummary | null;
  recommendations: FindingSummary[];
  history: FindingEvent[];
  evidence: (EvidenceItem & { addedAt: string; addedBy: string })[];
  actions: LinkedMilestone[];
  addressedBy: LinkedMilestone[];
}

export type ReadinessVerdict = 'ready' | 'work-outstanding' | 'not-ready';

export interface ComponentReadiness {
  key: string;
  name: string;
  pillar: string;
  gradeLabel: string;
  verdict: ReadinessVerdict;
  verdictLabel: string;
  reasons: string[];
  outstanding: number;
  awaitingDecision: number;
  overdueFindings: number;
  overdueActions: number;
  withoutAction: number;
  findings: FindingSummary[];
  lateActions: (LinkedMilestone & { findingRef: string })[];
}

export interface InspectionReadiness {
  on: string;
  inspection: { key: string; title: string; publishedOn: string };
  verdict: ReadinessVerdict;
  verdictLabel: string;
  components: ComponentReadiness[];
}

export type GradeSource = 'this-report' | 'own-report' | 'report-figure' | 'none';

export interface ComparedForce {
  force: string;
  name: string;
  subject: boolean;
  carriedForward: boolean;
  source: GradeSource;
  inspectionKey: string | null;
}

export interface ComparedJudgment {
  key: string;
  name: string;
  level: 'pillar' | 'component';
  grades: { force: string; grade: Grade | null; gradeLabel: string | null }[];
}

export interface GradeComparison {
  inspection: { key: string; title: string; programmeYear: string };
  forces: ComparedForce[];
  judgments: ComparedJudgment[];
  forcesWithoutGrades: number;
}
