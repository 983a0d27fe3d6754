import { allowedFor, everyone, type MatrixEntry } from './authorisationOutcomes.js';

/**
 * The published reports' rows of the authorisation matrix. The matrix runs the routes in table
 * order, so the publishing routes come first and the reads find version 1 published.
 */
export const REPORT_MATRIX: Record<string, MatrixEntry> = {
  previewQuarterlyReport: {
    url: '/api/report-previews/quarterly?plan=met-business-plan-2018-19&quarter=2018-19-Q1',
    expected: allowedFor(['performance', 'admin']),
  },
  getReportPublicationSummary: {
    url: '/api/report-publications/quarterly?plan=met-business-plan-2018-19&quarter=2018-19-Q1',
    expected: allowedFor(['performance', 'admin']),
  },
  // The first caller allowed publishes version 1; the second, giving no note, is told a correction needs one.
  publishQuarterlyReport: {
    url: '/api/reports/quarterly',
    body: { plan: 'met-business-plan-2018-19', quarter: '2018-19-Q1' },
    expected: { ...allowedFor(['performance', 'admin']), admin: 400 },
  },
  listPublishedReports: { url: '/api/reports', expected: everyone(200) },
  getPublishedReportVersions: { url: '/api/reports/met-business-plan-2018-19-2018-19-q1', expected: everyone(200) },
  getPublishedReportData: {
    url: '/api/reports/met-business-plan-2018-19-2018-19-q1/versions/1',
    expected: everyone(200),
  },
  getPublishedReportHtml: {
    url: '/api/reports/met-business-plan-2018-19-2018-19-q1/versions/1/html',
    expected: everyone(200),
  },
  getPublishedReportDocx: {
    url: '/api/reports/met-business-plan-2018-19-2018-19-q1/versions/1/docx',
    expected: everyone(200),
  },
  // A version never published, so the matrix does not print fourteen PDFs: every caller gets past the permission check to the 404.
  getPublishedReportPdf: {
    url: '/api/reports/met-business-plan-2018-19-2018-19-q1/versions/99/pdf',
    expected: everyone(404),
  },
  getOpenDataReports: { url: '/api/open-data/reports', expected: everyone(200) },
  getOpenDataReport: {
    url: '/api/open-data/reports/met-business-plan-2018-19-2018-19-q1?format=csv&table=versions',
    expected: everyone(200),
  },
  // Board papers become public once published: the performance team publishes meeting 1's pack; the second caller, with no note, is told a correction needs one.
  publishBoardPack: {
    url: '/api/reports/board-packs',
    body: { meeting: 1 },
    expected: { ...allowedFor(['performance', 'admin']), admin: 400 },
  },
};
