import type { Kysely } from 'kysely';
import { isPostgres } from './columns.js';

/**
 * Evidence for a finding may be an uploaded file as well as a link, as evidence for a quarterly
 * update is: its checked name and type, its size and digest, and the bytes themselves. A link's
 * row leaves them empty. SQLite adds one column per statement, so each is its own.
 */
const COLUMNS = ['file_name', 'media_type', 'size_bytes', 'sha256', 'content'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const table = () => db.schema.alterTable('finding_evidence');
  await table().addColumn('file_name', 'text').execute();
  await table().addColumn('media_type', 'text').execute();
  await table().addColumn('size_bytes', 'integer').execute();
  await table().addColumn('sha256', 'text').execute();
  await table()
    .addColumn('content', isPostgres(db) ? 'bytea' : 'blob')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of [...COLUMNS].reverse()) {
    await db.schema.alterTable('finding_evidence').dropColumn(column).execute();
  }
}
