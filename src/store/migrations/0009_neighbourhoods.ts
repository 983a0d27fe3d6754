import { sql, type Kysely } from 'kysely';
import { withIdColumn } from './columns.js';

async function createImports(db: Kysely<unknown>): Promise<void> {
  // Each file loaded, so that the same abstractions file is never counted twice.
  await withIdColumn(db, db.schema.createTable('neighbourhood_imports'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('rows_read', 'integer', (col) => col.notNull())
    .addColumn('synthetic', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('loaded_at', 'text', (col) => col.notNull())
    .addColumn('loaded_by', 'text', (col) => col.notNull())
    .addCheckConstraint('neighbourhood_imports_kind_check', sql`kind in ('posts', 'abstractions')`)
    .execute();
}

async function createPosts(db: Kysely<unknown>): Promise<void> {
  // A ward's posts for a role as at a day. A later file for the same day supersedes the row and keeps it.
  await withIdColumn(db, db.schema.createTable('ward_posts'))
    .addColumn('ward_code', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('as_at', 'text', (col) => col.notNull())
    .addColumn('establishment', 'integer', (col) => col.notNull())
    .addColumn('actual', 'integer', (col) => col.notNull())
    .addColumn('synthetic', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('import_id', 'integer', (col) => col.notNull().references('neighbourhood_imports.id'))
    .addColumn('superseded_at', 'text')
    .addCheckConstraint('ward_posts_role_check', sql`role in ('dwo', 'pcso')`)
    .addCheckConstraint('ward_posts_counts_check', sql`establishment >= 0 and actual >= 0`)
    .execute();
  await db.schema
    .createIndex('ward_posts_current_unique')
    .on('ward_posts')
    .columns(['ward_code', 'role', 'as_at'])
    .unique()
    .where(sql.ref('superseded_at'), 'is', null)
    .execute();
}

async function createAbstractions(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('ward_abstractions'))
    .addColumn('ward_code', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('date', 'text', (col) => col.notNull())
    .addColumn('hours', 'double precision', (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('synthetic', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('import_id', 'integer', (col) => col.notNull().references('neighbourhood_imports.id'))
    .addCheckConstraint('ward_abstractions_role_check', sql`role in ('dwo', 'pcso')`)
    .addCheckConstraint('ward_abstractions_hours_check', sql`hours > 0 and hours <= 24`)
    .execute();
  await db.schema.createIndex('ward_abstractions_date_idx').on('ward_abstractions').column('date').execute();
}

async function createMinimums(db: Kysely<unknown>): Promise<void> {
  // Every minimum ever set; the latest is in force. None set means the plan's 2 DWOs and 1 PCSO.
  await withIdColumn(db, db.schema.createTable('neighbourhood_minimums'))
    .addColumn('dwo', 'integer', (col) => col.notNull())
    .addColumn('pcso', 'integer', (col) => col.notNull())
    .addColumn('set_at', 'text', (col) => col.notNull())
    .addColumn('set_by', 'text', (col) => col.notNull())
    .addColumn('reason', 'text')
    .execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await createImports(db);
  await createPosts(db);
  await createAbstractions(db);
  await createMinimums(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['neighbourhood_minimums', 'ward_abstractions', 'ward_posts', 'neighbourhood_imports'])
    await db.schema.dropTable(table).execute();
}
