import {
  sql,
  PostgresAdapter,
  type Expression,
  type ExpressionBuilder,
  type Selectable,
  type SqlBool,
  type Transaction,
} from 'kysely';
import { addDays, type IsoDate } from '../../domain/calendar/index.js';
import { chainAuditRecords, type AuditEntry, type AuditRecord } from '../../domain/audit/index.js';
import type { DatabaseSchema, Executor } from '../schema.js';
import type { AuditEntryTable } from './tables.js';
import { readAuditAnchor } from './auditAnchorFile.js';
import { anchorSessionOf, type AnchorSession } from './anchoringDialect.js';

type Head = { readonly sequence: number; readonly hash: string };

/**
 * Whether the trail still holds the anchored entry. When it does not, someone removed or
 * rewrote entries since; the anchor then stays where it is, so "audit verify" keeps saying so
 * however many entries are written afterwards.
 */
async function trailHoldsAnchor(trx: Executor, session: AnchorSession, tail: Head | undefined): Promise<boolean> {
  const anchor = readAuditAnchor(session.settings.anchorFile);
  if (anchor === null || anchor.sequence === 0) return true;
  if (tail === undefined || tail.sequence < anchor.sequence) return false;
  if (tail.sequence === anchor.sequence) return tail.hash === anchor.hash;
  const anchored = await trx
    .selectFrom('audit_entries')
    .select('hash')
    .where('sequence', '=', anchor.sequence)
    .executeTakeFirst();
  return anchored?.hash === anchor.hash;
}

async function noteHead(trx: Executor, session: AnchorSession, tail: Head | undefined, head: Head): Promise<void> {
  // A second append in the same transaction extends a head already found sound.
  if (session.head !== null || (await trailHoldsAnchor(trx, session, tail))) session.head = head;
}

/**
 * Appends records to the chain inside the caller's transaction, so an entry exists exactly when
 * the change it describes does. On PostgreSQL a transaction-scoped lock keeps two Bluelamp
 * processes from linking onto the same tail; SQLite already lets one writer in at a time. The
 * entries are keyed when BLUELAMP_AUDIT_KEY is set, and the new head is anchored outside the
 * database once the transaction commits (anchoringDialect.ts).
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
  const session = await anchorSessionOf(trx);
  const entries = chainAuditRecords(records, tail ?? null, session?.settings.key ?? null);
  // Batches keep each INSERT under SQLite's limit on bound parameters.
  for (let start = 0; start < entries.length; start += 500) {
    await trx
      .insertInto('audit_entries')
      .values(entries.slice(start, start + 500).map(auditRowOfEntry))
      .execute();
  }
  const head = entries.at(-1);
  if (session !== null && head !== undefined) await noteHead(trx, session, tail, head);
  return entries;
}

/**
 * Anchors the trail as it stands when this transaction commits, whatever the anchor said before:
 * for a restore, or an operator accepting the trail after checking it.
 */
export async function anchorTrailOnCommit(trx: Transaction<DatabaseSchema>): Promise<void> {
  const session = await anchorSessionOf(trx);
  if (session === null) return;
  const tail = await trx
    .selectFrom('audit_entries')
    .select(['sequence', 'hash'])
    .orderBy('sequence', 'desc')
    .limit(1)
    .executeTakeFirst();
  session.head = tail ?? { sequence: 0, hash: '' };
  session.replace = true;
}

export interface AuditQuery {
  readonly entityType?: string | undefined;
  readonly entityId?: string | undefined;
}

/** What a page of the trail may be narrowed to, besides one entity: who, and between which days. */
export interface AuditFilter extends AuditQuery {
  readonly actor?: string | undefined;
  /** The first day, inclusive (ISO date, UTC as recorded). */
  readonly from?: IsoDate | undefined;
  /** The last day, inclusive. */
  readonly to?: IsoDate | undefined;
}

export interface AuditPage {
  readonly entries: AuditEntry[];
  /** How many entries the filter matches in all, for "51 to 100 of 1,234". */
  readonly total: number;
  /** How many of them are newer than this page, for its "51". */
  readonly newer: number;
}

function matching(filter: AuditFilter) {
  return (eb: ExpressionBuilder<DatabaseSchema, 'audit_entries'>) => {
    const conditions: Expression<SqlBool>[] = [];
    if (filter.entityType !== undefined) conditions.push(eb('entity_type', '=', filter.entityType));
    if (filter.entityId !== undefined) conditions.push(eb('entity_id', '=', filter.entityId));
    if (filter.actor !== undefined) conditions.push(eb('actor', '=', filter.actor));
    if (filter.from !== undefined) conditions.push(eb('occurred_at', '>=', filter.from));
    // Timestamps are ISO text, so "before the next day" takes in the whole of the last one.
    if (filter.to !== undefined) conditions.push(eb('occurred_at', '<', addDays(filter.to, 1)));
    return eb.and(conditions);
  };
}

/** Entries in chain order, optionally for one entity. */
export async function listAuditEntries(db: Executor, query: AuditQuery = {}): Promise<AuditEntry[]> {
  const rows = await db.selectFrom('audit_entries').selectAll().where(matching(query)).orderBy('sequence').execute();
  return rows.map(auditEntryOfRow);
}

/**
 * Up to `limit` entries a filter matches, newest first, older than the sequence `before` when
 * given, with how many match in all. Keyed on the sequence rather than an offset, so a change
 * recorded while someone pages neither repeats an entry nor skips one.
 */
export async function pageOfAuditEntries(
  db: Executor,
  filter: AuditFilter,
  page: { readonly before?: number | undefined; readonly limit: number },
): Promise<AuditPage> {
  const before = page.before;
  let select = db.selectFrom('audit_entries').selectAll().where(matching(filter));
  if (before !== undefined) select = select.where('sequence', '<', before);
  const rows = await select.orderBy('sequence', 'desc').limit(page.limit).execute();
  const counts = await db
    .selectFrom('audit_entries')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('total'),
      // The first page has nothing newer; a later one counts what came before its cursor.
      (before === undefined
        ? eb.lit(0)
        : eb.fn.count<number | string>('sequence').filterWhere('sequence', '>=', before)
      ).as('newer'),
    ])
    .where(matching(filter))
    .executeTakeFirstOrThrow();
  return { entries: rows.map(auditEntryOfRow), total: Number(counts.total), newer: Number(counts.newer) };
}

/** Every entry in chain order, read a batch at a time so a long trail is never held whole. */
export async function* auditEntriesInOrder(db: Executor, batchSize = 2000): AsyncGenerator<AuditEntry> {
  let after = Number.NEGATIVE_INFINITY;
  for (;;) {
    let select = db.selectFrom('audit_entries').selectAll().orderBy('sequence').limit(batchSize);
    if (after !== Number.NEGATIVE_INFINITY) select = select.where('sequence', '>', after);
    const rows = await select.execute();
    for (const row of rows) yield auditEntryOfRow(row);
    const last = rows.at(-1);
    if (last === undefined || rows.length < batchSize) return;
    after = last.sequence;
  }
}

/** A chained entry as its audit_entries row (without the id the database gives it). */
export function auditRowOfEntry(entry: AuditEntry) {
  return {
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
  };
}

/** An audit_entries row, as the database or a backup file holds it, as the chain's entry. */
export function auditEntryOfRow(row: Selectable<AuditEntryTable>): AuditEntry {
  return {
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
  };
}
