import { sql, type Kysely } from 'kysely';
import { isPostgres, withIdColumn } from './columns.js';

async function createPlanTables(db: Kysely<unknown>): Promise<void> {
  // One row per version of a plan; the key ties the versions of one plan together.
  await withIdColumn(db, db.schema.createTable('plans'))
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('owner', 'text', (col) => col.notNull())
    .addColumn('first_year', 'text', (col) => col.notNull())
    .addColumn('last_year', 'text', (col) => col.notNull())
    .addColumn('summary', 'text')
    .addColumn('state', 'text', (col) => col.notNull().check(sql`state in ('draft', 'published', 'superseded')`))
    .addColumn('node_kinds_json', 'text', (col) => col.notNull())
    .addColumn('statuses_json', 'text', (col) => col.notNull())
    .addColumn('programmes_json', 'text', (col) => col.notNull())
    .addColumn('reporting_quarter', 'text')
    .addColumn('published_on', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('plans_key_version_unique', ['key', 'version'])
    .execute();

  await withIdColumn(db, db.schema.createTable('plan_nodes'))
    .addColumn('plan_id', 'integer', (col) => col.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('parent_id', 'integer', (col) => col.references('plan_nodes.id').onDelete('cascade'))
    .addColumn('ref', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('text', 'text')
    .addColumn('note', 'text')
    .addColumn('position', 'integer', (col) => col.notNull())
    .addUniqueConstraint('plan_nodes_ref_unique', ['plan_id', 'ref'])
    .execute();

  await withIdColumn(db, db.schema.createTable('milestones'))
    .addColumn('plan_id', 'integer', (col) => col.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('node_id', 'integer', (col) => col.notNull().references('plan_nodes.id').onDelete('cascade'))
    .addColumn('ref', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('due', 'text', (col) => col.notNull())
    .addColumn('programme', 'text')
    .addColumn('quantity', 'text')
    .addColumn('position', 'integer', (col) => col.notNull())
    .addUniqueConstraint('milestones_ref_unique', ['plan_id', 'ref'])
    .execute();

  await withIdColumn(db, db.schema.createTable('milestone_leads'))
    .addColumn('milestone_id', 'integer', (col) => col.notNull().references('milestones.id').onDelete('cascade'))
    .addColumn('unit_code', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addUniqueConstraint('milestone_leads_unique', ['milestone_id', 'unit_code'])
    .execute();

  await withIdColumn(db, db.schema.createTable('milestone_dependencies'))
    .addColumn('milestone_id', 'integer', (col) => col.notNull().references('milestones.id').onDelete('cascade'))
    .addColumn('depends_on_id', 'integer', (col) => col.notNull().references('milestones.id').onDelete('cascade'))
    .addUniqueConstraint('milestone_dependencies_unique', ['milestone_id', 'depends_on_id'])
    .execute();
}

async function createLinkTable(db: Kysely<unknown>): Promise<void> {
  // Links name their target by plan key and node ref, so they survive new versions of either plan.
  await withIdColumn(db, db.schema.createTable('plan_links'))
    .addColumn('plan_id', 'integer', (col) => col.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('source_node_id', 'integer', (col) => col.references('plan_nodes.id').onDelete('cascade'))
    .addColumn('source_milestone_id', 'integer', (col) => col.references('milestones.id').onDelete('cascade'))
    .addColumn('link_type', 'text', (col) => col.notNull())
    .addColumn('target_plan_key', 'text', (col) => col.notNull())
    .addColumn('target_node_ref', 'text', (col) => col.notNull())
    .execute();
}

async function createUpdateTables(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('milestone_updates'))
    .addColumn('milestone_id', 'integer', (col) => col.notNull().references('milestones.id').onDelete('cascade'))
    .addColumn('quarter', 'text', (col) => col.notNull())
    .addColumn('state', 'text', (col) =>
      col.notNull().check(sql`state in ('draft', 'submitted', 'returned', 'approved', 'published')`),
    )
    .addColumn('status_code', 'text', (col) => col.notNull())
    .addColumn('narrative', 'text', (col) => col.notNull())
    .addColumn('figures_json', 'text', (col) => col.notNull())
    .addColumn('revised_due', 'text')
    .addColumn('revision_reason', 'text')
    .addColumn('review_comment', 'text')
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.notNull())
    .addColumn('submitted_by', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('published_at', 'text')
    .addUniqueConstraint('milestone_updates_quarter_unique', ['milestone_id', 'quarter'])
    .execute();

  await withIdColumn(db, db.schema.createTable('update_evidence'))
    .addColumn('update_id', 'integer', (col) => col.notNull().references('milestone_updates.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('link', 'file')`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('url', 'text')
    .addColumn('file_name', 'text')
    .addColumn('media_type', 'text')
    .addColumn('size_bytes', 'integer')
    .addColumn('sha256', 'text')
    .addColumn('content', isPostgres(db) ? 'bytea' : 'blob')
    .addColumn('added_at', 'text', (col) => col.notNull())
    .addColumn('added_by', 'text', (col) => col.notNull())
    .execute();
}

/** A published update is part of the public record: the database refuses to change it. */
async function protectPublishedUpdates(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`create function bluelamp_published_update_frozen() returns trigger language plpgsql as $$
      begin
        if old.state = 'published' then raise exception 'published updates cannot change'; end if;
        return new;
      end $$`.execute(db);
    await sql`create trigger milestone_updates_frozen before update on milestone_updates
      for each row execute function bluelamp_published_update_frozen()`.execute(db);
  } else {
    await sql`create trigger milestone_updates_frozen before update on milestone_updates
      when old.state = 'published'
      begin select raise(abort, 'published updates cannot change'); end`.execute(db);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await createPlanTables(db);
  await createLinkTable(db);
  await createUpdateTables(db);
  await protectPublishedUpdates(db);
  await db.schema.createIndex('plan_nodes_plan_idx').on('plan_nodes').column('plan_id').execute();
  await db.schema.createIndex('milestones_plan_idx').on('milestones').column('plan_id').execute();
  await db.schema
    .createIndex('milestone_updates_milestone_idx')
    .on('milestone_updates')
    .column('milestone_id')
    .execute();
  await db.schema.createIndex('update_evidence_update_idx').on('update_evidence').column('update_id').execute();
  await db.schema
    .createIndex('plan_links_target_idx')
    .on('plan_links')
    .columns(['target_plan_key', 'target_node_ref'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const tables = ['update_evidence', 'milestone_updates', 'plan_links', 'milestone_dependencies', 'milestone_leads'];
  for (const table of [...tables, 'milestones', 'plan_nodes', 'plans']) await db.schema.dropTable(table).execute();
  if (isPostgres(db)) await sql`drop function if exists bluelamp_published_update_frozen()`.execute(db);
}
