import { createHash } from 'node:crypto';
import { sql, PostgresAdapter, type Transaction } from 'kysely';
import { canonicalJson } from '../../domain/audit/index.js';
import type { DatabaseSchema, Executor } from '../schema.js';

export type TableName = keyof DatabaseSchema;
export type Row = Record<string, unknown>;

/**
 * Every table a backup holds, parents before children, so a restore never breaks a foreign key.
 * Sessions, sign-in attempts and single sign-on hand-overs are passing state: a restored
 * database starts with none (TABLES_LEFT_OUT; a test checks the two lists cover the schema).
 */
export const BACKUP_TABLES: readonly TableName[] = [
  'org_units',
  'org_memberships',
  'audit_entries',
  'users',
  'user_scopes',
  // Only hashes, like passwords: a restore keeps analysts' tools working and revoked tokens revoked.
  'api_tokens',
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
  'finding_measures',
  'neighbourhood_imports',
  'ward_posts',
  'ward_abstractions',
  'neighbourhood_minimums',
  'boards',
  'board_meetings',
  'board_attendees',
  'board_actions',
  'board_action_statuses',
  'board_meeting_papers',
  'board_meeting_paper_files',
  'published_reports',
  'published_report_files',
  'notification_preferences',
  'notifications',
  'reporting_rules',
  'quarter_narratives',
  'risks',
  'risk_reviews',
  'risk_versions',
];

// A calendar feed's address is a secret of its holder's: after a restore, they make a new one.
// Data versions only tell caches apart; a restore raises them afresh (restoreDatabase).
export const TABLES_LEFT_OUT: readonly string[] = [
  'sessions',
  'sign_in_attempts',
  'sso_sign_ins',
  'calendar_feeds',
  'data_versions',
];

/** Binary columns (evidence files, published reports' PDF and Word files) travel through a backup's JSON lines as base64. */
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

/**
 * How many rows a backup reads at a time: enough to keep round trips few, few enough that a batch
 * of the widest rows stays a few megabytes. Evidence rows and published report files carry files
 * of a few megabytes each.
 */
export function readBatchSize(table: TableName): number {
  return table === 'update_evidence' || table === 'finding_evidence' || table === 'published_report_files' ? 2 : 500;
}

/**
 * A table's rows in primary-key order, a batch at a time (every table has an integer id). Inside
 * one transaction the batches are one consistent snapshot; the caller opens it.
 */
export async function* readTableBatches(
  db: Executor,
  table: TableName,
  batchSize = readBatchSize(table),
): AsyncGenerator<Row[]> {
  let after: unknown = null;
  for (;;) {
    let select = db.selectFrom(table).selectAll().orderBy('id').limit(batchSize);
    if (after !== null) select = select.where('id', '>', after as number);
    const rows: Row[] = await select.execute();
    if (rows.length > 0) yield rows.map(encodeBinary);
    if (rows.length < batchSize) return;
    after = rows.at(-1)?.id ?? null;
  }
}

/** Every row of a table in primary-key order, read in batches. For small tables and tests. */
export async function readTable(db: Executor, table: TableName): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const batch of readTableBatches(db, table)) rows.push(...batch);
  return rows;
}

export async function countRows(db: Executor, table: TableName): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirst();
  return row?.count ?? 0;
}

/**
 * A row in canonical JSON (keys sorted, as canonicalJson writes it), quickly: the rows of one
 * table share their keys, so the sorted order is worked out once per set of keys.
 */
class RowCanonicaliser {
  private readonly orders = new Map<string, readonly (readonly [string, string])[]>();

  text(row: Row): string {
    const keys = Object.keys(row);
    const signature = JSON.stringify(keys);
    let order = this.orders.get(signature);
    if (order === undefined) {
      order = [...keys].sort().map((key) => [key, `${JSON.stringify(key)}:`] as const);
      this.orders.set(signature, order);
    }
    let text = '';
    for (const [key, label] of order) {
      const value = row[key];
      if (value === undefined) continue;
      const json = value !== null && typeof value === 'object' ? canonicalJson(value) : JSON.stringify(value);
      text += text === '' ? `{${label}${json}` : `,${label}${json}`;
    }
    return text === '' ? '{}' : `${text}}`;
  }
}

/**
 * A digest of a table's content that is the same on SQLite and PostgreSQL for the same rows,
 * taken one row at a time so a table of any size is digested without being held.
 */
export class TableDigest {
  private readonly hash = createHash('sha256');
  private readonly canonical = new RowCanonicaliser();
  private count = 0;

  add(row: Row): void {
    this.hash.update(`${this.canonical.text(row)}\n`);
    this.count += 1;
  }

  get rows(): number {
    return this.count;
  }

  /** The hex digest; the digest can be taken once. */
  finish(): string {
    return this.hash.digest('hex');
  }
}

export function tableChecksum(rows: readonly Row[]): string {
  const digest = new TableDigest();
  for (const row of rows) digest.add(row);
  return digest.finish();
}

/** Reads a table back a batch at a time and digests it, to compare with what a backup says. */
export async function digestTable(db: Executor, table: TableName): Promise<{ rows: number; checksum: string }> {
  const digest = new TableDigest();
  for await (const batch of readTableBatches(db, table)) for (const row of batch) digest.add(row);
  return { rows: digest.rows, checksum: digest.finish() };
}

/** Rows per INSERT: under both databases' limits on bound parameters, whatever the width. */
function rowsPerInsert(rows: readonly Row[]): number {
  const columns = Math.max(1, Object.keys(rows[0] ?? {}).length);
  return Math.max(1, Math.min(500, Math.floor(16_000 / columns)));
}

export async function insertRows(
  trx: Transaction<DatabaseSchema>,
  table: TableName,
  rows: readonly Row[],
): Promise<void> {
  const size = rowsPerInsert(rows);
  for (let start = 0; start < rows.length; start += size) {
    await trx
      .insertInto(table)
      .values(rows.slice(start, start + size).map(decodeBinary))
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
