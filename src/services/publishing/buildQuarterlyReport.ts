import {
  formatMonthName,
  monthOfDate,
  quarterEnd,
  quarterStart,
  formatQuarterShort,
} from '../../domain/calendar/index.js';
import { statusCountRows, type QuarterlyReport, type ReportChapter } from '../../domain/publishing/index.js';
import { listUpdatesOfPlan, type PlanContent, type PlanUpdateRow } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { findPlanId } from '../plans/findPlanId.js';
import { buildMilestoneRecords, statusScaleOf, tallyReasons } from '../../domain/plans/index.js';
import { loadVisiblePlan, quarterFromInput } from '../plans/planAccess.js';
import { publishedNarratives, withOtherProgress } from './otherProgress.js';
import { quarterChapters, reportStatus } from './quarterChapters.js';
import { reportFigures } from './reportFigures.js';

/**
 * The plan's framing, which the introduction restates: its top-level parts that carry no
 * milestones (a mission, the operational priorities), read down to their children.
 */
function priorities(content: PlanContent): QuarterlyReport['priorities'] {
  const withMilestones = new Set(content.milestones.map((m) => m.node_id));
  const parentOf = new Map(content.nodes.map((node) => [node.id, node.parent_id]));
  const topOf = (id: number): number => {
    let current = id;
    for (let parent = parentOf.get(current); parent != null; parent = parentOf.get(current)) current = parent;
    return current;
  };
  const topsWithWork = new Set([...withMilestones].map(topOf));
  const framing = content.nodes.filter((node) => node.parent_id === null && !topsWithWork.has(node.id));
  return framing.flatMap((top) => {
    const children = content.nodes.filter((node) => node.parent_id === top.id);
    return (children.length > 0 ? children : [top]).map((node) => ({ title: node.title, text: node.text }));
  });
}

/**
 * The day the report speaks as at: when the last of the quarter's updates was published. Taken
 * from the data rather than the clock, so the same data gives the same report on any day.
 */
function asAtOf(updates: readonly PlanUpdateRow[], quarter: string): string | null {
  const days = updates
    .filter((u) => u.quarter === quarter && u.published_at !== null)
    .map((u) => (u.published_at ?? '').slice(0, 10))
    .sort();
  return days.at(-1) ?? null;
}

function annexOf(chapters: readonly ReportChapter[]): QuarterlyReport['annex'] {
  const entries = chapters.flatMap((chapter) =>
    [...chapter.milestones, ...chapter.sections.flatMap((s) => s.milestones)].map((m) => ({
      chapter: `${chapter.ref} ${chapter.title}`,
      leads: m.leads,
      status: m.status?.code ?? null,
    })),
  );
  const total = 'All milestones on this report';
  return {
    byLead: statusCountRows(
      entries.flatMap((e) => e.leads.map((lead) => ({ group: lead, status: e.status }))),
      entries,
      total,
    ),
    byChapter: statusCountRows(
      entries.map((e) => ({ group: e.chapter, status: e.status })),
      entries,
      total,
    ),
  };
}

/**
 * The quarterly progress report of a plan: its milestones due in the quarter and those carried
 * forward, each with what its published update says, under the plan's chapters; the headline
 * figures and chart; the status legend and the annex of counts. Only published updates are used:
 * the report is what the public will read.
 */
export async function buildQuarterlyReport(ctx: ServiceContext, input: QuarterlyReportInput): Promise<QuarterlyReport> {
  authorise(ctx, 'plans.read');
  return assembleQuarterlyReport(ctx, input);
}

export interface QuarterlyReportInput {
  readonly plan: string;
  readonly quarter: string;
}

/** The report itself, for the use cases that show or publish it once they have checked who asks. */
export async function assembleQuarterlyReport(
  ctx: ServiceContext,
  input: QuarterlyReportInput,
): Promise<QuarterlyReport> {
  const quarter = quarterFromInput(input.quarter, 'quarter');
  const content = await loadVisiblePlan(ctx, ctx.store.db, await findPlanId(ctx, input.plan));
  const model = await loadOrganisationModel(ctx);
  const updates = await listUpdatesOfPlan(ctx.store.db, content.plan.key);
  const records = buildMilestoneRecords(content, updates, false);
  const scale = statusScaleOf(content.plan);
  const chapters = withOtherProgress(
    content,
    quarterChapters(content, records, quarter, scale, model),
    await publishedNarratives(ctx.store.db, content.plan.key, formatQuarterShort(quarter)),
  );
  const milestones = chapters.flatMap((c) => [...c.milestones, ...c.sections.flatMap((s) => s.milestones)]);
  const months = `${formatMonthName(monthOfDate(quarterStart(quarter))).split(' ')[0] ?? ''} to ${formatMonthName(monthOfDate(quarterEnd(quarter)))}`;
  const { plan } = content;
  const figures = await reportFigures(ctx, quarter);
  const tally = tallyReasons(milestones.map((m) => m.reason));
  return {
    plan: { key: plan.key, version: plan.version, title: plan.title, owner: plan.owner, summary: plan.summary },
    quarter: {
      code: formatQuarterShort(quarter),
      title: `${formatQuarterShort(quarter).replace(' Q', ', Quarter ')} (${months})`,
    },
    asAt: asAtOf(updates, formatQuarterShort(quarter)) ?? quarterEnd(quarter),
    priorities: priorities(content),
    legend: scale.map(reportStatus),
    headlines: figures.headlines,
    charts: figures.charts,
    attributions: figures.attributions,
    chapters,
    annex: annexOf(chapters),
    totals: {
      due: tally.due,
      carriedForward: tally.carriedForward,
      deliveredEarly: tally.deliveredEarly,
      withoutUpdate: milestones.filter((m) => m.status === null).length,
    },
  };
}
