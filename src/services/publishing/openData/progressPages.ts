import { BluelampProblem } from '../../../domain/errors.js';
import {
  openDataTable,
  openDataView,
  type OpenDataColumn,
  type OpenDataTable,
  type OpenDataValue,
  type OpenDataView,
  type QuarterlyReport,
  type ReportMilestone,
  type ReportStatus,
  type StatusCountRow,
} from '../../../domain/publishing/index.js';
import { listUpdatesOfPlan } from '../../../store/index.js';
import { authorise } from '../../authorise.js';
import type { ServiceContext } from '../../context.js';
import { findPlanId } from '../../plans/findPlanId.js';
import {
  buildMilestoneRecords,
  NO_UPDATE_KEY,
  publishedQuartersOf,
  quarterCounts,
  statusScaleOf,
} from '../../../domain/plans/index.js';
import { loadVisiblePlan, quarterFromInput } from '../../plans/planAccess.js';
import { buildQuarterlyReport } from '../buildQuarterlyReport.js';
import { listPlans } from '../../plans/listPlans.js';
import { labelledIfSynthetic, syntheticWarnings } from './syntheticFigures.js';
import { otherProgressTables } from './otherProgressTable.js';
import { asPublic, dayWords, HOME, planPath, PLANS, PROGRESS, progressPath, quarterWords } from './publicContext.js';
import { formatQuarterShort } from '../../../domain/calendar/index.js';

const NONE = NO_UPDATE_KEY;

interface ScaleStatus {
  readonly code: string;
  readonly label: string;
  readonly symbol: string;
}

/** A column per status, then one for milestones with no published update, then the total they add up to. */
export function statusColumns(scale: readonly ScaleStatus[]): OpenDataColumn[] {
  return [
    ...scale.map((status) => ({ key: status.code, label: `${status.symbol} ${status.label}`, numeric: true })),
    { key: NONE, label: 'No update', numeric: true },
    { key: 'total', label: 'Total', numeric: true },
  ];
}

export function countCells(
  scale: readonly ScaleStatus[],
  counts: Readonly<Record<string, number>>,
  total: number,
): Record<string, OpenDataValue> {
  return {
    ...Object.fromEntries(scale.map((status) => [status.code, counts[status.code] ?? 0])),
    [NONE]: counts[NONE] ?? 0,
    total,
  };
}

/** The statuses some row counts, so that a table is not a wall of zeros; the total still counts every milestone. */
function usedStatuses<T extends ScaleStatus>(
  scale: readonly T[],
  counts: readonly Readonly<Record<string, number>>[],
): T[] {
  return scale.filter((status) => counts.some((row) => (row[status.code] ?? 0) > 0));
}

/**
 * The quarters a plan has published, oldest first, each with its milestones counted by published
 * status and "no update" for the rest, so that the counts add up to every milestone on the quarter.
 */
export async function publishedQuarters(
  ctx: ServiceContext,
  planKey: string,
): Promise<{ quarter: string; counts: Record<string, number>; total: number; publishedOn: string | null }[]> {
  const plan = (await listPlans(ctx)).plans.find((p) => p.key === planKey);
  if (plan === undefined) return [];
  const content = await loadVisiblePlan(ctx, ctx.store.db, plan.id);
  const updates = (await listUpdatesOfPlan(ctx.store.db, planKey)).filter((update) => update.state === 'published');
  const records = buildMilestoneRecords(content, updates, false);
  const codes = new Set([
    ...publishedQuartersOf(content.plan).map(formatQuarterShort),
    ...updates.map((update) => update.quarter),
  ]);
  return [...codes].sort().map((code) => {
    const days = updates.filter((u) => u.quarter === code).map((u) => u.published_at?.slice(0, 10) ?? '');
    const { counts, total } = quarterCounts(records, quarterFromInput(code, 'quarter'));
    return { quarter: code, counts: { ...counts }, total, publishedOn: days.sort().at(-1) || null };
  });
}

