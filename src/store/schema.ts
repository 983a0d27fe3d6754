import type { Generated, Kysely, Transaction } from 'kysely';
import type { CrimeDataTables } from './crime-data/tables.js';
import type { PriorityTables } from './priorities/tables.js';
import type { InspectionTables } from './inspections/tables.js';
import type { NeighbourhoodTables } from './neighbourhoods/tables.js';
import type { PublishingTables } from './publishing/tables.js';
import type { BoardTables } from './board/tables.js';

/** The database as Kysely sees it: one interface per table, the same on SQLite and PostgreSQL. */
export interface OrgUnitTable {
  id: Generated<number>;
  code: string;
  kind: string;
  name: string;
  lead_code: string | null;
  gss_code: string | null;
  go_live: string | null;
  pathfinder: number;
  sort_order: number;
}

export interface OrgMembershipTable {
  id: Generated<number>;
  unit_id: number;
  parent_id: number;
  valid_from: string | null;
  valid_to: string | null;
}

export interface AuditEntryTable {
  id: Generated<number>;
  sequence: number;
  occurred_at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  reason: string | null;
  previous_hash: string;
  hash: string;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: string;
  password_hash: string | null;
  oidc_subject: string | null;
  disabled: number;
  created_at: string;
}

export interface UserScopeTable {
  id: Generated<number>;
  user_id: number;
  org_unit_id: number;
}

export interface SessionTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface SignInFailureTable {
  id: Generated<number>;
  username: string;
  client: string;
  failed_at: string;
}

export interface SsoSignInTable {
  state: string;
  code_verifier: string;
  nonce: string;
  created_at: string;
}

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

export interface CrimeCategoryTable {
  id: Generated<number>;
  code: string;
  name: string;
  parent_code: string | null;
  position: number;
}

export interface CrimeCategoryMappingTable {
  id: Generated<number>;
  source: string;
  source_key: string;
  major: string | null;
  minor: string | null;
  crime_type: string | null;
  category_code: string;
}

export interface CrimeImportTable {
  id: Generated<number>;
  source: string;
  file_name: string;
  sha256: string;
  first_month: string;
  last_month: string;
  rows_read: number;
  counts_written: number;
  loaded_at: string;
  loaded_by: string;
}

export interface CrimeCountTable {
  id: Generated<number>;
  area_code: string;
  category_code: string;
  month: string;
  count: number;
  import_id: number;
}

export interface CrimeCountRevisionTable {
  id: Generated<number>;
  area_code: string;
  category_code: string;
  month: string;
  old_count: number;
  new_count: number;
  import_id: number;
}

export interface MeasureTable {
  id: Generated<number>;
  code: string;
  name: string;
  definition: string;
  unit: string;
  unit_words: string;
  polarity: string;
  frequency: string;
  source: string;
  area_kinds_json: string;
  breakdowns_json: string;
  target_json: string | null;
  crime_category: string | null;
  aims_json: string;
  position: number;
}

export interface ObservationTable {
  id: Generated<number>;
  measure_code: string;
  area_code: string;
  period: string;
  breakdown: Generated<string>;
  value: number;
  numerator: number | null;
  denominator: number | null;
  sample_size: number | null;
  design_effect: number | null;
  status: string;
  as_at: string | null;
  synthetic: Generated<number>;
  loaded_at: string;
  superseded_at: string | null;
}

export interface PopulationTable {
  id: Generated<number>;
  area_code: string;
  year: number;
  population: number;
}

export interface DatabaseSchema
  extends CrimeDataTables, PriorityTables, NeighbourhoodTables, InspectionTables, PublishingTables, BoardTables {
  crime_categories: CrimeCategoryTable;
  crime_category_mappings: CrimeCategoryMappingTable;
  crime_imports: CrimeImportTable;
  crime_counts: CrimeCountTable;
  crime_count_revisions: CrimeCountRevisionTable;
  measures: MeasureTable;
  observations: ObservationTable;
  populations: PopulationTable;
  plans: PlanTable;
  plan_nodes: PlanNodeTable;
  milestones: MilestoneTable;
  milestone_leads: MilestoneLeadTable;
  milestone_dependencies: MilestoneDependencyTable;
  plan_links: PlanLinkTable;
  milestone_updates: MilestoneUpdateTable;
  update_evidence: UpdateEvidenceTable;
  sso_sign_ins: SsoSignInTable;
  users: UserTable;
  user_scopes: UserScopeTable;
  sessions: SessionTable;
  sign_in_failures: SignInFailureTable;
  audit_entries: AuditEntryTable;
  org_units: OrgUnitTable;
  org_memberships: OrgMembershipTable;
}

/** Anything queries run on: the database itself or an open transaction. */
export type Executor = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;
