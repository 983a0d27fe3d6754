import { isUniqueViolation } from '../constraintErrors.js';
import type { Executor } from '../schema.js';

export type PublishedFileFormat = 'pdf' | 'docx';

export interface PublishedReportFileRow {
  readonly report_key: string;
  readonly version: number;
  readonly format: PublishedFileFormat;
  readonly content: Buffer;
  readonly content_sha256: string;
  readonly rendered_at: string;
}

export async function findPublishedReportFile(
  db: Executor,
  key: { readonly reportKey: string; readonly version: number; readonly format: PublishedFileFormat },
): Promise<PublishedReportFileRow | null> {
  const row = await db
    .selectFrom('published_report_files')
    .select(['report_key', 'version', 'format', 'content', 'content_sha256', 'rendered_at'])
    .where('report_key', '=', key.reportKey)
    .where('version', '=', key.version)
    .where('format', '=', key.format)
    .executeTakeFirst();
  if (row === undefined) return null;
  // SQLite hands blobs back as Uint8Array; callers send and hash a Buffer either way.
  return { ...row, format: row.format as PublishedFileFormat, content: Buffer.from(row.content) };
}

/**
 * Keeps a rendered file. Two first downloads may render the same file at once: the first stored
 * wins, and the one returned is the one the database holds, so every reader gets the same bytes.
 */
export async function insertPublishedReportFile(
  db: Executor,
  row: PublishedReportFileRow,
): Promise<PublishedReportFileRow> {
  try {
    await db.insertInto('published_report_files').values(row).execute();
    return row;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const held = await findPublishedReportFile(db, {
      reportKey: row.report_key,
      version: row.version,
      format: row.format,
    });
    if (held === null) throw error;
    return held;
  }
}
