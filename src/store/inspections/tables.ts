import type { Generated } from 'kysely';

/** The inspection tables as Kysely sees them (migration 0010). */
export interface InspectionProgrammeTable {
  id: Generated<number>;
  key: string;
  name: string;
  year: string;
  approach: string;
  mandatory_json: string;
}

export interface InspectionTable {
  id: Generated<number>;
  key: string;
  programme_key: string;
  force_code: string;
  title: string;
  published_on: string;
  source: string;
  loaded_at: string;
}

export interface InspectionJudgmentTable {
  id: Generated<number>;
  inspection_id: number;
  level: string;
  key: string;
  parent_key: string | null;
  name: string;
  question: string | null;
  aliases_json: string;
  themes_json: string;
  grade: string;
  previous_grade: string | null;
  carried_forward: number;
  position: number;
}

export interface InspectionFindingTable {
  id: Generated<number>;
  inspection_id: number;
  ref: string;
  kind: string;
  component_key: string;
  parent_ref: string | null;
  text: string;
  parts_json: string;
  due_rule_json: string | null;
  due_on: string | null;
  owner_code: string | null;
  raised_in: string | null;
  prior_status: string | null;
  state: string;
  position: number;
  /** Migration 0018: the public summary of the force's response and the day it was published. */
  public_summary: string | null;
  public_summary_on: string | null;
}

/** Migration 0011: the force's response to findings, and the report's most similar group. */
export interface FindingEventTable {
  id: Generated<number>;
  finding_id: number;
  happened_at: string;
  actor: string;
  from_state: string;
  to_state: string;
  note: string | null;
}

export interface FindingEvidenceTable {
  id: Generated<number>;
  finding_id: number;
  event_id: number;
  title: string;
  url: string | null;
  /** Migration 0023: an uploaded file, when the evidence is one; null for a link. */
  file_name: string | null;
  media_type: string | null;
  size_bytes: number | null;
  sha256: string | null;
  content: Buffer | null;
}

export interface FindingLinkTable {
  id: Generated<number>;
  finding_id: number;
  relation: 'action' | 'addresses';
  plan_key: string;
  milestone_ref: string;
  linked_at: string;
  linked_by: string;
}

/** Migration 0025: a measure that shows whether a finding's problem is fixed. */
export interface FindingMeasureTable {
  id: Generated<number>;
  finding_id: number;
  measure_code: string;
  linked_at: string;
  linked_by: string;
}

export interface InspectionComparatorTable {
  id: Generated<number>;
  inspection_id: number;
  force_code: string;
  force_name: string;
  pillar_grades_json: string;
  carried_forward: number;
  position: number;
}

export interface InspectionTables {
  inspection_programmes: InspectionProgrammeTable;
  inspections: InspectionTable;
  inspection_judgments: InspectionJudgmentTable;
  inspection_findings: InspectionFindingTable;
  finding_events: FindingEventTable;
  finding_evidence: FindingEvidenceTable;
  finding_links: FindingLinkTable;
  finding_measures: FindingMeasureTable;
  inspection_comparators: InspectionComparatorTable;
}
