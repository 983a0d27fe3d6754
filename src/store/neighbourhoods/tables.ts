import type { Generated } from 'kysely';

/** The neighbourhood tables as Kysely sees them (migration 0009). */
export interface NeighbourhoodImportTable {
  id: Generated<number>;
  kind: string;
  file_name: string;
  sha256: string;
  rows_read: number;
  synthetic: Generated<number>;
  loaded_at: string;
  loaded_by: string;
}

export interface WardPostTable {
  id: Generated<number>;
  ward_code: string;
  role: string;
  as_at: string;
  establishment: number;
  actual: number;
  synthetic: Generated<number>;
  import_id: number;
  superseded_at: string | null;
}

export interface WardAbstractionTable {
  id: Generated<number>;
  ward_code: string;
  role: string;
  date: string;
  hours: number;
  reason: string;
  note: string | null;
  synthetic: Generated<number>;
  import_id: number;
}

export interface NeighbourhoodMinimumTable {
  id: Generated<number>;
  dwo: number;
  pcso: number;
  set_at: string;
  set_by: string;
  reason: string | null;
}

export interface NeighbourhoodTables {
  neighbourhood_imports: NeighbourhoodImportTable;
  ward_posts: WardPostTable;
  ward_abstractions: WardAbstractionTable;
  neighbourhood_minimums: NeighbourhoodMinimumTable;
}
