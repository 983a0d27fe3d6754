/** Shapes of the plan and quarterly-update answers, as /api/openapi.json describes them. */
export type PlanState = 'draft' | 'published' | 'superseded';
export type StatusCategory = 'delivered' | 'on-track' | 'delayed' | 'not-started' | 'withdrawn';
export type UpdateState = 'draft' | 'submitted' | 'returned' | 'approved' | 'published';

export interface PlanSummary {
  id: number;
  key: string;
  version: number;
  title: string;
  kind: string;
  owner: string;
  firstYear: string;
  lastYear: string;
  period: string;
  state: PlanState;
  publishedOn: string | null;
  reportingQuarter: string | null;
}

export interface PlanListing {
  plans: (PlanSummary & { nodes: number; milestones: number })[];
}

export interface StatusDefinition {
  code: string;
  label: string;
  symbol: string;
  meaning: string;
  category: StatusCategory;
}

export interface StatusView {
  code: string;
  label: string;
  symbol: string;
  category: StatusCategory;
}

export interface Progress {
  milestones: number;
  byStatus: Record<string, number>;
}

export interface LinkView {
  type: 'delivers' | 'contributes-to';
  planKey: string;
  nodeRef: string;
  target: { planId: number; planTitle: string; nodeTitle: string } | null;
}

export interface MilestoneSummary {
  ref: string;
  title: string;
  due: string;
  currentDue: string;
  dueQuarter: string | null;
  deadline: string | null;
  leads: { code: string; name: string }[];
  programme: string | null;
  quantity: string | null;
  section: { ref: string; title: string } | null;
  status: (StatusView & { quarter: string }) | null;
  slip: { quarters: number; days: number } | null;
  flags: string[];
}

export interface PlanNodeView {
  ref: string;
  kind: string;
  kindLabel: string;
  title: string;
  text: string | null;
  note: string | null;
  progress: Progress;
  links: LinkView[];
  milestones: MilestoneSummary[];
  children: PlanNodeView[];
}

export interface PlanDetail {
  plan: PlanSummary & { summary: string | null };
  nodeKinds: { key: string; label: string; plural: string }[];
  statuses: StatusDefinition[];
  programmes: { code: string; label: string }[];
  versions: { id: number; version: number; state: string }[];
  progress: Progress;
  counts: { kind: string; label: string; plural: string; count: number }[];
  nodes: PlanNodeView[];
}

export interface MilestoneListing {
  plan: PlanSummary;
  statuses: StatusDefinition[];
  programmes: { code: string; label: string }[];
  total: number;
  byStatus: Record<string, number>;
  milestones: (MilestoneSummary & { carriedForward: boolean })[];
}

export interface EvidenceView {
  id: number;
  kind: 'link' | 'file';
  title: string;
  url: string | null;
  fileName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  addedAt: string;
  addedBy: string;
}

export interface UpdateView {
  id: number;
  quarter: string;
  state: UpdateState;
  status: StatusView;
  narrative: string;
  figures: string[];
  revisedDue: string | null;
  revisionReason: string | null;
  reviewComment: string | null;
  version: number;
  updatedAt: string;
  people: { updatedBy: string; submittedBy: string | null; reviewedBy: string | null } | null;
  publishedAt: string | null;
  evidence: EvidenceView[];
}

export interface RelatedMilestone {
  ref: string;
  title: string;
  status: string | null;
}

export interface MilestoneDetail {
  plan: PlanSummary;
  statuses: StatusDefinition[];
  milestone: MilestoneSummary & {
    text: string;
    path: { ref: string; kind: string; title: string }[];
    programmeLabel: string | null;
    dependsOn: RelatedMilestone[];
    neededBy: RelatedMilestone[];
    links: LinkView[];
    revisions: { quarter: string; from: string; to: string; reason: string | null }[];
  };
  updates: UpdateView[];
}

export interface PlanCoverage {
  plan: PlanSummary;
  kind: { key: string; label: string; plural: string };
  counts: { direct: number; 'through-parent': number; none: number };
  nodes: {
    ref: string;
    title: string;
    path: string[];
    coverage: 'direct' | 'through-parent' | 'none';
    deliveredBy: {
      type: 'delivers' | 'contributes-to';
      planId: number;
      planTitle: string;
      ref: string;
      title: string;
      isMilestone: boolean;
      through: string | null;
    }[];
  }[];
}

export interface UpdatesDue {
  plans: {
    plan: PlanSummary;
    quarter: string;
    items: {
      milestone: MilestoneSummary;
      reason: 'due' | 'carried-forward';
      update: { id: number; state: UpdateState; version: number } | null;
    }[];
  }[];
}

export interface ReviewItem {
  plan: PlanSummary;
  milestone: MilestoneSummary;
  update: UpdateView;
}

export interface ReviewQueue {
  waiting: ReviewItem[];
  approved: ReviewItem[];
}
