import type { Executor } from '../schema.js';

export interface PublishedReportRow {
  readonly report_key: string;
  readonly kind: string;
  readonly version: number;
  readonly title: string;
  readonly period: string;
  readonly as_at: string;
  readonly published_at: string;
  readonly published_by: string;
  readonly note: string | null;
  readonly content_sha256: string;
  readonly data_sha256: string;
}

export interface PublishedReportContentRow extends PublishedReportRow {
  readonly content_html: string;
  readonly data_json: string;
}

const SUMMARY_COLUMNS = [
  'report_key',
  'kind',
  'version',
  'title',
  'period',
  'as_at',
  'published_at',
  'published_by',
  'note',
  'content_sha256',
  'data_sha256',
] as const;

/** Every version of every published report, without their content: newest publication first. */
export async function listPublishedReportRows(db: Executor, reportKey?: string): Promise<PublishedReportRow[]> {
  let query = db.selectFrom('published_reports').select(SUMMARY_COLUMNS);
  if (reportKey !== undefined) query = query.where('report_key', '=', reportKey);
  return query.orderBy('published_at', 'desc').orderBy('id', 'desc').execute();
}

export async function latestPublishedReportRow(db: Executor, reportKey: string): Promise<PublishedReportRow | null> {
  const row = await db
    .selectFrom('published_reports')
    .select(SUMMARY_COLUMNS)
    .where('report_key', '=', reportKey)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

export async function findPublishedReportContent(
  db: Executor,
  reportKey: string,
  version: number,
): Promise<PublishedReportContentRow | null> {
  const row = await db
    .selectFrom('published_reports')
    .select([...SUMMARY_COLUMNS, 'content_html', 'data_json'])
    .where('report_key', '=', reportKey)
    .where('version', '=', version)
    .executeTakeFirst();
  return row ?? null;
}

/** The only write there is: a new version. The database refuses updates and deletes. */
export async function insertPublishedReport(db: Executor, row: PublishedReportContentRow): Promise<void> {
  await db.insertInto('published_reports').values(row).execute();
}
