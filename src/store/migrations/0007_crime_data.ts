import type { CreateTableBuilder, Kysely } from 'kysely';
import { isPostgres, withIdColumn } from './columns.js';

/** A slice is what one police.uk file holds: one force, one month, one layout. */
async function createSlices(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('police_forces'))
    .addColumn('code', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .execute();
  await withIdColumn(db, db.schema.createTable('police_uk_slices'))
    .addColumn('force_code', 'text', (col) => col.notNull().references('police_forces.code'))
    .addColumn('month', 'text', (col) => col.notNull())
    .addColumn('layout', 'text', (col) => col.notNull())
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('size_bytes', 'bigint', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('rows_read', 'integer', (col) => col.notNull())
    .addColumn('rows_loaded', 'integer', (col) => col.notNull())
    // Rows placed outside the force's own local authorities, with no location, or in no authority.
    .addColumn('rows_out_of_area', 'integer', (col) => col.notNull())
    .addColumn('rows_no_location', 'integer', (col) => col.notNull())
    .addColumn('rows_unmapped_area', 'integer', (col) => col.notNull())
    .addColumn('problems_json', 'text', (col) => col.notNull())
    .addColumn('loaded_at', 'text', (col) => col.notNull())
    .addColumn('loaded_by', 'text', (col) => col.notNull())
    .addUniqueConstraint('police_uk_slices_unique', ['force_code', 'month', 'layout'])
    .execute();
  // Every attempt, refused ones too: the manifest an analyst checks after a national load.
  await withIdColumn(db, db.schema.createTable('police_uk_load_log'))
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('force_code', 'text')
    .addColumn('month', 'text')
    .addColumn('layout', 'text')
    .addColumn('size_bytes', 'bigint', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('rows_read', 'integer', (col) => col.notNull())
    .addColumn('rows_loaded', 'integer', (col) => col.notNull())
    .addColumn('outcome', 'text', (col) => col.notNull())
    .addColumn('problems_json', 'text', (col) => col.notNull())
    .addColumn('attempted_at', 'text', (col) => col.notNull())
    .addColumn('attempted_by', 'text', (col) => col.notNull())
    .execute();
}

/**
 * Aggregate rows are written by the million and never referenced: on SQLite their key is the
 * plain rowid, which skips AUTOINCREMENT's bookkeeping on every insert.
 */
function withRowIdColumn<T extends string>(
  db: Kysely<unknown>,
  table: CreateTableBuilder<T>,
): CreateTableBuilder<T, 'id'> {
  return isPostgres(db) ? withIdColumn(db, table) : table.addColumn('id', 'integer', (col) => col.primaryKey());
}

async function createAggregates(db: Kysely<unknown>): Promise<void> {
  await withRowIdColumn(db, db.schema.createTable('street_crime_counts'))
    .addColumn('slice_id', 'integer', (col) => col.notNull().references('police_uk_slices.id'))
    .addColumn('lsoa_code', 'text', (col) => col.notNull())
    .addColumn('local_authority', 'text', (col) => col.notNull())
    .addColumn('crime_type', 'text', (col) => col.notNull())
    .addColumn('last_outcome', 'text', (col) => col.notNull())
    .addColumn('crimes', 'integer', (col) => col.notNull())
    .execute();
  await withRowIdColumn(db, db.schema.createTable('crime_outcome_counts'))
    .addColumn('slice_id', 'integer', (col) => col.notNull().references('police_uk_slices.id'))
    .addColumn('lsoa_code', 'text', (col) => col.notNull())
    .addColumn('local_authority', 'text', (col) => col.notNull())
    .addColumn('outcome_type', 'text', (col) => col.notNull())
    .addColumn('outcomes', 'integer', (col) => col.notNull())
    .execute();
  await withRowIdColumn(db, db.schema.createTable('stop_search_counts'))
    .addColumn('slice_id', 'integer', (col) => col.notNull().references('police_uk_slices.id'))
    .addColumn('search_type', 'text', (col) => col.notNull())
    .addColumn('self_defined_ethnicity', 'text', (col) => col.notNull())
    .addColumn('officer_defined_ethnicity', 'text', (col) => col.notNull())
    .addColumn('gender', 'text', (col) => col.notNull())
    .addColumn('age_range', 'text', (col) => col.notNull())
    .addColumn('legislation', 'text', (col) => col.notNull())
    .addColumn('object_of_search', 'text', (col) => col.notNull())
    .addColumn('outcome', 'text', (col) => col.notNull())
    .addColumn('outcome_linked', 'text', (col) => col.notNull())
    .addColumn('searches', 'integer', (col) => col.notNull())
    .execute();
  for (const table of ['street_crime_counts', 'crime_outcome_counts', 'stop_search_counts'])
    await db.schema.createIndex(`${table}_slice_idx`).on(table).column('slice_id').execute();
}

/** What comparisons need beyond the files: each force's area, its peers, its people by ethnic group. */
async function createComparisons(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('police_force_areas'))
    .addColumn('force_code', 'text', (col) => col.notNull())
    .addColumn('local_authority', 'text', (col) => col.notNull())
    .addUniqueConstraint('police_force_areas_unique', ['force_code', 'local_authority'])
    .execute();
  await withIdColumn(db, db.schema.createTable('most_similar_groups'))
    .addColumn('force_code', 'text', (col) => col.notNull())
    .addColumn('peer_code', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addUniqueConstraint('most_similar_groups_unique', ['force_code', 'peer_code'])
    .execute();
  await withIdColumn(db, db.schema.createTable('ethnic_populations'))
    .addColumn('area_code', 'text', (col) => col.notNull())
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('ethnic_group', 'text', (col) => col.notNull())
    .addColumn('population', 'integer', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addUniqueConstraint('ethnic_populations_unique', ['area_code', 'year', 'ethnic_group'])
    .execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await createSlices(db);
  await createAggregates(db);
  await createComparisons(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = ['ethnic_populations', 'most_similar_groups', 'police_force_areas', 'stop_search_counts'];
  for (const table of [...tables, 'crime_outcome_counts', 'street_crime_counts', 'police_uk_load_log'])
    await db.schema.dropTable(table).execute();
  await db.schema.dropTable('police_uk_slices').execute();
  await db.schema.dropTable('police_forces').execute();
}
