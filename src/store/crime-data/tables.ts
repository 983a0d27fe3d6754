import type { Generated } from 'kysely';

/** The crime data tables as Kysely sees them: crime counts, the taxonomy and populations (migration 0006), police.uk (0007). */
export interface PoliceForceTable {
  id: Generated<number>;
  code: string;
  name: string;
}

export interface PoliceUkSliceTable {
  id: Generated<number>;
  force_code: string;
  month: string;
  layout: string;
  file_name: string;
  size_bytes: number;
  sha256: string;
  rows_read: number;
  rows_loaded: number;
  rows_out_of_area: number;
  rows_no_location: number;
  rows_unmapped_area: number;
  problems_json: string;
  loaded_at: string;
  loaded_by: string;
}

export interface PoliceUkLoadLogTable {
  id: Generated<number>;
  file_name: string;
  force_code: string | null;
  month: string | null;
  layout: string | null;
  size_bytes: number;
  sha256: string;
  rows_read: number;
  rows_loaded: number;
  outcome: string;
  problems_json: string;
  attempted_at: string;
  attempted_by: string;
}

export interface StreetCrimeCountTable {
  id: Generated<number>;
  slice_id: number;
  lsoa_code: string;
  local_authority: string;
  crime_type: string;
  last_outcome: string;
  crimes: number;
}

export interface CrimeOutcomeCountTable {
  id: Generated<number>;
  slice_id: number;
  lsoa_code: string;
  local_authority: string;
  outcome_type: string;
  outcomes: number;
}

export interface StopSearchCountTable {
  id: Generated<number>;
  slice_id: number;
  search_type: string;
  self_defined_ethnicity: string;
  officer_defined_ethnicity: string;
  gender: string;
  age_range: string;
  legislation: string;
  object_of_search: string;
  outcome: string;
  outcome_linked: string;
  searches: number;
}

export interface PoliceForceAreaTable {
  id: Generated<number>;
  force_code: string;
  local_authority: string;
}

export interface MostSimilarGroupTable {
  id: Generated<number>;
  force_code: string;
  peer_code: string;
  position: number;
}

export interface EthnicPopulationTable {
  id: Generated<number>;
  area_code: string;
  year: number;
  ethnic_group: string;
  population: number;
  source: string;
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
  /** A digest of every count the file gave, as loaded (migration 0014); empty for older imports. */
  counts_sha256: Generated<string>;
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

export interface PopulationTable {
  id: Generated<number>;
  area_code: string;
  year: number;
  population: number;
}

export interface CrimeDataTables {
  crime_categories: CrimeCategoryTable;
  crime_category_mappings: CrimeCategoryMappingTable;
  crime_imports: CrimeImportTable;
  crime_counts: CrimeCountTable;
  crime_count_revisions: CrimeCountRevisionTable;
  populations: PopulationTable;
  police_forces: PoliceForceTable;
  police_uk_slices: PoliceUkSliceTable;
  police_uk_load_log: PoliceUkLoadLogTable;
  street_crime_counts: StreetCrimeCountTable;
  crime_outcome_counts: CrimeOutcomeCountTable;
  stop_search_counts: StopSearchCountTable;
  police_force_areas: PoliceForceAreaTable;
  most_similar_groups: MostSimilarGroupTable;
  ethnic_populations: EthnicPopulationTable;
}
