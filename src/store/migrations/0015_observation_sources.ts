import { sql, type Kysely } from 'kysely';

/**
 * Observations carry their source (the document or dataset that published them) and the file
 * they were loaded from, and are kept per vintage: one current figure per source and as-at date,
 * so a later file with an older as-at sits beside the newer figure instead of replacing it.
 *
 * Figures loaded before this migration did not record a source. They are given their measure's
 * own declared source, which is also what a load without a named source assumes, so old and new
 * loads of the same figures are recognised as the same source.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('observations')
    .addColumn('source', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('observations').addColumn('loaded_from', 'text').execute();
  await sql`update observations set source = coalesce(
      (select m.source from measures m where m.code = observations.measure_code), '')
    where source = ''`.execute(db);
  await db.schema.dropIndex('observations_current_unique').execute();
  // An undated figure is one vintage of its source, so the null as-at is compared as ''.
  await sql`create unique index observations_vintage_current
    on observations (measure_code, area_code, period, breakdown, source, coalesce(as_at, ''))
    where superseded_at is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('observations_vintage_current').execute();
  await db.schema.alterTable('observations').dropColumn('loaded_from').execute();
  await db.schema.alterTable('observations').dropColumn('source').execute();
  await sql`create unique index observations_current_unique
    on observations (measure_code, area_code, period, breakdown)
    where superseded_at is null`.execute(db);
}
