import type { Kysely } from 'kysely';
import { withIdColumn } from './columns.js';

/** What boroughs may choose, and what stands in every borough without being chosen. */
async function createCatalogue(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('priority_eligible_categories'))
    .addColumn('category_code', 'text', (col) => col.notNull().unique())
    .addColumn('position', 'integer', (col) => col.notNull())
    .execute();
  await withIdColumn(db, db.schema.createTable('standing_priorities'))
    .addColumn('code', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('category_code', 'text')
    .addColumn('measure_code', 'text')
    .addColumn('repeat_measure_code', 'text')
    .addColumn('polarity', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .execute();
}

/** A borough's set for a year; a change during the year is a new version, never an edit. */
async function createSets(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('priority_sets'))
    .addColumn('borough_code', 'text', (col) => col.notNull())
    .addColumn('financial_year', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('agreed_by', 'text', (col) => col.notNull())
    .addColumn('agreed_on', 'text', (col) => col.notNull())
    .addColumn('source', 'text')
    .addColumn('reason', 'text')
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'text', (col) => col.notNull())
    .addUniqueConstraint('priority_sets_unique', ['borough_code', 'financial_year', 'version'])
    .execute();
  await withIdColumn(db, db.schema.createTable('priority_choices'))
    .addColumn('priority_set_id', 'integer', (col) => col.notNull().references('priority_sets.id'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('category_code', 'text', (col) => col.notNull())
    .addColumn('qualifier', 'text')
    .execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await createCatalogue(db);
  await createSets(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['priority_choices', 'priority_sets', 'standing_priorities', 'priority_eligible_categories'])
    await db.schema.dropTable(table).execute();
}
