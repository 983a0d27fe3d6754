import { expect, it } from 'vitest';
import { PUBLIC_ACTOR, type Actor } from '../../domain/accounts/index.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import type { ServiceContext } from '../context.js';
import { approveMilestoneUpdate } from '../plans/approveMilestoneUpdate.js';
import { getQuarterPublicationSummary } from '../plans/getQuarterPublicationSummary.js';
import { listMilestones } from '../plans/listMilestones.js';
import { listPlans } from '../plans/listPlans.js';
import { publishQuarter } from '../plans/publishQuarter.js';
import { saveMilestoneUpdate } from '../plans/saveMilestoneUpdate.js';
import { submitMilestoneUpdate } from '../plans/submitMilestoneUpdate.js';
import { buildQuarterlyReport } from './buildQuarterlyReport.js';
import { buildQuarterProgressView } from './openData/progressPages.js';

const PLAN = 'met-business-plan-2018-19';
const Q2 = '2018-19 Q2';
// THRIVE+ in MetCC is due in Quarter 3; here its Quarter 2 update says it is delivered.
const EARLY = 'BP18-48';
const METOPS_OWNER: Actor = { kind: 'user', username: 'metops-owner', role: 'owner', scope: ['MetOps'] };
const PERFORMANCE: Actor = { kind: 'user', username: 'perf', role: 'performance', scope: [] };

async function deliverEarlyAndPublish(ctx: ServiceContext, planId: number): Promise<void> {
  const owner = { ...ctx, actor: METOPS_OWNER };
  const draft = await saveMilestoneUpdate(owner, {
    planId,
    ref: EARLY,
    quarter: Q2,
    version: 0,
    statusCode: 'delivered',
    narrative: 'MetCC now sends officers on the basis of risk and vulnerability.',
  });
  const submitted = await submitMilestoneUpdate(owner, { updateId: draft.id, version: draft.version });
  const performance = { ...ctx, actor: PERFORMANCE };
  await approveMilestoneUpdate(performance, { updateId: draft.id, version: submitted.version });
  await publishQuarter(performance, { planId, quarter: Q2 });
}

describeWithDemoData('a milestone delivered the quarter before it is due', (ctx) => {
  it('is counted as delivered early, not due, by the Q2 report, the tracker and the public page alike', async () => {
    const planId = (await listPlans(ctx())).plans.find((p) => p.key === PLAN)?.id ?? -1;
    const before = await getQuarterPublicationSummary(ctx(), { planId, quarter: Q2 });
    expect(before.deliveredEarly).toBe(0);
    expect(before.missing.some((m) => m.ref === EARLY)).toBe(false);

    await deliverEarlyAndPublish(ctx(), planId);

    const report = await buildQuarterlyReport(ctx(), { plan: PLAN, quarter: Q2 });
    // The number due is what it was before the early delivery: it is not a Q2 milestone.
    expect(report.totals.due).toBe(before.due);
    expect(report.totals.deliveredEarly).toBe(1);
    const reported = report.chapters
      .flatMap((c) => [...c.milestones, ...c.sections.flatMap((s) => s.milestones)])
      .find((m) => m.ref === EARLY);
    expect(reported).toMatchObject({ reason: 'delivered-early', status: { label: 'Delivered' } });

    const tracker = await listMilestones(ctx(), { planId, reporting: Q2 });
    expect(tracker.reporting).toEqual({
      due: report.totals.due,
      carriedForward: report.totals.carriedForward,
      deliveredEarly: 1,
      total: report.totals.due + report.totals.carriedForward + 1,
    });
    expect(tracker.milestones.filter((m) => m.deliveredEarly).map((m) => m.ref)).toEqual([EARLY]);
    const dueInQ2 = await listMilestones(ctx(), { planId, due: Q2 });
    expect(dueInQ2.total).toBe(report.totals.due);
    // Closed in Q2, it is not due in Q3 either, where the Q3 report will not list it.
    const dueInQ3 = await listMilestones(ctx(), { planId, due: '2018-19 Q3' });
    expect(dueInQ3.milestones.map((m) => m.ref)).not.toContain(EARLY);

    const page = await buildQuarterProgressView({ ...ctx(), actor: PUBLIC_ACTOR }, { plan: PLAN, quarter: Q2 });
    expect(page.lead).toContain(`${report.totals.due} milestones fell due`);
    expect(page.lead).toContain('1 due in a later quarter was delivered early');
    const row = page.tables.find((t) => t.name === 'milestones')?.rows.find((r) => r.ref === EARLY);
    expect(row?.reason).toBe('Delivered early');
  });
});
