import { sql } from 'kysely';
import type { Store } from '../database.js';
import type { Executor } from '../schema.js';

/** A scope's version: a counter and when it last moved. A scope never changed is version 0. */
export interface DataVersion {
  readonly version: number;
  readonly changedAt: string | null;
}

/**
 * Raises a scope's version. Call it inside the transaction that makes the change, so the new
 * version and the new data commit together and no reader sees one without the other.
 */
export async function bumpDataVersion(trx: Executor, scope: string, now = new Date()): Promise<void> {
  await trx
    .insertInto('data_versions')
    .values({ scope, version: 1, changed_at: now.toISOString() })
    .onConflict((conflict) =>
      conflict.column('scope').doUpdateSet({
        version: sql<number>`data_versions.version + 1`,
        changed_at: (eb) => eb.ref('excluded.changed_at'),
      }),
    )
    .execute();
}

/** One lookup by primary key: cheap enough to make on every request. */
export async function readDataVersion(db: Executor, scope: string): Promise<DataVersion> {
  const row = await db
    .selectFrom('data_versions')
    .select(['version', 'changed_at'])
    .where('scope', '=', scope)
    .executeTakeFirst();
  return row === undefined ? { version: 0, changedAt: null } : { version: row.version, changedAt: row.changed_at };
}

type SqliteConnection = NonNullable<Store['sideReader']> extends () => infer C ? C : never;
const statements = new WeakMap<SqliteConnection, ReturnType<SqliteConnection['prepare']>>();

/**
 * The version as the store's side reader sees it where it has one (SQLite: a statement prepared
 * once, on a connection no write transaction holds), and through the main connection otherwise.
 */
export async function readStoreDataVersion(store: Store, scope: string): Promise<DataVersion> {
  if (store.sideReader === undefined) return readDataVersion(store.db, scope);
  const reader = store.sideReader();
  let statement = statements.get(reader);
  if (statement === undefined) {
    statement = reader.prepare('select version, changed_at from data_versions where scope = ?');
    statements.set(reader, statement);
  }
  const row = statement.get(scope) as { version: number; changed_at: string } | undefined;
  return row === undefined ? { version: 0, changedAt: null } : { version: row.version, changedAt: row.changed_at };
}
