import type { Kysely } from 'kysely';
import { withIdColumn } from './columns.js';

/**
 * The measures that show whether a finding's problem is fixed (the vetting backlog, offender
 * managers' caseloads), with who linked each and when. A measure is named by its code rather than
 * by a foreign key, as a plan's milestones are, so reloading the measure definitions keeps the links.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('finding_measures'))
    .addColumn('finding_id', 'integer', (col) => col.notNull().references('inspection_findings.id'))
    .addColumn('measure_code', 'text', (col) => col.notNull())
    .addColumn('linked_at', 'text', (col) => col.notNull())
    .addColumn('linked_by', 'text', (col) => col.notNull())
    .addUniqueConstraint('finding_measures_unique', ['finding_id', 'measure_code'])
    .execute();
  await db.schema.createIndex('finding_measures_measure_idx').on('finding_measures').column('measure_code').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('finding_measures').execute();
}
