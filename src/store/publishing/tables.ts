import type { Generated } from 'kysely';

/** The published reports table as Kysely sees it (migration 0013): rows are only ever inserted. */
export interface PublishedReportTable {
  id: Generated<number>;
  report_key: string;
  kind: string;
  version: number;
  title: string;
  period: string;
  as_at: string;
  published_at: string;
  published_by: string;
  note: string | null;
  content_html: string;
  content_sha256: string;
  data_json: string;
  data_sha256: string;
}

/** A published version's PDF or Word file (migration 0019): rendered once, only ever inserted. */
export interface PublishedReportFileTable {
  id: Generated<number>;
  report_key: string;
  version: number;
  format: string;
  content: Buffer;
  content_sha256: string;
  rendered_at: string;
}

export interface PublishingTables {
  published_reports: PublishedReportTable;
  published_report_files: PublishedReportFileTable;
}
