import type { Kysely } from 'kysely';

/**
 * The public summary of the force's response to a finding, and the day the performance team
 * published it. The response's own moves, notes and evidence stay internal; only this is public.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('inspection_findings').addColumn('public_summary', 'text').execute();
  await db.schema.alterTable('inspection_findings').addColumn('public_summary_on', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('inspection_findings').dropColumn('public_summary_on').execute();
  await db.schema.alterTable('inspection_findings').dropColumn('public_summary').execute();
}
