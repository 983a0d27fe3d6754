import type { StatusDefinition } from '../../../domain/plans/index.js';
import { openDataTable, openDataView, type OpenDataLink, type OpenDataView } from '../../../domain/publishing/index.js';
import { BluelampProblem } from '../../../domain/errors.js';
import { getOrganisationOverview } from '../../organisation/getOrganisationOverview.js';
import { authorise } from '../../authorise.js';
import type { ServiceContext } from '../../context.js';
import { listPlans } from '../../plans/listPlans.js';
import { statusScaleOf } from '../../../domain/plans/index.js';
import { loadVisiblePlan } from '../../plans/planAccess.js';
import { countCells, publishedQuarters, statusColumns } from './progressPages.js';
import {
  asPublic,
  dayWords,
  HOME,
  INSPECTIONS,
  MEASURES,
  PLANS,
  PRIORITIES,
  PROGRESS,
  progressPath,
  quarterWords,
  REPORTS,
} from './publicContext.js';

/** The sections of the site, in the order the public navigation lists them. */
export const PUBLIC_SECTIONS: readonly OpenDataLink[] = [
  {
    ...PLANS,
    description: 'The published plans: what they commit to, and every milestone with its due date and leads.',
  },
  { ...PROGRESS, description: 'Each quarter’s published updates: every milestone with its status and what was done.' },
  { ...MEASURES, description: 'The measures the force is judged by, with charts and tested verdicts.' },
  { ...PRIORITIES, description: 'Each borough’s local priorities and the London tile map.' },
  { ...INSPECTIONS, description: 'Inspection grades and findings, and how the force is answering them.' },
  { ...REPORTS, description: 'The quarterly progress reports and board packs as published, every version kept.' },
];

interface LatestQuarter {
  readonly planKey: string;
  readonly planTitle: string;
  readonly quarter: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly total: number;
  readonly scale: readonly StatusDefinition[];
}

async function latestQuarters(ctx: ServiceContext): Promise<LatestQuarter[]> {
  const { plans } = await listPlans(ctx);
  const latest: LatestQuarter[] = [];
  for (const plan of plans.filter((p) => p.state === 'published')) {
    const last = (await publishedQuarters(ctx, plan.key)).at(-1);
    if (last === undefined) continue;
    const content = await loadVisiblePlan(ctx, ctx.store.db, plan.id);
    latest.push({ planKey: plan.key, planTitle: plan.title, ...last, scale: statusScaleOf(content.plan) });
  }
  return latest;
}

function progressTable(latest: readonly LatestQuarter[]) {
  const statuses = new Map<string, StatusDefinition>();
  for (const entry of latest)
    for (const status of entry.scale) if (!statuses.has(status.code)) statuses.set(status.code, status);
  const used = [...statuses.values()].filter((status) => latest.some((entry) => (entry.counts[status.code] ?? 0) > 0));
  return openDataTable(
    {
      name: 'latest-progress',
      caption: 'The latest published quarter of each plan: every milestone on it, by status',
      columns: [{ key: 'plan', label: 'Plan' }, { key: 'quarter', label: 'Quarter' }, ...statusColumns(used)],
    },
    latest.map((entry) => ({
      cells: {
        plan: entry.planTitle,
        quarter: quarterWords(entry.quarter),
        ...countCells(used, entry.counts, entry.total),
      },
      links: { quarter: progressPath(entry.planKey, entry.quarter) },
    })),
  );
}

/** The force's name, or null before any organisation is loaded (a new installation). */
async function forceName(reader: ServiceContext): Promise<string | null> {
  try {
    return (await getOrganisationOverview(reader, {})).force.name;
  } catch (error) {
    if (error instanceof BluelampProblem && error.kind === 'not-found') return null;
    throw error;
  }
}

/** /public: what the site is, its sections, and the latest published progress on each plan. */
export async function buildHomeView(ctx: ServiceContext): Promise<OpenDataView> {
  authorise(ctx, 'plans.read');
  const reader = asPublic(ctx);
  const force = await forceName(reader);
  const latest = await latestQuarters(reader);
  const sections = openDataTable(
    {
      name: 'sections',
      caption: 'What you can read here',
      columns: [
        { key: 'section', label: 'Section' },
        { key: 'description', label: 'What it holds' },
      ],
    },
    PUBLIC_SECTIONS.map((section) => ({
      cells: { section: section.label, description: section.description ?? null },
      links: { section: section.path },
    })),
  );
  return openDataView({
    path: HOME.path,
    title: `${force ?? 'Police'}: plans, performance and accountability`,
    lead:
      'What the force has promised, how it is doing, and what its inspectors found, published for anyone to read. ' +
      'Every page has an open-data download of exactly what it shows, as CSV and JSON, and a stable address.',
    notes: [
      `Published as at ${dayWords(ctx.today()) ?? ctx.today()}. Only published plans, updates and reports appear on these pages.`,
      ...(force === null
        ? [
            'Nothing has been published here yet. Once the force has set up its organisation and published its plans, ' +
              'their progress, measures and inspection findings appear on these pages.',
          ]
        : []),
    ],
    tables: [sections, ...(latest.length === 0 ? [] : [progressTable(latest)])],
  });
}
