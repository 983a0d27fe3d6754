/**
 * A quarter as big as a real one for the report benchmarks: a business plan of nine chapters with
 * ten milestones each, all due in Quarter 1 of 2018-19, every one with an update written by its
 * owner, submitted, approved and published, through the same use cases people use. It sits
 * beside the demo, so the report's headline figures and chart come from the demo's crime data.
 */
import type { Actor } from '../src/domain/accounts/index.js';
import type { MilestoneDocument, PlanDocument, PlanNodeDocument } from '../src/domain/plans/index.js';
import type { ServiceContext } from '../src/services/index.js';
import { approveMilestoneUpdate } from '../src/services/plans/approveMilestoneUpdate.js';
import { importPlan } from '../src/services/plans/importPlan.js';
import { publishPlan } from '../src/services/plans/publishPlan.js';
import { publishQuarter } from '../src/services/plans/publishQuarter.js';
import { saveMilestoneUpdate } from '../src/services/plans/saveMilestoneUpdate.js';
import { submitMilestoneUpdate } from '../src/services/plans/submitMilestoneUpdate.js';

export const FULL_QUARTER = { plan: 'bench-business-plan-2018-19', quarter: '2018-19 Q1' } as const;

const CHAPTERS = 9;
const PER_CHAPTER = 10;
const LEADS = ['FP', 'MetOps', 'SO', 'HR', 'DP', 'DPS', 'S&G'];
const STATUSES = ['delivered', 'on-track', 'on-track', 'some-delay'];
const ADMIN: Actor = { kind: 'user', username: 'bench.admin', role: 'admin', scope: [] };

const refOf = (chapter: number, index: number) => `BQ-${chapter}.${index}`;

function milestone(chapter: number, index: number): MilestoneDocument {
  const n = (chapter - 1) * PER_CHAPTER + index;
  return {
    ref: refOf(chapter, index),
    title: `Milestone ${n} of the benchmark plan`,
    text: `Deliver the ${n}th change of the benchmark plan, agreed with the business group that leads it and reported each quarter.`,
    due: 'Quarter 1, 2018-19',
    leads: [LEADS[n % LEADS.length] ?? 'FP'],
  };
}

function chapter(number: number): PlanNodeDocument {
  return {
    ref: String(number),
    kind: 'chapter',
    title: `Chapter ${number} of the benchmark plan`,
    text: 'What the force will deliver in this area over the year, and why it matters to Londoners.',
    milestones: Array.from({ length: PER_CHAPTER }, (_, i) => milestone(number, i + 1)),
  };
}

function planDocument(): PlanDocument {
  return {
    key: FULL_QUARTER.plan,
    title: 'Benchmark Business Plan 2018-19',
    kind: 'business-plan',
    owner: 'Metropolitan Police Service',
    firstYear: '2018-19',
    lastYear: '2018-19',
    nodeKinds: [{ key: 'chapter', label: 'Chapter', plural: 'Chapters' }],
    nodes: Array.from({ length: CHAPTERS }, (_, i) => chapter(i + 1)),
  };
}

/** Adds the plan and publishes its Quarter 1, one update per milestone. */
export async function makeFullQuarter(base: ServiceContext): Promise<{ planId: number; milestones: number }> {
  const ctx = { ...base, actor: ADMIN };
  const { id: planId, milestones } = await importPlan(ctx, planDocument());
  await publishPlan(ctx, { planId });
  for (let c = 1; c <= CHAPTERS; c++) {
    for (let i = 1; i <= PER_CHAPTER; i++) {
      const statusCode = STATUSES[(c + i) % STATUSES.length] ?? 'on-track';
      const draft = await saveMilestoneUpdate(ctx, {
        planId,
        ref: refOf(c, i),
        quarter: FULL_QUARTER.quarter,
        version: 0,
        statusCode,
        narrative:
          'Work went as planned this quarter: the team finished the design, ran the pilot in two BCUs and ' +
          'agreed the roll-out with the business group; the next quarter brings the rest of London.',
        ...(statusCode === 'some-delay'
          ? { revisedDue: 'Quarter 2, 2018-19', revisionReason: 'The supplier delivered late.' }
          : {}),
      });
      const submitted = await submitMilestoneUpdate(ctx, { updateId: draft.id, version: draft.version });
      await approveMilestoneUpdate(ctx, { updateId: draft.id, version: submitted.version });
    }
  }
  await publishQuarter(ctx, { planId, quarter: FULL_QUARTER.quarter });
  return { planId, milestones };
}
