import { sql, type Kysely } from 'kysely';
import { isPostgres, withIdColumn } from './columns.js';

/**
 * Published reports: each version a frozen snapshot of the rendered report and of the data it was
 * built from. The database itself refuses to change or remove a version once written, so no
 * route, command or bug can rewrite the public record; a correction is a new row.
 */
async function protectPublishedReports(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`create function bluelamp_published_report_frozen() returns trigger language plpgsql as $$
      begin raise exception 'published reports cannot change'; end $$`.execute(db);
    await sql`create trigger published_reports_frozen before update or delete on published_reports
      for each row execute function bluelamp_published_report_frozen()`.execute(db);
  } else {
    await sql`create trigger published_reports_no_update before update on published_reports
      begin select raise(abort, 'published reports cannot change'); end`.execute(db);
    await sql`create trigger published_reports_no_delete before delete on published_reports
      begin select raise(abort, 'published reports cannot change'); end`.execute(db);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('published_reports'))
    .addColumn('report_key', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('quarterly-progress', 'board-pack')`))
    .addColumn('version', 'integer', (col) => col.notNull().check(sql`version >= 1`))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('period', 'text', (col) => col.notNull())
    .addColumn('as_at', 'text', (col) => col.notNull())
    .addColumn('published_at', 'text', (col) => col.notNull())
    .addColumn('published_by', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('content_html', 'text', (col) => col.notNull())
    .addColumn('content_sha256', 'text', (col) => col.notNull())
    .addColumn('data_json', 'text', (col) => col.notNull())
    .addColumn('data_sha256', 'text', (col) => col.notNull())
    .addUniqueConstraint('published_reports_version_unique', ['report_key', 'version'])
    .execute();
  await protectPublishedReports(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('published_reports').execute();
  if (isPostgres(db)) await sql`drop function bluelamp_published_report_frozen()`.execute(db);
}
