import type { Kysely } from 'kysely';
import { withIdColumn } from './columns.js';

/**
 * Each plan's reporting rule: how many working days after a quarter ends its updates, reviews and
 * publication fall due. Keyed by the plan's key so that every version of a plan keeps the rule; a
 * plan without a row follows the default rule. The id is for backups, which read every table in id order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('reporting_rules'))
    .addColumn('plan_key', 'text', (col) => col.notNull().unique())
    .addColumn('updates_due_after', 'integer', (col) => col.notNull())
    .addColumn('review_due_after', 'integer', (col) => col.notNull())
    .addColumn('publish_after', 'integer', (col) => col.notNull())
    .addColumn('changed_at', 'text', (col) => col.notNull())
    .addColumn('changed_by', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('reporting_rules').execute();
}
