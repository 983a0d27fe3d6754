import type { Generated } from 'kysely';

/** The reporting rules table as Kysely sees it (migration 0021). */
export interface ReportingRuleTable {
  id: Generated<number>;
  plan_key: string;
  updates_due_after: number;
  review_due_after: number;
  publish_after: number;
  changed_at: string;
  changed_by: string;
}

export interface WorkTables {
  reporting_rules: ReportingRuleTable;
}
