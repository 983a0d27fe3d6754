/** Versions of cached data as Kysely sees them (migration 0031). */
export interface DataVersionTable {
  scope: string;
  version: number;
  changed_at: string;
}

export interface SystemTables {
  data_versions: DataVersionTable;
}
