export type ReportKind = 'quarterly-progress' | 'board-pack';

export interface PublishedReportVersion {
  reportKey: string;
  kind: ReportKind;
  version: number;
  title: string;
  period: string;
  asAt: string;
  publishedAt: string;
  publishedBy: string;
  note: string | null;
  sha256: string;
}

export interface PublishedReport {
  reportKey: string;
  kind: ReportKind;
  title: string;
  period: string;
  versions: PublishedReportVersion[];
}