/** The plan's published quarters, for enumerating the public pages and linking to them. */
export async function listPublishedQuarters(ctx: ServiceContext, input: { plan: string }): Promise<string[]> {
  authorise(ctx, 'plans.read');
  const reader = asPublic(ctx);
  const content = await loadVisiblePlan(reader, ctx.store.db, await findPlanId(reader, input.plan));
  return (await publishedQuarters(reader, content.plan.key)).map((entry) => entry.quarter);
}

/** /public/plans/:key/progress: each quarter the plan has reported on, its published updates counted by status. */
export async function buildProgressView(ctx: ServiceContext, input: { plan: string }): Promise<OpenDataView> {
  authorise(ctx, 'plans.read');
  const reader = asPublic(ctx);
  const content = await loadVisiblePlan(reader, ctx.store.db, await findPlanId(reader, input.plan));
  const { plan } = content;
  const scale = statusScaleOf(plan);
  const quarters = await publishedQuarters(reader, plan.key);
  const used = usedStatuses(
    scale,
    quarters.map((entry) => entry.counts),
  );
  const table = openDataTable(
    {
      name: 'quarters',
      caption: 'Every milestone on each published quarter, by status',
      columns: [{ key: 'quarter', label: 'Quarter' }, ...statusColumns(used)],
    },
    quarters.map((entry) => ({
      cells: {
        quarter: quarterWords(entry.quarter),
        ...countCells(used, entry.counts, entry.total),
      },
      links: { quarter: progressPath(plan.key, entry.quarter) },
    })),
  );
  return openDataView({
    path: progressPath(plan.key),
    title: `Progress on ${plan.title}`,
    lead:
      quarters.length === 0
        ? 'No quarterly update on this plan has been published yet.'
        : `Every quarter the owners of the plan's milestones report their progress, and the updates are published once reviewed. ` +
          `${quarters.length === 1 ? 'One quarter has' : `${quarters.length} quarters have`} been published.`,
    notes: scale.map((status) => `${status.symbol} ${status.label}: ${status.meaning}`),
    trail: [HOME, PLANS, { path: planPath(plan.key), label: plan.title }],
    links: [{ path: planPath(plan.key), label: 'The plan itself' }],
    tables: [table],
  });
}

const REASON_WORDS: Readonly<Record<ReportMilestone['reason'], string>> = {
  due: 'Due this quarter',
  'carried-forward': 'Carried forward',
  'delivered-early': 'Delivered early',
};

function statusText(status: ReportStatus | null): string {
  return status === null ? 'No published update' : `${status.symbol} ${status.label}`;
}

function milestoneTable(report: QuarterlyReport, quarter: string): OpenDataTable {
  const rows: { cells: Record<string, OpenDataValue> }[] = [];
  const add = (part: string, milestone: ReportMilestone) =>
    rows.push({
      cells: {
        ref: milestone.ref,
        milestone: milestone.text,
        part,
        due: milestone.slip === null ? milestone.due : `${milestone.due} (${milestone.slip})`,
        reason: REASON_WORDS[milestone.reason],
        leads: milestone.leads.join('; '),
        status: statusText(milestone.status),
        narrative: milestone.narrative,
      },
    });
  for (const chapter of report.chapters) {
    for (const milestone of chapter.milestones) add(`${chapter.ref} ${chapter.title}`, milestone);
    for (const section of chapter.sections)
      for (const milestone of section.milestones) add(`${section.ref} ${section.title}`, milestone);
  }
  return openDataTable(
    {
      name: 'milestones',
      caption: `Milestones on the ${quarterWords(quarter)} update`,
      columns: [
        { key: 'ref', label: 'Ref' },
        { key: 'milestone', label: 'Milestone', long: true },
        { key: 'part', label: 'Part of the plan' },
        { key: 'due', label: 'Due' },
        { key: 'reason', label: 'On this update because' },
        { key: 'leads', label: 'Leads' },
        { key: 'status', label: 'Status' },
        { key: 'narrative', label: 'Progress', long: true },
      ],
    },
    rows,
  );
}

