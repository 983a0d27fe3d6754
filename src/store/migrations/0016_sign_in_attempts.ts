import { sql, type Kysely } from 'kysely';
import { withIdColumn } from './columns.js';

/**
 * Sign-in attempts replace sign-in failures. An attempt is written, and counted, before its
 * password is checked, so guesses fired in parallel cannot all pass a count taken before any of
 * them was recorded; it stays "pending" until the check settles it as failed or succeeded.
 *
 * Single sign-on links an account only when an administrator has marked it for single sign-on
 * with the e-mail address the force's provider must vouch for (sso_email).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('sign_in_attempts'))
    .addColumn('username', 'text', (col) => col.notNull())
    .addColumn('client', 'text', (col) => col.notNull())
    .addColumn('attempted_at', 'text', (col) => col.notNull())
    .addColumn('outcome', 'text', (col) => col.notNull().check(sql`outcome in ('pending', 'failed', 'succeeded')`))
    .execute();
  await db.schema
    .createIndex('sign_in_attempts_username_idx')
    .on('sign_in_attempts')
    .columns(['username', 'attempted_at'])
    .execute();
  await db.schema
    .createIndex('sign_in_attempts_client_idx')
    .on('sign_in_attempts')
    .columns(['client', 'attempted_at'])
    .execute();
  await db.schema.createIndex('sign_in_attempts_at_idx').on('sign_in_attempts').column('attempted_at').execute();
  // Failures were passing state (15 minutes' worth); nothing else reads them.
  await db.schema.dropTable('sign_in_failures').execute();

  await db.schema.alterTable('users').addColumn('sso_email', 'text').execute();
  await db.schema.createIndex('users_sso_email_unique').on('users').column('sso_email').unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('users_sso_email_unique').execute();
  await db.schema.alterTable('users').dropColumn('sso_email').execute();
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
  await db.schema.dropTable('sign_in_attempts').execute();
}
