import type { ResponseOf } from '../shared/apiTypes.js';

export type PublishedReport = ResponseOf<'listPublishedReports'>[number];
export type PublishedReportVersion = PublishedReport['versions'][number];
export type ReportKind = PublishedReport['kind'];
