import { createHash } from 'node:crypto';
import { sql, PostgresAdapter, type Transaction } from 'kysely';
import { canonicalJson } from '../../domain/audit/index.js';
import type { DatabaseSchema, Executor } from '../schema.js';

export type TableName = keyof DatabaseSchema;
export type Row = Record<string, unknown>;

/**
 * Every table a backup holds, parents before children, so a restore never breaks a foreign key.
 * Sessions and sign-in failures are passing state: a restored database starts with none.
 */
export const BACKUP_TABLES: readonly TableName[] = [
  'org_units',
  'org_memberships',
  'audit_entries',
  'users',
  'user_scopes',
  'plans',
  'plan_nodes',
  'milestones',
  'milestone_leads',
  'milestone_dependencies',
  'plan_links',
  'milestone_updates',
  'update_evidence',
  'crime_categories',
  'crime_category_mappings',
  'crime_imports',
  'crime_counts',
  'crime_count_revisions',
  'measures',
  'observations',
  'populations',
  'police_forces',
  'police_uk_slices',
  'police_uk_load_log',
  'street_crime_counts',
  'crime_outcome_counts',
  'stop_search_counts',
  'police_force_areas',
  'most_similar_groups',
  'ethnic_populations',
  'priority_eligible_categories',
  'standing_priorities',
  'priority_sets',
  'priority_choices',
  'inspection_programmes',
  'inspections',
  'inspection_judgments',
  'inspection_findings',
  'inspection_comparators',
  'finding_events',
  'finding_evidence',
  'finding_links',
  'neighbourhood_imports',
  'ward_posts',
  'ward_abstractions',
  'neighbourhood_minimums',
  'board_meetings',
  'board_attendees',
  'board_actions',
  'board_action_statuses',
  'published_reports',
];

/** Binary columns (evidence files) travel through a backup's JSON lines as base64. */
function encodeBinary(row: Row): Row {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      value instanceof Uint8Array ? { $base64: Buffer.from(value).toString('base64') } : value,
    ]),
  );
}

function decodeBinary(row: Row): Row {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => {
      const encoded = (value as { $base64?: unknown } | null)?.$base64;
      return [key, typeof encoded === 'string' ? Buffer.from(encoded, 'base64') : value];
    }),
  );
}

/** Rows in primary-key order; every table has an integer id. */
export async function readTable(db: Executor, table: TableName): Promise<Row[]> {
  const rows: Row[] = await db.selectFrom(table).selectAll().orderBy('id').execute();
  return rows.map(encodeBinary);
}

export async function countRows(db: Executor, table: TableName): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirst();
  return row?.count ?? 0;
}

/** A digest of a table's content that is the same on SQLite and PostgreSQL for the same rows. */
export function tableChecksum(rows: readonly Row[]): string {
  const hash = createHash('sha256');
  for (const row of rows) hash.update(`${canonicalJson(row)}\n`);
  return hash.digest('hex');
}

export async function insertRows(
  trx: Transaction<DatabaseSchema>,
  table: TableName,
  rows: readonly Row[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += 200) {
    await trx
      .insertInto(table)
      .values(rows.slice(start, start + 200).map(decodeBinary))
      .execute();
  }
}

/** After rows arrive with their ids, PostgreSQL's id sequences must continue after the largest. */
export async function resetIdSequences(trx: Transaction<DatabaseSchema>): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  for (const table of BACKUP_TABLES) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(
      trx,
    );
  }
}
