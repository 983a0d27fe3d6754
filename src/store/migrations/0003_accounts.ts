import type { Kysely } from 'kysely';
import { withIdColumn } from './columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('users'))
    .addColumn('username', 'text', (col) => col.notNull().unique())
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('oidc_subject', 'text', (col) => col.unique())
    .addColumn('disabled', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await withIdColumn(db, db.schema.createTable('user_scopes'))
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('org_unit_id', 'integer', (col) => col.notNull().references('org_units.id').onDelete('cascade'))
    .addUniqueConstraint('user_scopes_unique', ['user_id', 'org_unit_id'])
    .execute();

  // A session is found by the hash of its token: a copy of this table signs nobody in.
  await withIdColumn(db, db.schema.createTable('sessions'))
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_seen_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  // Failed sign-ins, counted across every Bluelamp process to slow down password guessing.
  await withIdColumn(db, db.schema.createTable('sign_in_failures'))
    .addColumn('username', 'text', (col) => col.notNull())
    .addColumn('client', 'text', (col) => col.notNull())
    .addColumn('failed_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('sign_in_failures_username_idx')
    .on('sign_in_failures')
    .columns(['username', 'failed_at'])
    .execute();
  await db.schema
    .createIndex('sign_in_failures_client_idx')
    .on('sign_in_failures')
    .columns(['client', 'failed_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['sign_in_failures', 'sessions', 'user_scopes', 'users'])
    await db.schema.dropTable(table).execute();
}
