import { sql, type Kysely } from 'kysely';
import { withIdColumn } from './columns.js';

/**
 * Reminders by e-mail and a calendar feed per person. A reminder is claimed by inserting its row
 * before the message goes out, and the row is unique per person, work item and kind of reminder,
 * so two processes (or two runs) can never both send it; a failed one is claimed again by the
 * next run. The feed token is kept only as a digest, like session tokens.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('email', 'text').execute();

  // Every table has an integer id, which backups read in order by.
  await withIdColumn(db, db.schema.createTable('notification_preferences'))
    .addColumn('user_id', 'integer', (col) => col.notNull().unique().references('users.id').onDelete('cascade'))
    .addColumn('digest', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('muted_kinds', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();

  await withIdColumn(db, db.schema.createTable('notifications'))
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('work_key', 'text', (col) => col.notNull())
    .addColumn('work_kind', 'text', (col) => col.notNull())
    .addColumn('reminder_kind', 'text', (col) => col.notNull())
    .addColumn('due_on', 'text')
    .addColumn('run_on', 'text', (col) => col.notNull())
    .addColumn('address', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('result', 'text', (col) => col.notNull().check(sql`result in ('sending', 'sent', 'failed')`))
    .addColumn('error', 'text')
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('attempted_at', 'text', (col) => col.notNull())
    .addColumn('sent_at', 'text')
    .addUniqueConstraint('notifications_once', ['user_id', 'work_key', 'reminder_kind'])
    .execute();
  await db.schema.createIndex('notifications_result_idx').on('notifications').column('result').execute();

  await withIdColumn(db, db.schema.createTable('calendar_feeds'))
    .addColumn('user_id', 'integer', (col) => col.notNull().unique().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('calendar_feeds').execute();
  await db.schema.dropTable('notifications').execute();
  await db.schema.dropTable('notification_preferences').execute();
  await db.schema.alterTable('users').dropColumn('email').execute();
}
