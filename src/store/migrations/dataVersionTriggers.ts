import { sql, type Kysely } from 'kysely';
import { isPostgres } from './columns.js';

/**
 * One scope of data_versions and the tables whose writes raise it. The stem names the triggers
 * (`<table>_<stem>…`) and, on PostgreSQL, the function and the per-transaction flag they share.
 */
export interface VersionedScope {
  readonly scope: string;
  readonly stem: string;
  /** Every insert, update and delete of these tables raises the scope. */
  readonly tables: readonly string[];
  /** Only rows that are or were published (state = 'published') raise the scope. */
  readonly publishedStateTables?: readonly string[];
}

const EVENTS = ['insert', 'update', 'delete'] as const;

/** The condition on a published-state row, per event, in either dialect's trigger syntax. */
const PUBLISHED_WHEN = {
  insert: `new.state = 'published'`,
  update: `old.state = 'published' or new.state = 'published'`,
  delete: `old.state = 'published'`,
} as const;

/** SQLite has no deferred triggers: each row raises the version, inside the writing transaction. */
async function createSqliteTriggers(db: Kysely<unknown>, versioned: VersionedScope): Promise<void> {
  const bump = sql.raw(`insert into data_versions (scope, version, changed_at)
      values ('${versioned.scope}', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      on conflict (scope) do update set version = version + 1, changed_at = excluded.changed_at;`);
  const stateful = new Set(versioned.publishedStateTables ?? []);
  for (const table of [...versioned.tables, ...stateful]) {
    for (const event of EVENTS) {
      const when = stateful.has(table) ? `when ${PUBLISHED_WHEN[event]}` : '';
      await sql`create trigger ${sql.id(`${table}_${versioned.stem}_${event}`)} after ${sql.raw(event)} on ${sql.table(table)}
        ${sql.raw(when)} begin ${bump} end`.execute(db);
    }
  }
}

/**
 * On PostgreSQL the version is raised when the transaction commits (a deferred trigger), once
 * per transaction, so a long load does not hold the version's row locked while it runs.
 */
async function createPostgresTriggers(db: Kysely<unknown>, versioned: VersionedScope): Promise<void> {
  const flag = sql.lit(`bluelamp.${versioned.stem}_changed`);
  await sql`create function ${sql.id(`bluelamp_${versioned.stem}_changed`)}() returns trigger language plpgsql as $$
    begin
      if coalesce(current_setting(${flag}, true), '') <> 'yes' then
        perform set_config(${flag}, 'yes', true);
        insert into data_versions (scope, version, changed_at)
          values (${sql.lit(versioned.scope)}, 1, to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
          on conflict (scope) do update set version = data_versions.version + 1, changed_at = excluded.changed_at;
      end if;
      return null;
    end $$`.execute(db);
  const changed = sql.id(`bluelamp_${versioned.stem}_changed`);
  for (const table of versioned.tables) {
    await sql`create constraint trigger ${sql.id(`${table}_${versioned.stem}`)} after insert or update or delete
      on ${sql.table(table)} deferrable initially deferred
      for each row execute function ${changed}()`.execute(db);
  }
  for (const table of versioned.publishedStateTables ?? []) {
    for (const event of EVENTS) {
      await sql`create constraint trigger ${sql.id(`${table}_${versioned.stem}_${event}`)} after ${sql.raw(event)}
        on ${sql.table(table)} deferrable initially deferred
        for each row when (${sql.raw(PUBLISHED_WHEN[event])}) execute function ${changed}()`.execute(db);
    }
  }
}

/** Makes every write to the scope's tables raise its version in the writing transaction. */
export async function createVersionTriggers(db: Kysely<unknown>, versioned: VersionedScope): Promise<void> {
  if (isPostgres(db)) await createPostgresTriggers(db, versioned);
  else await createSqliteTriggers(db, versioned);
}

export async function dropVersionTriggers(db: Kysely<unknown>, versioned: VersionedScope): Promise<void> {
  const stateful = versioned.publishedStateTables ?? [];
  if (isPostgres(db)) {
    for (const table of versioned.tables)
      await sql`drop trigger ${sql.id(`${table}_${versioned.stem}`)} on ${sql.table(table)}`.execute(db);
    for (const table of stateful) {
      for (const event of EVENTS) {
        await sql`drop trigger ${sql.id(`${table}_${versioned.stem}_${event}`)} on ${sql.table(table)}`.execute(db);
      }
    }
    await sql`drop function ${sql.id(`bluelamp_${versioned.stem}_changed`)}()`.execute(db);
    return;
  }
  // SQLite drops a table's triggers with the table; those on tables that stay go here.
  for (const table of [...versioned.tables, ...stateful]) {
    for (const event of EVENTS) {
      await sql`drop trigger if exists ${sql.id(`${table}_${versioned.stem}_${event}`)}`.execute(db);
    }
  }
}
