import type { Generated } from 'kysely';

/** The borough local priority tables as Kysely sees them (migration 0008). */
export interface PriorityEligibleCategoryTable {
  id: Generated<number>;
  category_code: string;
  position: number;
}

export interface StandingPriorityTable {
  id: Generated<number>;
  code: string;
  name: string;
  kind: string;
  category_code: string | null;
  measure_code: string | null;
  repeat_measure_code: string | null;
  polarity: string;
  position: number;
}

export interface PrioritySetTable {
  id: Generated<number>;
  borough_code: string;
  financial_year: string;
  version: number;
  agreed_by: string;
  agreed_on: string;
  source: string | null;
  reason: string | null;
  recorded_at: string;
  recorded_by: string;
}

export interface PriorityChoiceTable {
  id: Generated<number>;
  priority_set_id: number;
  position: number;
  category_code: string;
  qualifier: string | null;
}

export interface PriorityTables {
  priority_eligible_categories: PriorityEligibleCategoryTable;
  standing_priorities: StandingPriorityTable;
  priority_sets: PrioritySetTable;
  priority_choices: PriorityChoiceTable;
}
