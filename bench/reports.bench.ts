import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import type { QuarterlyReport } from '../src/domain/publishing/index.js';
import { htmlToPdf, renderQuarterlyDocx, renderQuarterlyHtml } from '../src/reports/index.js';
import {
  buildQuarterlyReport,
  getInspectionReadiness,
  listMilestones,
  loadDemoData,
  openServiceContext,
  type ServiceContext,
} from '../src/services/index.js';
import {
  findPlanVersions,
  listFindingLinks,
  listJudgments,
  listStoredFindings,
  listUpdatesOfPlan,
  loadPlanContent,
} from '../src/store/index.js';
import { loadOrganisationModel } from '../src/services/organisation/loadOrganisationModel.js';
import { getPublishedFile } from '../src/services/publishing/publishedFiles.js';
import { publishQuarterlyReport } from '../src/services/publishing/publishQuarterlyReport.js';
import { findPublishedReportFile } from '../src/store/index.js';
import { FULL_QUARTER, makeFullQuarter } from './fullQuarter.js';
import type { Benchmark } from './harness.js';

let ctx: ServiceContext;
let folder: string | undefined;
let report: QuarterlyReport;
let reportHtml = '';
let fullPlanId = 0;
let fullHtml = '';
let fullPublished = { report: '', version: 0 };

async function setUp(): Promise<void> {
  if (folder !== undefined) return;
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-bench-reports-'));
  ctx = await openServiceContext({ databaseUrl: `sqlite:${path.join(folder, 'bench.db')}` });
  await loadDemoData(ctx);
  report = await quarterOne();
  reportHtml = await renderQuarterlyHtml(report);
  fullPlanId = (await makeFullQuarter(ctx)).planId;
  fullHtml = await renderQuarterlyHtml(await fullQuarter());
  const published = await publishQuarterlyReport(ctx, FULL_QUARTER);
  fullPublished = { report: published.reportKey, version: published.version };
}

const fullQuarter = () => buildQuarterlyReport(ctx, FULL_QUARTER);

const quarterOne = () => buildQuarterlyReport(ctx, { plan: 'met-business-plan-2018-19', quarter: '2018-19 Q1' });

/**
 * Every row readiness is judged from, and nothing more: the inspection's findings and judgments,
 * their links, the two linked plans with their updates, and the organisation that names the leads.
 */
async function readReadinessRows(): Promise<unknown> {
  const db = ctx.store.db;
  const findings = await listStoredFindings(db, 1);
  await listJudgments(db, 1);
  await listFindingLinks(
    db,
    findings.map((f) => f.id),
  );
  for (const key of ['met-business-plan-2018-19', 'peel-2018-19-met-actions']) {
    const published = (await findPlanVersions(db, key)).filter((v) => v.state === 'published').at(-1);
    if (published !== undefined) await loadPlanContent(db, published.id);
    await listUpdatesOfPlan(db, key);
  }
  return loadOrganisationModel(ctx);
}

/** The smallest PDF Chromium makes: what starting the browser and printing costs before any content. */
const ONE_LINE = '<!doctype html><html lang="en"><title>t</title><p>One line.</p></html>';

/** The smallest Word document docx packs: what building and zipping a package costs before any content. */
const oneParagraphDocx = () =>
  Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('One paragraph.')] }] }));

export const benchmarks: Benchmark[] = [
  {
    name: 'quarterly progress report as HTML: Business Plan 2018-19, Q1 (SQLite)',
    goal: "under 25× the quarter's list in the tracker",
    setUp,
    baseline: {
      name: "listMilestones on the quarter's report",
      run: () => listMilestones(ctx, { planId: 2, reporting: '2018-19 Q1' }),
    },
    subject: {
      name: 'buildQuarterlyReport + renderQuarterlyHtml',
      run: async () => renderQuarterlyHtml(await quarterOne()),
    },
  },
  {
    name: 'quarterly progress report as PDF through Chromium: Business Plan 2018-19, Q1',
    goal: 'under 3× a one-line PDF',
    setUp,
    baseline: { name: 'htmlToPdf of one line', run: () => htmlToPdf(ONE_LINE) },
    subject: { name: 'htmlToPdf of the report', run: () => htmlToPdf(reportHtml) },
  },
  {
    name: 'quarterly progress report as HTML: a full quarter, 90 milestones with published updates (SQLite)',
    goal: 'under 200 ms',
    setUp,
    baseline: {
      name: "listMilestones on the quarter's report",
      run: () => listMilestones(ctx, { planId: fullPlanId, reporting: FULL_QUARTER.quarter }),
    },
    subject: {
      name: 'buildQuarterlyReport + renderQuarterlyHtml',
      run: async () => renderQuarterlyHtml(await fullQuarter()),
    },
  },
  {
    name: 'quarterly progress report as PDF through Chromium: a full quarter, 90 milestones',
    goal: 'under 2.5 s',
    setUp,
    baseline: { name: 'htmlToPdf of one line', run: () => htmlToPdf(ONE_LINE) },
    subject: { name: 'htmlToPdf of the report', run: () => htmlToPdf(fullHtml) },
  },
  {
    name: "published quarterly report's PDF, downloaded: a full quarter, 90 milestones (SQLite)",
    goal: 'under 2× reading its row (the file kept at publication, never printed again)',
    setUp,
    baseline: {
      name: 'read the kept file row',
      run: () =>
        findPublishedReportFile(ctx.store.db, {
          reportKey: fullPublished.report,
          version: fullPublished.version,
          format: 'pdf',
        }),
    },
    subject: { name: 'getPublishedFile', run: () => getPublishedFile(ctx, fullPublished, 'pdf') },
  },
  {
    name: 'quarterly progress report as DOCX: Business Plan 2018-19, Q1',
    goal: 'under 75× a one-paragraph DOCX',
    setUp,
    baseline: { name: 'docx packing a one-paragraph document', run: oneParagraphDocx },
    subject: {
      name: 'renderQuarterlyDocx of the report, with its contents page numbers',
      run: () => renderQuarterlyDocx(report),
    },
  },
  {
    name: 'readiness for re-inspection: PEEL 2018/19, per component (SQLite)',
    goal: 'under 4× reading the rows it is judged from',
    setUp,
    baseline: {
      name: 'read findings, judgments, links, the two linked plans and the organisation',
      run: readReadinessRows,
    },
    subject: {
      name: 'getInspectionReadiness',
      run: () => getInspectionReadiness(ctx, { inspection: 'peel-2018-19-met', on: '2020-10-01' }),
    },
  },
];
