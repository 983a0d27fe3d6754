import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { PUBLIC_ACTOR, type Actor } from '../../domain/accounts/index.js';
import type { ServiceContext } from '../context.js';
import { approveMilestoneUpdate } from './approveMilestoneUpdate.js';
import { getMilestone } from './getMilestone.js';
import { listMilestones } from './listMilestones.js';
import { listMyUpdatesDue } from './listMyUpdatesDue.js';
import { listPlans } from './listPlans.js';
import { publishQuarter } from './publishQuarter.js';
import { returnMilestoneUpdate } from './returnMilestoneUpdate.js';
import { saveMilestoneUpdate } from './saveMilestoneUpdate.js';
import { submitMilestoneUpdate } from './submitMilestoneUpdate.js';

const owner = (scope: string[]): Actor => ({ kind: 'user', username: 'owner', role: 'owner', scope });
const PERFORMANCE: Actor = { kind: 'user', username: 'perf', role: 'performance', scope: [] };
const Q2 = '2018-19 Q2';

function as(ctx: ServiceContext, actor: Actor): ServiceContext {
  return { ...ctx, actor };
}

async function planId(ctx: ServiceContext): Promise<number> {
  return (await listPlans(ctx)).plans.find((p) => p.key === 'met-business-plan-2018-19')?.id ?? -1;
}

describeWithDemoData('a quarter of updates from draft to publication', (ctx) => {
  it('runs draft, submit, return, resubmit, approve and publish, showing the public only the published result', async () => {
    const id = await planId(ctx());
    const hr = as(ctx(), owner(['HR']));
    // BP18-61, the Career Development Service, is led by HR and due in Q2.
    const draft = await saveMilestoneUpdate(hr, {
      planId: id,
      ref: 'BP18-61',
      quarter: Q2,
      version: 0,
      statusCode: 'some-delay',
      narrative: 'Roll-out to police staff starts in October.',
      revisedDue: 'Quarter 3, 2018-19',
      revisionReason: 'The supplier contract was signed late.',
    });
    const submitted = await submitMilestoneUpdate(hr, { updateId: draft.id, version: draft.version });
    await expect(
      returnMilestoneUpdate(as(ctx(), PERFORMANCE), { updateId: draft.id, version: submitted.version }),
    ).rejects.toMatchObject({ kind: 'invalid-input', field: 'comment' });
    const returned = await returnMilestoneUpdate(as(ctx(), PERFORMANCE), {
      updateId: draft.id,
      version: submitted.version,
      comment: 'Say how many staff have used the service so far.',
    });
    expect(returned.reviewComment).toBe('Say how many staff have used the service so far.');
    const edited = await saveMilestoneUpdate(hr, {
      planId: id,
      ref: 'BP18-61',
      quarter: Q2,
      version: returned.version,
      statusCode: 'some-delay',
      narrative: 'Roll-out to police staff starts in October; 40 staff took part in the trial.',
      revisedDue: 'Quarter 3, 2018-19',
      revisionReason: 'The supplier contract was signed late.',
    });
    const resubmitted = await submitMilestoneUpdate(hr, { updateId: edited.id, version: edited.version });
    const publicBefore = await getMilestone(as(ctx(), PUBLIC_ACTOR), { planId: id, ref: 'BP18-61' });
    expect(publicBefore.updates).toEqual([]);
    await expect(publishQuarter(as(ctx(), PERFORMANCE), { planId: id, quarter: Q2 })).rejects.toMatchObject({
      kind: 'conflict',
    });
    await approveMilestoneUpdate(as(ctx(), PERFORMANCE), { updateId: edited.id, version: resubmitted.version });
    const published = await publishQuarter(as(ctx(), PERFORMANCE), { planId: id, quarter: Q2 });
    expect(published).toMatchObject({ quarter: Q2, published: 1, nextReportingQuarter: '2018-19 Q3' });
    const publicAfter = await getMilestone(as(ctx(), PUBLIC_ACTOR), { planId: id, ref: 'BP18-61' });
    expect(publicAfter.updates.map((u) => [u.quarter, u.state, u.status.code])).toEqual([
      [Q2, 'published', 'some-delay'],
    ]);
    expect(publicAfter.updates[0]?.people).toBeNull();
    expect(publicAfter.milestone.revisions).toEqual([
      {
        quarter: Q2,
        from: 'Quarter 2, 2018-19',
        to: 'Quarter 3, 2018-19',
        reason: 'The supplier contract was signed late.',
      },
    ]);
  });

  it('reports the slip and carries the delayed milestone into the next quarter', async () => {
    const id = await planId(ctx());
    const slipped = await listMilestones(ctx(), { planId: id, slipped: true });
    expect(slipped.milestones.map((m) => [m.ref, m.slip])).toEqual([['BP18-61', { quarters: 1, days: 92 }]]);
    const q3 = await listMilestones(ctx(), { planId: id, reporting: '2018-19 Q3' });
    expect(q3.milestones.find((m) => m.ref === 'BP18-61')?.carriedForward).toBe(false);
    const q3Due = await listMyUpdatesDue(as(ctx(), owner(['HR'])));
    const items = q3Due.plans.find((p) => p.plan.id === id)?.items ?? [];
    expect(items.map((item) => item.milestone.ref)).toContain('BP18-61');
    // Every other Q2 milestone nobody reported on is carried forward too.
    expect(items.find((item) => item.milestone.ref === 'BP18-49')?.reason).toBe('carried-forward');
  });

  it('refuses an owner whose units do not lead the milestone', async () => {
    const id = await planId(ctx());
    await expect(
      saveMilestoneUpdate(as(ctx(), owner(['SW'])), {
        planId: id,
        ref: 'BP18-62',
        quarter: '2018-19 Q3',
        version: 0,
        statusCode: 'on-track',
        narrative: 'Campaign planned.',
      }),
    ).rejects.toMatchObject({ kind: 'forbidden' });
  });

  it('keeps a published update unchangeable even for a direct database write', async () => {
    await expect(
      ctx()
        .store.db.updateTable('milestone_updates')
        .set({ narrative: 'rewritten' })
        .where('state', '=', 'published')
        .execute(),
    ).rejects.toThrow(/published updates cannot change/);
  });
});
