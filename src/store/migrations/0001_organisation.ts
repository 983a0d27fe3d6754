import { sql, type Kysely } from 'kysely';
import { withIdColumn } from './columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('org_units'))
    .addColumn('code', 'text', (col) => col.notNull().unique())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('lead_code', 'text')
    .addColumn('gss_code', 'text')
    .addColumn('go_live', 'text')
    .addColumn('pathfinder', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('sort_order', 'integer', (col) => col.notNull().defaultTo(0))
    .addCheckConstraint(
      'org_units_kind_check',
      sql`kind in ('force', 'business-group', 'unit', 'bcu', 'borough', 'airports', 'ward')`,
    )
    .execute();
  await db.schema.createIndex('org_units_kind_idx').on('org_units').column('kind').execute();

  await withIdColumn(db, db.schema.createTable('org_memberships'))
    .addColumn('unit_id', 'integer', (col) => col.notNull().references('org_units.id').onDelete('cascade'))
    .addColumn('parent_id', 'integer', (col) => col.notNull().references('org_units.id').onDelete('cascade'))
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .execute();
  await db.schema.createIndex('org_memberships_unit_idx').on('org_memberships').column('unit_id').execute();
  await db.schema.createIndex('org_memberships_parent_idx').on('org_memberships').column('parent_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('org_memberships').execute();
  await db.schema.dropTable('org_units').execute();
}
