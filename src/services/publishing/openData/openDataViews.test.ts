import { beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../../test/support/demoContext.js';
import { openDataProblems, tableGrid, type OpenDataView } from '../../../domain/publishing/index.js';
import { parseCsv, restoreCsvCell } from '../../../ingest/index.js';
import { buildBoardPapersView, buildMeetingPapersView } from '../../board/publicPaperPages.js';
import { saveMilestoneUpdate } from '../../plans/saveMilestoneUpdate.js';
import { submitMilestoneUpdate } from '../../plans/submitMilestoneUpdate.js';
import { listPlans } from '../../plans/listPlans.js';
import { buildHomeView } from './homePage.js';
import { buildInspectionsView, buildInspectionView } from './inspectionPages.js';
import { buildMeasuresView, buildMeasureView } from './measurePages.js';
import { openDataCsvText } from './openDataFiles.js';
import { buildPlansView, buildPlanView } from './planPages.js';
import { buildPrioritiesView, buildPriorityCategoryView } from './priorityPages.js';
import { buildAllProgressView, buildProgressView, buildQuarterProgressView } from './progressPages.js';
import { listPublicPages } from './publicPages.js';
import { buildReportsView, buildReportView } from './reportPages.js';

const PLAN = 'met-business-plan-2018-19';

function table(view: OpenDataView, name: string) {
  const found = view.tables.find((t) => t.name === name);
  if (found === undefined) throw new Error(`${view.path} has no table ${name}`);
  return found;
}

function rowWith(view: OpenDataView, tableName: string, column: string, value: string) {
  return table(view, tableName).rows.find((row) => row[column] === value);
}

describeWithDemoData('the public transparency site’s pages', (ctx) => {
  beforeAll(async () => {
    // Work in progress that the public must never see: a submitted (not yet published) Q2 update.
    const plan = (await listPlans(ctx())).plans.find((p) => p.key === PLAN && p.state === 'published');
    const saved = await saveMilestoneUpdate(ctx(), {
      planId: plan?.id ?? 0,
      ref: 'BP18-65',
      quarter: '2018-19 Q2',
      version: 0,
      statusCode: 'some-delay',
      narrative: 'Unpublished narrative the public must not read.',
    });
    await submitMilestoneUpdate(ctx(), { updateId: saved.id, version: saved.version });
  });

  it('lists only published plans, never the draft 2011-14 plan, even when a signed-in person asks', async () => {
    const view = await buildPlansView(ctx());
    const titles = table(view, 'plans').rows.map((row) => row.plan);
    expect(titles).toContain('Metropolitan Police Service Business Plan 2018-19');
    expect(titles).toContain('Police and Crime Plan 2017-21');
    expect(JSON.stringify(view)).not.toContain('2011-14');
    await expect(buildPlanView(ctx(), { plan: 'policing-london-business-plan-2011-14' })).rejects.toMatchObject({
      kind: 'not-found',
    });
  });

  it("shows a plan's tree with refs, due dates and leads", async () => {
    const view = await buildPlanView(ctx(), { plan: PLAN });
    expect(view.path).toBe(`/public/plans/${PLAN}`);
    const milestone = rowWith(view, 'plan', 'ref', 'BP18-05');
    expect(milestone).toMatchObject({
      kind: 'Milestone',
      title: 'Launch the Violent Crime Task Force',
      due: 'Quarter 1, 2018-19',
    });
    expect(milestone?.leads).toContain('Met Operations');
    expect(milestone?.status).toBe('✓ Delivered (Quarter 1, 2018-19)');
  });

  it('gives Quarter 1 2018-19 with BP18-05 delivered, and nothing of the unpublished Quarter 2', async () => {
    const progress = await buildProgressView(ctx(), { plan: PLAN });
    expect(table(progress, 'quarters').rows).toEqual([
      { quarter: 'Quarter 1, 2018-19', delivered: 6, none: 0, total: 6 },
    ]);
    const q1 = await buildQuarterProgressView(ctx(), { plan: PLAN, quarter: '2018-19-Q1' });
    expect(q1.path).toBe(`/public/plans/${PLAN}/progress/2018-19-Q1`);
    expect(rowWith(q1, 'milestones', 'ref', 'BP18-05')).toMatchObject({
      status: '✓ Delivered',
      reason: 'Due this quarter',
      narrative: expect.stringContaining('Violent Crime Task Force') as string,
    });
    expect(table(q1, 'milestones').rows).toHaveLength(6);
    expect(table(q1, 'status-by-chapter').rows.at(-1)).toMatchObject({
      group: 'All milestones on this report',
      total: 6,
    });
    expect(q1.highlights[0]).toMatch(/^All recorded crime: 208,612 offences in Quarter 1, 2018-19/);
    expect(q1.warnings).toEqual([]);
    expect(q1.notes).toContain(
      'Contains public sector information licensed under the Open Government Licence v3.0: MPS Borough Level Crime, published by the Metropolitan Police Service on the London Datastore.',
    );
    expect(q1.chart?.table).toBe('recorded-crime');
    const everything = JSON.stringify([progress, q1, await buildAllProgressView(ctx()), await buildHomeView(ctx())]);
    expect(everything).not.toContain('Unpublished narrative');
    expect(everything).not.toContain('Quarter 2, 2018-19');
    await expect(buildQuarterProgressView(ctx(), { plan: PLAN, quarter: '2018-19-Q2' })).rejects.toMatchObject({
      kind: 'not-found',
    });
  });

  it('judges each measure with its polarity and gives the series behind the chart', async () => {
    const measures = await buildMeasuresView(ctx());
    expect(rowWith(measures, 'measures', 'measure', 'Rape')).toMatchObject({
      polarity: 'An increase in reporting is wanted',
      period: '2017-18',
    });
    const burglary = await buildMeasureView(ctx(), { measure: 'burglary' });
    expect(burglary.highlights[0]).toMatch(/^Burglary: 77,614 offences in 2017-18, up from 69,518 in 2016-17/);
    expect(burglary.chart).toMatchObject({ table: 'months', categoryColumn: 'month' });
    // January 2008 to December 2018, from the two MPS files the demo carries.
    expect(table(burglary, 'months').rows).toHaveLength(132);
    expect(burglary.warnings).toEqual([]);
    expect(burglary.notes[0]).toBe(
      'Source: monthly recorded crime by area, summed from MPS_Borough_Level_Crime_Historic.csv and MPS_Borough_Level_Crime_Recent_24_months.csv (MPS Borough Level Crime, published by the Metropolitan Police Service on the London Datastore).',
    );
    expect(table(burglary, 'months').columns.map((c) => c.key)).not.toContain('figures');
    expect(burglary.notes).toContain("London's figure holds 32 boroughs and Heathrow and London City airports.");
    expect(
      burglary.notes.some((n) =>
        n.startsWith('Headline source: Data: recorded crime counts loaded into Bluelamp, as at '),
      ),
    ).toBe(true);
    // One row per period and source: a period with several sources is never a repeated row.
    const values = table(burglary, 'values').rows.map((row) => `${String(row.period)}|${String(row.source)}`);
    expect(new Set(values).size).toBe(values.length);
    await expect(buildMeasureView(ctx(), { measure: 'no-such-measure' })).rejects.toMatchObject({ kind: 'not-found' });
  });

  it("gives every borough's priorities and the tile map with its table alternative", async () => {
    const latest = await buildPrioritiesView(ctx(), {});
    expect(latest.path).toBe('/public/priorities/2018-19');
    expect(table(latest, 'boroughs').rows).toHaveLength(32);
    expect(rowWith(latest, 'categories', 'category', 'Burglary')?.boroughs).toBe(23);
    expect(latest.svg?.table).toBe('tile-map');
    expect(latest.svg?.markup).toMatch(/^<svg/);
    expect(table(latest, 'tile-map').rows).toHaveLength(32);
    const robbery = await buildPriorityCategoryView(ctx(), { year: '2018-19', category: 'robbery' });
    expect(robbery.highlights[0]).toMatch(/^Robbery is a local priority in 12 boroughs/);
    await expect(buildPrioritiesView(ctx(), { year: '2010-11' })).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('gives the inspection grades and every finding with its response and due or overdue', async () => {
    const list = await buildInspectionsView(ctx());
    expect(table(list, 'inspections').rows[0]).toMatchObject({
      inspection: 'PEEL 2018/19: the Metropolitan Police Service',
    });
    const peel = await buildInspectionView(ctx(), { inspection: 'peel-2018-19-met' });
    expect(rowWith(peel, 'findings', 'ref', 'ELB-PRIOR-2')).toMatchObject({ response: 'Closed', timeliness: 'Closed' });
    const findings = table(peel, 'findings').rows;
    expect(findings.every((row) => typeof row.response === 'string' && typeof row.timeliness === 'string')).toBe(true);
    expect(table(peel, 'judgments').rows.length).toBeGreaterThan(5);
  });

  it('has every page well formed, each CSV holding exactly the rows its JSON shows', async () => {
    const pages = await listPublicPages(ctx());
    expect(pages).toContain(`/public/plans/${PLAN}/progress/2018-19-Q1`);
    expect(pages).toContain('/public/reports');
    const views = await Promise.all(pages.map((path) => viewAt(path)));
    for (const view of views) {
      expect(openDataProblems(view), view.path).toEqual([]);
      expect(view.path).toBe(pages[views.indexOf(view)]);
      for (const t of view.tables) {
        const cells = parseCsv(openDataCsvText(view, t.name)).map((record) => record.cells.map(restoreCsvCell));
        expect(cells, `${view.path} ${t.name}`).toEqual(tableGrid(t));
      }
    }
  });

  /** The view at a public path, the way the API would build it. */
  function viewAt(path: string): Promise<OpenDataView> {
    const parts = path.split('/').slice(2);
    const [section, key, sub, quarter] = parts;
    if (section === undefined) return buildHomeView(ctx());
    if (section === 'plans' && key === undefined) return buildPlansView(ctx());
    if (section === 'plans' && sub === undefined) return buildPlanView(ctx(), { plan: key ?? '' });
    if (section === 'plans' && quarter === undefined) return buildProgressView(ctx(), { plan: key ?? '' });
    if (section === 'plans') return buildQuarterProgressView(ctx(), { plan: key ?? '', quarter: quarter ?? '' });
    if (section === 'progress') return buildAllProgressView(ctx());
    if (section === 'measures')
      return key === undefined ? buildMeasuresView(ctx()) : buildMeasureView(ctx(), { measure: key });
    if (section === 'priorities' && sub === 'categories')
      return buildPriorityCategoryView(ctx(), { year: key ?? '', category: quarter ?? '' });
    if (section === 'priorities') return buildPrioritiesView(ctx(), key === undefined ? {} : { year: key });
    if (section === 'reports')
      return key === undefined ? buildReportsView(ctx()) : buildReportView(ctx(), { report: key });
    if (section === 'board-papers')
      return key === undefined ? buildBoardPapersView(ctx()) : buildMeetingPapersView(ctx(), { meeting: Number(key) });
    return key === undefined ? buildInspectionsView(ctx()) : buildInspectionView(ctx(), { inspection: key });
  }
});
