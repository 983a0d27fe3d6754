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
}

export interface InspectionTables {
  inspection_programmes: InspectionProgrammeTable;
  inspections: InspectionTable;
  inspection_judgments: InspectionJudgmentTable;
  inspection_findings: InspectionFindingTable;
}
