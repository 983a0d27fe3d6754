import { sql, type Kysely } from 'kysely';
import { withIdColumn } from './columns.js';

/**
 * The force's response to findings: every change of state with who made it and why, the evidence
 * offered, and the milestones that act on a finding (actions created for it, or business-plan
 * milestones that already address it). Also the most similar group the report compares with.
 */
async function createResponseTables(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('finding_events'))
    .addColumn('finding_id', 'integer', (col) => col.notNull().references('inspection_findings.id'))
    .addColumn('happened_at', 'text', (col) => col.notNull())
    .addColumn('actor', 'text', (col) => col.notNull())
    .addColumn('from_state', 'text', (col) => col.notNull())
    .addColumn('to_state', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .execute();
  await withIdColumn(db, db.schema.createTable('finding_evidence'))
    .addColumn('finding_id', 'integer', (col) => col.notNull().references('inspection_findings.id'))
    .addColumn('event_id', 'integer', (col) => col.notNull().references('finding_events.id'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('url', 'text')
    .execute();
  await withIdColumn(db, db.schema.createTable('finding_links'))
    .addColumn('finding_id', 'integer', (col) => col.notNull().references('inspection_findings.id'))
    .addColumn('relation', 'text', (col) => col.notNull().check(sql`relation in ('action', 'addresses')`))
    .addColumn('plan_key', 'text', (col) => col.notNull())
    .addColumn('milestone_ref', 'text', (col) => col.notNull())
    .addColumn('linked_at', 'text', (col) => col.notNull())
    .addColumn('linked_by', 'text', (col) => col.notNull())
    .addUniqueConstraint('finding_links_unique', ['finding_id', 'plan_key', 'milestone_ref'])
    .execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await createResponseTables(db);
  await withIdColumn(db, db.schema.createTable('inspection_comparators'))
    .addColumn('inspection_id', 'integer', (col) => col.notNull().references('inspections.id'))
    .addColumn('force_code', 'text', (col) => col.notNull())
    .addColumn('force_name', 'text', (col) => col.notNull())
    .addColumn('pillar_grades_json', 'text', (col) => col.notNull())
    .addColumn('carried_forward', 'integer', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addUniqueConstraint('inspection_comparators_unique', ['inspection_id', 'force_code'])
    .execute();
  await db.schema.createIndex('finding_events_finding_idx').on('finding_events').column('finding_id').execute();
  await db.schema
    .createIndex('finding_links_plan_idx')
    .on('finding_links')
    .columns(['plan_key', 'milestone_ref'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['inspection_comparators', 'finding_links', 'finding_evidence', 'finding_events'])
    await db.schema.dropTable(table).execute();
}
