import type { Generated } from 'kysely';

/** The plan tables as Kysely sees them (migration 0005). */
export interface PlanTable {
  id: Generated<number>;
  key: string;
  version: number;
  title: string;
  kind: string;
  owner: string;
  first_year: string;
  last_year: string;
  summary: string | null;
  state: string;
  node_kinds_json: string;
  statuses_json: string;
  programmes_json: string;
  reporting_quarter: string | null;
  published_on: string | null;
  created_at: string;
}

export interface PlanNodeTable {
  id: Generated<number>;
  plan_id: number;
  parent_id: number | null;
  ref: string;
  kind: string;
  title: string;
  text: string | null;
  note: string | null;
  /** Who the plan says delivers the node (force, oversight-body, partner), or null: see migration 0028. */
  deliverer_kind: string | null;
  deliverer_name: string | null;
  position: number;
}

export interface MilestoneTable {
  id: Generated<number>;
  plan_id: number;
  node_id: number;
  ref: string;
  title: string;
  text: string;
  due: string;
  programme: string | null;
  quantity: string | null;
  position: number;
}

export interface MilestoneLeadTable {
  id: Generated<number>;
  milestone_id: number;
  unit_code: string;
  position: number;
}

export interface MilestoneDependencyTable {
  id: Generated<number>;
  milestone_id: number;
  depends_on_id: number;
}

export interface PlanLinkTable {
  id: Generated<number>;
  plan_id: number;
  source_node_id: number | null;
  source_milestone_id: number | null;
  link_type: string;
  target_plan_key: string;
  target_node_ref: string;
}

export interface MilestoneUpdateTable {
  id: Generated<number>;
  milestone_id: number;
  quarter: string;
  state: string;
  status_code: string;
  narrative: string;
  figures_json: string;
  revised_due: string | null;
  revision_reason: string | null;
  review_comment: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
  submitted_by: string | null;
  reviewed_by: string | null;
  published_at: string | null;
}

export interface UpdateEvidenceTable {
  id: Generated<number>;
  update_id: number;
  kind: string;
  title: string;
  url: string | null;
  file_name: string | null;
  media_type: string | null;
  size_bytes: number | null;
  sha256: string | null;
  content: Buffer | null;
  added_at: string;
  added_by: string;
}

export interface PlanTables {
  plans: PlanTable;
  plan_nodes: PlanNodeTable;
  milestones: MilestoneTable;
  milestone_leads: MilestoneLeadTable;
  milestone_dependencies: MilestoneDependencyTable;
  plan_links: PlanLinkTable;
  milestone_updates: MilestoneUpdateTable;
  update_evidence: UpdateEvidenceTable;
  quarter_narratives: QuarterNarrativeTable;
}

export interface QuarterNarrativeTable {
  id: Generated<number>;
  plan_key: string;
  node_ref: string;
  quarter: string;
  state: string;
  narrative: string;
  review_comment: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  updated_by: string;
  submitted_by: string | null;
  reviewed_by: string | null;
  published_at: string | null;
}
