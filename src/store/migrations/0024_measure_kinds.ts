import type { Kysely } from 'kysely';

/**
 * A measure's kind: performance (judged against the plan), finance or workforce (the force's
 * resources, shown beside the milestones). Every measure held before this migration is a
 * performance measure, so the column defaults to that and needs no backfill.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('measures')
    .addColumn('kind', 'text', (col) => col.notNull().defaultTo('performance'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('measures').dropColumn('kind').execute();
}
