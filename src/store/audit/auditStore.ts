import { sql, PostgresAdapter, type Transaction } from 'kysely';
import { chainAuditRecords, type AuditEntry, type AuditRecord } from '../../domain/audit/index.js';
import type { DatabaseSchema, Executor } from '../schema.js';

/**
 * Appends records to the chain inside the caller's transaction, so an entry exists exactly when
 * the change it describes does. On PostgreSQL a transaction-scoped lock keeps two Bluelamp
 * processes from linking onto the same tail; SQLite already lets one writer in at a time.
 */
export async function appendAuditRecords(
  trx: Transaction<DatabaseSchema>,
  records: readonly AuditRecord[],
): Promise<AuditEntry[]> {
  if (records.length === 0) return [];
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(hashtext('bluelamp_audit_entries'))`.execute(trx);
  }
  const tail = await trx
    .selectFrom('audit_entries')
    .select(['sequence', 'hash'])
    .orderBy('sequence', 'desc')
    .limit(1)
    .executeTakeFirst();
  const entries = chainAuditRecords(records, tail ?? null);
  // Batches keep each INSERT under SQLite's limit on bound parameters.
  for (let start = 0; start < entries.length; start += 500) {
    await trx
      .insertInto('audit_entries')
      .values(
        entries.slice(start, start + 500).map((entry) => ({
          sequence: entry.sequence,
          occurred_at: entry.occurredAt,
          actor: entry.actor,
          action: entry.action,
          entity_type: entry.entityType,
          entity_id: entry.entityId,
          before_json: entry.before === null || entry.before === undefined ? null : JSON.stringify(entry.before),
          after_json: entry.after === null || entry.after === undefined ? null : JSON.stringify(entry.after),
          reason: entry.reason,
          previous_hash: entry.previousHash,
          hash: entry.hash,
        })),
      )
      .execute();
  }
  return entries;
}

export interface AuditQuery {
  readonly entityType?: string | undefined;
  readonly entityId?: string | undefined;
}

/** Entries in chain order, optionally for one entity. */
export async function listAuditEntries(db: Executor, query: AuditQuery = {}): Promise<AuditEntry[]> {
  let select = db.selectFrom('audit_entries').selectAll().orderBy('sequence');
  if (query.entityType !== undefined) select = select.where('entity_type', '=', query.entityType);
  if (query.entityId !== undefined) select = select.where('entity_id', '=', query.entityId);
  const rows = await select.execute();
  return rows.map((row) => ({
    sequence: row.sequence,
    occurredAt: row.occurred_at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
    reason: row.reason,
    previousHash: row.previous_hash,
    hash: row.hash,
  }));
}