function countTable(
  name: string,
  caption: string,
  groupLabel: string,
  legend: readonly ReportStatus[],
  rows: readonly StatusCountRow[],
): OpenDataTable {
  const used = usedStatuses(
    legend,
    rows.map((row) => row.counts),
  );
  return openDataTable(
    { name, caption, columns: [{ key: 'group', label: groupLabel }, ...statusColumns(used)] },
    rows.map((row) => ({ cells: { group: row.label, ...countCells(used, row.counts, row.total) } })),
  );
}

function chartTable(report: QuarterlyReport): OpenDataTable | null {
  const chart = report.charts[0];
  if (chart === undefined) return null;
  const keys = chart.series.map((_, index) => `series${index + 1}`);
  const table = openDataTable(
    {
      name: 'recorded-crime',
      caption: chart.title,
      columns: [
        { key: 'month', label: 'Month' },
        ...chart.series.map((series, index) => ({ key: keys[index] ?? '', label: series.name, numeric: true })),
      ],
    },
    chart.categories.map((month, row) => ({
      cells: {
        month,
        ...Object.fromEntries(chart.series.map((series, index) => [keys[index] ?? '', series.values[row] ?? null])),
      },
    })),
  );
  return labelledIfSynthetic(table, chart.synthetic === true);
}

/**
 * Where the quarter's figures come from, each headline's and the chart's source in the report's
 * own words, and the licence statements; a report published before sources were shown has none.
 */
function figureNotes(report: QuarterlyReport): string[] {
  const sources = [
    ...report.headlines.flatMap((h) => (h.source === undefined ? [] : [`${h.measure}: ${h.source}`])),
    ...report.charts.flatMap((c) => (c.source === undefined ? [] : [`${c.title}: ${c.source}`])),
  ];
  return [...sources, ...(report.attributions ?? [])];
}

function earlyWords(deliveredEarly: number): string {
  if (deliveredEarly === 0) return '';
  const one = deliveredEarly === 1;
  return ` ${deliveredEarly} due in a later quarter ${one ? 'was' : 'were'} delivered early and ${one ? 'is' : 'are'} not counted as due.`;
}

/** The view of one published quarter, from the quarterly progress report's own model. */
function quarterView(report: QuarterlyReport, quarter: string): OpenDataView {
  const { plan } = report;
  const crime = chartTable(report);
  const chart = report.charts[0];
  return openDataView({
    path: progressPath(plan.key, quarter),
    title: `Progress in ${quarterWords(quarter)}: ${plan.title}`,
    lead:
      `What the owners of the milestones due in ${report.quarter.title}, and of those carried forward from earlier quarters, reported. ` +
      `${report.totals.due} milestones fell due and ${report.totals.carriedForward} were carried forward.` +
      earlyWords(report.totals.deliveredEarly ?? 0),
    highlights: report.headlines.map((headline) => headline.sentence),
    warnings: syntheticWarnings(
      [...report.headlines, ...report.charts].some((figure) => figure.synthetic === true),
      "Some of the quarter's figures",
    ),
    notes: [
      `As at ${dayWords(report.asAt) ?? report.asAt}, when the quarter's updates were published. Only published updates are shown.`,
      ...figureNotes(report),
      ...report.legend.map((status) => `${status.symbol} ${status.label}: ${status.meaning}`),
    ],
    trail: [
      HOME,
      PLANS,
      { path: planPath(plan.key), label: plan.title },
      { path: progressPath(plan.key), label: 'Progress' },
    ],
    links: [{ path: progressPath(plan.key), label: 'Every published quarter' }],
    tables: [
      milestoneTable(report, quarter),
      ...otherProgressTables(report, quarter),
      countTable(
        'status-by-chapter',
        'Milestones by status in each chapter',
        'Chapter',
        report.legend,
        report.annex.byChapter,
      ),
      countTable('status-by-lead', 'Milestones by status for each lead', 'Lead', report.legend, report.annex.byLead),
      ...(crime === null ? [] : [crime]),
    ],
    chart:
      crime === null || chart === undefined
        ? null
        : {
            title: chart.title,
            description: `Line chart of ${chart.title.toLowerCase()}: ${chart.series.map((s) => s.name).join(' and ')}. The figures are in the table below it.`,
            table: crime.name,
            categoryColumn: 'month',
            seriesColumns: crime.columns.slice(1).map((column) => column.key),
            unit: 'offences per month',
          },
  });
}

