import {
  openDataTable,
  openDataView,
  REPORT_KIND_LABELS,
  type OpenDataView,
  type PublishedReport,
  type PublishedReportVersion,
} from '../../../domain/publishing/index.js';
import { authorise } from '../../authorise.js';
import type { ServiceContext } from '../../context.js';
import { listPublishedReports } from '../reportVersions.js';
import { dayWords, HOME, REPORTS } from './publicContext.js';

export function reportPath(reportKey: string): string {
  return `${REPORTS.path}/${encodeURIComponent(reportKey)}`;
}

/** Where a version's files are: the API serves them, frozen. */
function filePath(version: PublishedReportVersion, format: 'html' | 'pdf' | 'docx'): string {
  return `/api/reports/${encodeURIComponent(version.reportKey)}/versions/${version.version}/${format}`;
}

const FROZEN_NOTE =
  'A published report never changes. A correction is published as a new version with a note saying what it corrects, and every earlier version stays here as it was.';

/** /public/reports: every published report, its latest version first among its kind. */
export async function buildReportsView(ctx: ServiceContext): Promise<OpenDataView> {
  authorise(ctx, 'reports.read');
  const reports = await listPublishedReports(ctx);
  const table = openDataTable(
    {
      name: 'reports',
      caption: reports.length === 1 ? '1 published report' : `${reports.length} published reports`,
      columns: [
        { key: 'report', label: 'Report' },
        { key: 'kind', label: 'Kind' },
        { key: 'period', label: 'Period' },
        { key: 'latestVersion', label: 'Latest version', numeric: true },
        { key: 'lastPublishedOn', label: 'Last published on' },
      ],
    },
    reports.map((report) => {
      const latest = report.versions[0];
      return {
        cells: {
          report: report.title,
          kind: REPORT_KIND_LABELS[report.kind],
          period: report.period,
          latestVersion: latest?.version ?? null,
          lastPublishedOn: dayWords(latest?.publishedAt ?? null),
        },
        links: { report: reportPath(report.reportKey) },
      };
    }),
  );
  return openDataView({
    path: REPORTS.path,
    title: 'Published reports',
    lead: 'The quarterly progress reports and the board packs the force has published, each with every version it has had.',
    notes: [FROZEN_NOTE],
    trail: [HOME],
    tables: [table],
  });
}

function versionsTable(report: PublishedReport) {
  return openDataTable(
    {
      name: 'versions',
      caption: report.versions.length === 1 ? '1 version' : `${report.versions.length} versions`,
      columns: [
        { key: 'version', label: 'Version' },
        { key: 'publishedOn', label: 'Published on' },
        { key: 'asAt', label: 'As at' },
        { key: 'correction', label: 'Correction note', long: true },
        { key: 'pdf', label: 'PDF' },
        { key: 'word', label: 'Word' },
      ],
    },
    report.versions.map((version) => {
      const word = version.kind === 'quarterly-progress';
      return {
        cells: {
          version: `Version ${version.version}`,
          publishedOn: dayWords(version.publishedAt),
          asAt: dayWords(version.asAt),
          correction: version.note,
          pdf: 'PDF',
          word: word ? 'Word' : null,
        },
        links: {
          version: filePath(version, 'html'),
          pdf: filePath(version, 'pdf'),
          ...(word ? { word: filePath(version, 'docx') } : {}),
        },
      };
    }),
  );
}

/** /public/reports/{key}: one report's versions, each readable as published. */
export async function buildReportView(ctx: ServiceContext, input: { report: string }): Promise<OpenDataView> {
  authorise(ctx, 'reports.read');
  const [report] = await listPublishedReports(ctx, { report: input.report });
  if (report === undefined) throw new Error('listPublishedReports answers one report or a problem');
  return openDataView({
    path: reportPath(report.reportKey),
    title: report.title,
    lead: `${REPORT_KIND_LABELS[report.kind]} for ${report.period}. Each version opens as it was published; the PDF is printed from it.`,
    highlights:
      report.versions.length > 1 ? [`Corrected: version ${report.versions[0]?.version ?? ''} is the latest.`] : [],
    notes: [
      FROZEN_NOTE,
      ...report.versions.map((v) => `SHA-256 of version ${v.version} as published (its HTML): ${v.sha256}.`),
    ],
    trail: [HOME, REPORTS],
    tables: [versionsTable(report)],
  });
}

/** The public pages of the published reports, for the site's list of every page. */
export async function listReportPaths(ctx: ServiceContext): Promise<string[]> {
  const reports = await listPublishedReports(ctx);
  return [REPORTS.path, ...reports.map((report) => reportPath(report.reportKey))];
}
