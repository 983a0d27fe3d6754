import { sql, type Kysely } from 'kysely';
import { isPostgres, withIdColumn } from './columns.js';

/**
 * A published report's PDF and Word files, printed once when it is published (or at the first
 * download of a version published before), so the public is served the same bytes every time
 * and no download prints anything. Like the reports they belong to, the database refuses to
 * change, delete or (on PostgreSQL) truncate them.
 */
async function protectFiles(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`create function bluelamp_published_file_frozen() returns trigger language plpgsql as $$
      begin raise exception 'published report files cannot change'; end $$`.execute(db);
    await sql`create trigger published_report_files_frozen before update or delete on published_report_files
      for each row execute function bluelamp_published_file_frozen()`.execute(db);
    await sql`create trigger published_report_files_no_truncate before truncate on published_report_files
      for each statement execute function bluelamp_refuse_truncate()`.execute(db);
  } else {
    await sql`create trigger published_report_files_no_update before update on published_report_files
      begin select raise(abort, 'published report files cannot change'); end`.execute(db);
    await sql`create trigger published_report_files_no_delete before delete on published_report_files
      begin select raise(abort, 'published report files cannot change'); end`.execute(db);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await withIdColumn(db, db.schema.createTable('published_report_files'))
    .addColumn('report_key', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('format', 'text', (col) => col.notNull().check(sql`format in ('pdf', 'docx')`))
    .addColumn('content', isPostgres(db) ? 'bytea' : 'blob', (col) => col.notNull())
    .addColumn('content_sha256', 'text', (col) => col.notNull())
    .addColumn('rendered_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('published_report_files_unique', ['report_key', 'version', 'format'])
    .addForeignKeyConstraint('published_report_files_report', ['report_key', 'version'], 'published_reports', [
      'report_key',
      'version',
    ])
    .execute();
  await protectFiles(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('published_report_files').execute();
  if (isPostgres(db)) await sql`drop function bluelamp_published_file_frozen()`.execute(db);
}
