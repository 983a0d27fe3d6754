import type { Kysely } from 'kysely';
import { withIdColumn } from './columns.js';

/**
 * The strategic risk register. A risk's lists (controls, actions, the boards that oversee it, the
 * milestones and findings it links to) are JSON text: they are read and written with the risk,
 * never queried alone. Milestones, findings and boards are named by key and ref, as finding
 * measures are, so reloading a plan or re-recording a meeting keeps the links. Every version of
 * a risk is kept whole in risk_versions, so the history page can show what each change did.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('risks'))
    .addColumn('ref', 'text', (col) => col.notNull().unique())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('owner', 'text', (col) => col.notNull())
    .addColumn('cause', 'text', (col) => col.notNull())
    .addColumn('consequence', 'text', (col) => col.notNull())
    .addColumn('inherent_likelihood', 'integer', (col) => col.notNull())
    .addColumn('inherent_impact', 'integer', (col) => col.notNull())
    .addColumn('residual_likelihood', 'integer', (col) => col.notNull())
    .addColumn('residual_impact', 'integer', (col) => col.notNull())
    .addColumn('treatment', 'text', (col) => col.notNull())
    .addColumn('controls', 'text', (col) => col.notNull())
    .addColumn('actions', 'text', (col) => col.notNull())
    .addColumn('boards', 'text', (col) => col.notNull())
    .addColumn('milestone_links', 'text', (col) => col.notNull())
    .addColumn('finding_links', 'text', (col) => col.notNull())
    .addColumn('score_note', 'text')
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.notNull())
    .execute();
  await withIdColumn(db, db.schema.createTable('risk_reviews'))
    .addColumn('risk_id', 'integer', (col) => col.notNull().references('risks.id'))
    .addColumn('meeting_id', 'integer', (col) => col.notNull())
    .addColumn('board', 'text', (col) => col.notNull())
    .addColumn('held_on', 'text', (col) => col.notNull())
    .addColumn('residual_likelihood', 'integer', (col) => col.notNull())
    .addColumn('residual_impact', 'integer', (col) => col.notNull())
    .addColumn('note', 'text', (col) => col.notNull())
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'text', (col) => col.notNull())
    .addUniqueConstraint('risk_reviews_unique', ['risk_id', 'meeting_id'])
    .execute();
  await db.schema.createIndex('risk_reviews_meeting_idx').on('risk_reviews').column('meeting_id').execute();
  await withIdColumn(db, db.schema.createTable('risk_versions'))
    .addColumn('risk_id', 'integer', (col) => col.notNull().references('risks.id'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('change', 'text', (col) => col.notNull())
    .addColumn('fields', 'text', (col) => col.notNull())
    .addColumn('changed_at', 'text', (col) => col.notNull())
    .addColumn('changed_by', 'text', (col) => col.notNull())
    .addUniqueConstraint('risk_versions_unique', ['risk_id', 'version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('risk_versions').execute();
  await db.schema.dropTable('risk_reviews').execute();
  await db.schema.dropTable('risks').execute();
}
