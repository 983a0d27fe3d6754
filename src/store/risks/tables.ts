import type { Generated } from 'kysely';

/** The risk register's tables as Kysely sees them (migration 0027). */
export interface RiskTable {
  id: Generated<number>;
  ref: string;
  title: string;
  owner: string;
  cause: string;
  consequence: string;
  inherent_likelihood: number;
  inherent_impact: number;
  residual_likelihood: number;
  residual_impact: number;
  treatment: string;
  /** JSON: string[] */
  controls: string;
  /** JSON: { text, owner, dueOn }[] */
  actions: string;
  /** JSON: string[] of board keys */
  boards: string;
  /** JSON: { plan, ref }[] */
  milestone_links: string;
  /** JSON: { inspection, ref }[] */
  finding_links: string;
  score_note: string | null;
  version: number;
  updated_at: string;
  updated_by: string;
}

export interface RiskReviewTable {
  id: Generated<number>;
  risk_id: number;
  meeting_id: number;
  board: string;
  held_on: string;
  residual_likelihood: number;
  residual_impact: number;
  note: string;
  recorded_at: string;
  recorded_by: string;
}

export interface RiskVersionTable {
  id: Generated<number>;
  risk_id: number;
  version: number;
  /** "created", "edited" or "reviewed" */
  change: string;
  /** JSON: the risk's fields as they stood after the change */
  fields: string;
  changed_at: string;
  changed_by: string;
}

export interface RiskTables {
  risks: RiskTable;
  risk_reviews: RiskReviewTable;
  risk_versions: RiskVersionTable;
}
