import { sql, type Kysely } from 'kysely';

/**
 * The force's own areas in crime data. A unit may go by other names in data files (the airports
 * area is "London Heathrow and London City Airports" in one MPS file and "Aviation Security
 * (SO18)" in another), kept as a JSON array of names; and a unit may be part of the force total
 * (London's total is its boroughs and the airports area, as the Met publishes it). Boroughs and
 * the airports area of a database made before this migration are marked so, which is what their
 * kinds meant until now, and its airports area gets the names the MPS files give it. An import
 * also keeps a digest of its counts (see countsStillHeld), so that a file loaded again need not be
 * compared count by count.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('org_units')
    .addColumn('aliases', 'text', (col) => col.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('org_units')
    .addColumn('in_force_total', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await sql`update org_units set in_force_total = 1 where kind in ('borough', 'airports')`.execute(db);
  // The airports kind is the MPS's area; these are the names its files give it.
  const names = JSON.stringify(['London Heathrow and London City Airports', 'Aviation Security (SO18)']);
  await sql`update org_units set aliases = ${names} where kind = 'airports'`.execute(db);
  await db.schema
    .alterTable('crime_imports')
    .addColumn('counts_sha256', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('crime_imports_counts_sha256_idx').on('crime_imports').column('counts_sha256').execute();
  await db.schema
    .createIndex('crime_count_revisions_import_idx')
    .on('crime_count_revisions')
    .column('import_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('crime_count_revisions_import_idx').execute();
  await db.schema.dropIndex('crime_imports_counts_sha256_idx').execute();
  await db.schema.alterTable('crime_imports').dropColumn('counts_sha256').execute();
  await db.schema.alterTable('org_units').dropColumn('in_force_total').execute();
  await db.schema.alterTable('org_units').dropColumn('aliases').execute();
}