/** /public/plans/:key/progress/:quarter: every milestone due or carried forward, with its published status and narrative. */
export async function buildQuarterProgressView(
  ctx: ServiceContext,
  input: { plan: string; quarter: string },
): Promise<OpenDataView> {
  authorise(ctx, 'plans.read');
  const reader = asPublic(ctx);
  const quarter = formatQuarterShort(quarterFromInput(input.quarter, 'quarter'));
  const content = await loadVisiblePlan(reader, ctx.store.db, await findPlanId(reader, input.plan));
  const published = (await publishedQuarters(reader, content.plan.key)).map((entry) => entry.quarter);
  if (!published.includes(quarter)) {
    throw new BluelampProblem(
      'not-found',
      `No update on ${content.plan.title} has been published for ${quarterWords(quarter)}.`,
      'quarter',
    );
  }
  const report = await buildQuarterlyReport(reader, { plan: String(content.plan.id), quarter });
  return quarterView(report, quarter);
}

interface PlanQuarter {
  readonly planKey: string;
  readonly planTitle: string;
  readonly quarter: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly total: number;
}

/** Every published quarter of every published plan, and the statuses of their scales in first-seen order. */
async function everyPublishedQuarter(
  reader: ServiceContext,
): Promise<{ quarters: PlanQuarter[]; scale: ScaleStatus[]; plans: { key: string; title: string }[] }> {
  const plans = (await listPlans(reader)).plans.filter((plan) => plan.state === 'published');
  const statuses = new Map<string, ScaleStatus>();
  const quarters: PlanQuarter[] = [];
  for (const plan of plans) {
    const content = await loadVisiblePlan(reader, reader.store.db, plan.id);
    for (const status of statusScaleOf(content.plan)) if (!statuses.has(status.code)) statuses.set(status.code, status);
    for (const entry of await publishedQuarters(reader, plan.key))
      quarters.push({ planKey: plan.key, planTitle: plan.title, ...entry });
  }
  return { quarters, scale: [...statuses.values()], plans };
}

/** /public/progress: every published quarter of every published plan, counted by status. */
export async function buildAllProgressView(ctx: ServiceContext): Promise<OpenDataView> {
  authorise(ctx, 'plans.read');
  const { quarters, scale, plans } = await everyPublishedQuarter(asPublic(ctx));
  const used = usedStatuses(
    scale,
    quarters.map((entry) => entry.counts),
  );
  return openDataView({
    path: PROGRESS.path,
    title: 'Progress by quarter',
    lead:
      'Every quarter the owners of each plan’s milestones report their progress; once reviewed, the updates are published here. ' +
      'Choose a quarter to read every milestone on it with its status and what was done.',
    notes: scale.map((status) => `${status.symbol} ${status.label}`),
    trail: [HOME],
    links: plans.map((plan) => ({ path: progressPath(plan.key), label: `Progress on ${plan.title}` })),
    tables: [
      openDataTable(
        {
          name: 'quarters',
          caption: 'Published quarters of every plan: every milestone on each, by status',
          columns: [{ key: 'plan', label: 'Plan' }, { key: 'quarter', label: 'Quarter' }, ...statusColumns(used)],
        },
        quarters.map((entry) => ({
          cells: {
            plan: entry.planTitle,
            quarter: quarterWords(entry.quarter),
            ...countCells(used, entry.counts, entry.total),
          },
          links: { plan: progressPath(entry.planKey), quarter: progressPath(entry.planKey, entry.quarter) },
        })),
      ),
    ],
  });
}
