import type { Kysely } from 'kysely';
import { withIdColumn } from './columns.js';

/** An inspection report: its programme, its judgments on pillars and components, and its findings. */
async function createInspections(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('inspection_programmes'))
    .addColumn('key', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('year', 'text', (col) => col.notNull())
    .addColumn('approach', 'text', (col) => col.notNull())
    .addColumn('mandatory_json', 'text', (col) => col.notNull())
    .execute();
  await withIdColumn(db, db.schema.createTable('inspections'))
    .addColumn('key', 'text', (col) => col.notNull().unique())
    .addColumn('programme_key', 'text', (col) => col.notNull().references('inspection_programmes.key'))
    .addColumn('force_code', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('published_on', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('loaded_at', 'text', (col) => col.notNull())
    .execute();
  // Pillars and components in one table: a component names its pillar as its parent.
  await withIdColumn(db, db.schema.createTable('inspection_judgments'))
    .addColumn('inspection_id', 'integer', (col) => col.notNull().references('inspections.id'))
    .addColumn('level', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('parent_key', 'text')
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('question', 'text')
    .addColumn('aliases_json', 'text', (col) => col.notNull())
    .addColumn('themes_json', 'text', (col) => col.notNull())
    .addColumn('grade', 'text', (col) => col.notNull())
    .addColumn('previous_grade', 'text')
    .addColumn('carried_forward', 'integer', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addUniqueConstraint('inspection_judgments_unique', ['inspection_id', 'key'])
    .execute();
}

/** Findings, recommendations among them (a recommendation names its cause of concern as parent). */
async function createFindings(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('inspection_findings'))
    .addColumn('inspection_id', 'integer', (col) => col.notNull().references('inspections.id'))
    .addColumn('ref', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('component_key', 'text', (col) => col.notNull())
    .addColumn('parent_ref', 'text')
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('parts_json', 'text', (col) => col.notNull())
    .addColumn('due_rule_json', 'text')
    .addColumn('due_on', 'text')
    .addColumn('owner_code', 'text')
    .addColumn('raised_in', 'text')
    .addColumn('prior_status', 'text')
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addUniqueConstraint('inspection_findings_unique', ['inspection_id', 'ref'])
    .execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await createInspections(db);
  await createFindings(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['inspection_findings', 'inspection_judgments', 'inspections', 'inspection_programmes'])
    await db.schema.dropTable(table).execute();
}
