import { sql } from 'kysely';
import { BluelampProblem } from '../../domain/errors.js';
import type { Store } from '../database.js';

/** Tables whose rows, once written, stay as written: the application may only add to them. */
const INSERT_ONLY = ['audit_entries', 'published_reports', 'published_report_files'] as const;
/** Tables whose rows the application changes but never removes (a published one never changes either). */
const NEVER_DELETED = ['milestone_updates'] as const;
const MIGRATION_TABLES = ['kysely_migration', 'kysely_migration_lock'] as const;

const ROLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

async function checkRole(store: Store, role: string): Promise<void> {
  if (!ROLE_NAME.test(role)) {
    throw new BluelampProblem(
      'invalid-input',
      `"${role}" is not a PostgreSQL role name Bluelamp accepts (letters, digits, _).`,
      'role',
    );
  }
  const found = await sql<{ rolsuper: boolean; owner: string | null; current: string }>`
    select r.rolsuper, (select tableowner from pg_tables where tablename = 'audit_entries' and schemaname = current_schema()) as owner,
           current_user as current
    from pg_roles r where r.rolname = ${role}`.execute(store.db);
  const row = found.rows[0];
  if (row === undefined) {
    throw new BluelampProblem(
      'not-found',
      `There is no PostgreSQL role "${role}": create it first (create role ${role} login password '…').`,
      'role',
    );
  }
  // An owner or a superuser can grant itself anything back and switch the guards off: no limit holds.
  if (row.rolsuper || row.owner === role || row.current === role) {
    throw new BluelampProblem(
      'conflict',
      `The role "${role}" owns the tables, runs the migrations or is a superuser, so no limit would hold: the application needs a role of its own.`,
      'role',
    );
  }
}

/**
 * Gives the role Bluelamp runs as exactly what the application needs, and no more: it reads and
 * writes every table, but only adds to the audit trail and the published reports and their files, never deletes
 * a milestone update, truncates nothing, cannot change the schema or switch a trigger off (only
 * the owner can), and reads the migration tables only to see the schema is current. Run as the
 * owner after every migration, so new tables are covered. PostgreSQL only.
 */
export async function limitApplicationRole(store: Store, role: string): Promise<void> {
  if (store.dialect !== 'postgres') {
    throw new BluelampProblem(
      'invalid-input',
      'SQLite has no database roles: protect its file with file permissions instead (readable and writable by the Bluelamp account only).',
    );
  }
  await checkRole(store, role);
  const who = sql.id(role);
  await store.db.transaction().execute(async (trx) => {
    const schema = sql.id(
      (await sql<{ schema: string }>`select current_schema() as schema`.execute(trx)).rows[0]?.schema ?? 'public',
    );
    await sql`revoke all on all tables in schema ${schema} from ${who}`.execute(trx);
    await sql`revoke all on all sequences in schema ${schema} from ${who}`.execute(trx);
    await sql`grant usage on schema ${schema} to ${who}`.execute(trx);
    await sql`grant select, insert, update, delete on all tables in schema ${schema} to ${who}`.execute(trx);
    await sql`grant usage, select, update on all sequences in schema ${schema} to ${who}`.execute(trx);
    for (const table of INSERT_ONLY) await sql`revoke update, delete on ${sql.table(table)} from ${who}`.execute(trx);
    for (const table of NEVER_DELETED) await sql`revoke delete on ${sql.table(table)} from ${who}`.execute(trx);
    for (const table of MIGRATION_TABLES) {
      await sql`revoke insert, update, delete on ${sql.table(table)} from ${who}`.execute(trx);
    }
  });
}
