import { sql, type Kysely } from 'kysely';
import { withIdColumn } from './columns.js';

async function createTaxonomy(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('crime_categories'))
    .addColumn('code', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('parent_code', 'text')
    .addColumn('position', 'integer', (col) => col.notNull())
    .execute();
  // How each source's names map onto the taxonomy: data, so a renamed category is an edit, not a release.
  await withIdColumn(db, db.schema.createTable('crime_category_mappings'))
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('source_key', 'text', (col) => col.notNull())
    .addColumn('major', 'text')
    .addColumn('minor', 'text')
    .addColumn('crime_type', 'text')
    .addColumn('category_code', 'text', (col) => col.notNull())
    .addUniqueConstraint('crime_category_mappings_unique', ['source', 'source_key'])
    .execute();
}

async function createCrimeCounts(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('crime_imports'))
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('first_month', 'text', (col) => col.notNull())
    .addColumn('last_month', 'text', (col) => col.notNull())
    .addColumn('rows_read', 'integer', (col) => col.notNull())
    .addColumn('counts_written', 'integer', (col) => col.notNull())
    .addColumn('loaded_at', 'text', (col) => col.notNull())
    .addColumn('loaded_by', 'text', (col) => col.notNull())
    .execute();
  // Recorded offences by borough, taxonomy category and month: what crime measures add up.
  await withIdColumn(db, db.schema.createTable('crime_counts'))
    .addColumn('area_code', 'text', (col) => col.notNull())
    .addColumn('category_code', 'text', (col) => col.notNull())
    .addColumn('month', 'text', (col) => col.notNull())
    .addColumn('count', 'integer', (col) => col.notNull())
    .addColumn('import_id', 'integer', (col) => col.notNull().references('crime_imports.id'))
    .addUniqueConstraint('crime_counts_unique', ['area_code', 'category_code', 'month'])
    .execute();
  await db.schema
    .createIndex('crime_counts_category_idx')
    .on('crime_counts')
    .columns(['category_code', 'month'])
    .execute();
  // A reload that changes a count keeps the value it replaced.
  await withIdColumn(db, db.schema.createTable('crime_count_revisions'))
    .addColumn('area_code', 'text', (col) => col.notNull())
    .addColumn('category_code', 'text', (col) => col.notNull())
    .addColumn('month', 'text', (col) => col.notNull())
    .addColumn('old_count', 'integer', (col) => col.notNull())
    .addColumn('new_count', 'integer', (col) => col.notNull())
    .addColumn('import_id', 'integer', (col) => col.notNull().references('crime_imports.id'))
    .execute();
}

async function createMeasures(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('measures'))
    .addColumn('code', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('definition', 'text', (col) => col.notNull())
    .addColumn('unit', 'text', (col) => col.notNull())
    .addColumn('unit_words', 'text', (col) => col.notNull())
    .addColumn('polarity', 'text', (col) => col.notNull())
    .addColumn('frequency', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('area_kinds_json', 'text', (col) => col.notNull())
    .addColumn('breakdowns_json', 'text', (col) => col.notNull())
    .addColumn('target_json', 'text')
    .addColumn('crime_category', 'text')
    .addColumn('aims_json', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .execute();
  // Loading a value for a key already held supersedes the old row; nothing is overwritten.
  await withIdColumn(db, db.schema.createTable('observations'))
    .addColumn('measure_code', 'text', (col) => col.notNull())
    .addColumn('area_code', 'text', (col) => col.notNull())
    .addColumn('period', 'text', (col) => col.notNull())
    .addColumn('breakdown', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('value', 'double precision', (col) => col.notNull())
    .addColumn('numerator', 'double precision')
    .addColumn('denominator', 'double precision')
    .addColumn('sample_size', 'integer')
    .addColumn('design_effect', 'double precision')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('as_at', 'text')
    .addColumn('synthetic', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('loaded_at', 'text', (col) => col.notNull())
    .addColumn('superseded_at', 'text')
    .execute();
  await db.schema
    .createIndex('observations_current_unique')
    .on('observations')
    .columns(['measure_code', 'area_code', 'period', 'breakdown'])
    .unique()
    .where(sql.ref('superseded_at'), 'is', null)
    .execute();
  await withIdColumn(db, db.schema.createTable('populations'))
    .addColumn('area_code', 'text', (col) => col.notNull())
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('population', 'integer', (col) => col.notNull())
    .addUniqueConstraint('populations_unique', ['area_code', 'year'])
    .execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await createTaxonomy(db);
  await createCrimeCounts(db);
  await createMeasures(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = ['populations', 'observations', 'measures', 'crime_count_revisions', 'crime_counts', 'crime_imports'];
  for (const table of [...tables, 'crime_category_mappings', 'crime_categories'])
    await db.schema.dropTable(table).execute();
}
