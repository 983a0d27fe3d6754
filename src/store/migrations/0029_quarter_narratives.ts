import { sql, type Kysely } from 'kysely';
import { isPostgres, withIdColumn } from './columns.js';

/**
 * A quarter's "other progress" on a chapter or section of a plan: the narrative the progress
 * report prints under the part's heading, beside its milestones. Keyed by the plan's key and the
 * part's ref, as updates are by a milestone's ref, so a new version of the plan keeps them. It
 * goes through the update workflow and, once published with its quarter, never changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('quarter_narratives'))
    .addColumn('plan_key', 'text', (col) => col.notNull())
    .addColumn('node_ref', 'text', (col) => col.notNull())
    .addColumn('quarter', 'text', (col) => col.notNull())
    .addColumn('state', 'text', (col) =>
      col.notNull().check(sql`state in ('draft', 'submitted', 'returned', 'approved', 'published')`),
    )
    .addColumn('narrative', 'text', (col) => col.notNull())
    .addColumn('review_comment', 'text')
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.notNull())
    .addColumn('submitted_by', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('published_at', 'text')
    .addUniqueConstraint('quarter_narratives_part_unique', ['plan_key', 'node_ref', 'quarter'])
    .execute();
  if (isPostgres(db)) {
    // The function 0005 made for published updates says the same thing of any row with a state.
    await sql`create trigger quarter_narratives_frozen before update on quarter_narratives
      for each row execute function bluelamp_published_update_frozen()`.execute(db);
  } else {
    await sql`create trigger quarter_narratives_frozen before update on quarter_narratives
      when old.state = 'published'
      begin select raise(abort, 'published narratives cannot change'); end`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('quarter_narratives').execute();
}
