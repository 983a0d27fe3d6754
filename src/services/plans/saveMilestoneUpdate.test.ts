import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { BluelampProblem } from '../../domain/errors.js';
import { listAuditHistory } from '../audit/listAuditHistory.js';
import type { ServiceContext } from '../context.js';
import { getMilestone } from './getMilestone.js';
import { listPlans } from './listPlans.js';
import { saveMilestoneUpdate, type SaveUpdateInput } from './saveMilestoneUpdate.js';

const WRITERS = 50;

async function businessPlanId(ctx: ServiceContext): Promise<number> {
  const plan = (await listPlans(ctx)).plans.find((p) => p.key === 'met-business-plan-2018-19');
  if (plan === undefined) throw new Error('demo plan missing');
  return plan.id;
}

function draft(planId: number, ref: string, version: number, narrative: string): SaveUpdateInput {
  return { planId, ref, quarter: '2018-19 Q2', version, statusCode: 'on-track', narrative };
}

type Outcome = { ok: true; version: number } | { ok: false; currentVersion: number };

async function attempt(ctx: ServiceContext, input: SaveUpdateInput): Promise<Outcome> {
  try {
    return { ok: true, version: (await saveMilestoneUpdate(ctx, input)).version };
  } catch (error) {
    if (error instanceof BluelampProblem && error.kind === 'conflict') {
      return { ok: false, currentVersion: Number(error.details?.currentVersion) };
    }
    throw error;
  }
}

describeWithDemoData('fifty people saving the same update at once', (ctx) => {
  it('lets exactly one first draft in and tells the other 49 the version that won', async () => {
    const planId = await businessPlanId(ctx());
    const outcomes = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) => attempt(ctx(), draft(planId, 'BP18-01', 0, `first draft ${i}`))),
    );
    expect(outcomes.filter((o) => o.ok)).toEqual([{ ok: true, version: 1 }]);
    expect(outcomes.filter((o) => !o.ok)).toHaveLength(WRITERS - 1);
    // A racer that lost on the unique key hears version 0 or 1; re-reading always shows the winner.
    const detail = await getMilestone(ctx(), { planId, ref: 'BP18-01' });
    expect(detail.updates).toHaveLength(1);
    expect(detail.updates[0]?.version).toBe(1);
  });

  it('lets exactly one writer win per version when all 50 write at the same version', async () => {
    const planId = await businessPlanId(ctx());
    await saveMilestoneUpdate(ctx(), draft(planId, 'BP18-06', 0, 'start'));
    const outcomes = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) => attempt(ctx(), draft(planId, 'BP18-06', 1, `writer ${i}`))),
    );
    const winners = outcomes.filter((o) => o.ok);
    expect(winners).toEqual([{ ok: true, version: 2 }]);
    expect(outcomes.filter((o) => !o.ok).every((o) => !o.ok && o.currentVersion === 2)).toBe(true);
    const stored = (await getMilestone(ctx(), { planId, ref: 'BP18-06' })).updates[0];
    const audit = await listAuditHistory(ctx(), {
      entityType: 'milestone_update',
      entityId: 'met-business-plan-2018-19 BP18-06 2018-19 Q2',
    });
    expect(audit).toHaveLength(2);
    expect(stored?.narrative).toMatch(/^writer \d+$/);
  });

  it('loses no write when every writer retries at the version it is told: 50 writers, 50 versions', async () => {
    const planId = await businessPlanId(ctx());
    await saveMilestoneUpdate(ctx(), draft(planId, 'BP18-07', 0, 'start'));
    const landed: number[] = [];
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, i) => {
        let version = 1;
        for (;;) {
          const outcome = await attempt(ctx(), draft(planId, 'BP18-07', version, `writer ${i}`));
          if (outcome.ok) {
            landed.push(outcome.version);
            return;
          }
          version = outcome.currentVersion;
        }
      }),
    );
    expect([...landed].sort((a, b) => a - b)).toEqual(Array.from({ length: WRITERS }, (_, i) => i + 2));
    const audit = await listAuditHistory(ctx(), {
      entityType: 'milestone_update',
      entityId: 'met-business-plan-2018-19 BP18-07 2018-19 Q2',
    });
    const narratives = audit.map((entry) => (entry.after as { narrative: string }).narrative);
    expect(new Set(narratives.filter((n) => n.startsWith('writer')))).toHaveProperty('size', WRITERS);
  });
});
