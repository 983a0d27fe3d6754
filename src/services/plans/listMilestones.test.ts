import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { PUBLIC_ACTOR } from '../../domain/accounts/index.js';
import { listMilestones } from './listMilestones.js';
import { listPlans } from './listPlans.js';
import type { ServiceContext } from '../context.js';

async function planId(ctx: ServiceContext, key: string): Promise<number> {
  const plan = (await listPlans(ctx)).plans.find((candidate) => candidate.key === key);
  if (plan === undefined) throw new Error(`no plan ${key}`);
  return plan.id;
}

describeWithDemoData('the milestone tracker on the demo Business Plan 2018-19', (ctx) => {
  it('lists all 90 milestones of the plan in plan order', async () => {
    const listing = await listMilestones(ctx(), { planId: await planId(ctx(), 'met-business-plan-2018-19') });
    expect(listing.total).toBe(90);
    expect(listing.milestones[0]?.ref).toBe('BP18-01');
    expect(listing.milestones.at(-1)?.ref).toBe('BP18-90');
  });

  it('answers "due in 2018-19 Q1" with the six Q1 milestones, each delivered in Q1', async () => {
    const listing = await listMilestones(ctx(), {
      planId: await planId(ctx(), 'met-business-plan-2018-19'),
      due: '2018-19-Q1',
    });
    expect(listing.milestones.map((m) => m.ref)).toEqual([
      'BP18-05',
      'BP18-44',
      'BP18-47',
      'BP18-83',
      'BP18-84',
      'BP18-85',
    ]);
    expect(listing.milestones.every((m) => m.status?.code === 'delivered' && m.status.quarter === '2018-19 Q1')).toBe(
      true,
    );
  });

  it('flags the milestones whose text names a month outside their due quarter', async () => {
    const listing = await listMilestones(ctx(), {
      planId: await planId(ctx(), 'met-business-plan-2018-19'),
      flagged: true,
      overdueAtPublication: false,
    });
    expect(listing.milestones.map((m) => m.ref)).toEqual(['BP18-23', 'BP18-38', 'BP18-70']);
    expect(listing.milestones[1]?.flags[0]).toContain('May 2018');
  });

  it('marks the six Q1 milestones as already overdue when the plan was published in July 2018', async () => {
    const listing = await listMilestones(ctx(), {
      planId: await planId(ctx(), 'met-business-plan-2018-19'),
      overdueAtPublication: true,
    });
    expect(listing.total).toBe(6);
  });

  it('finds milestones led by a business group, including units within it', async () => {
    const id = await planId(ctx(), 'met-business-plan-2018-19');
    const hq = await listMilestones(ctx(), { planId: id, lead: 'HQ' });
    const finance = await listMilestones(ctx(), { planId: id, lead: 'FIN' });
    expect(finance.total).toBeGreaterThanOrEqual(12);
    expect(hq.total).toBeGreaterThan(finance.total);
    expect(hq.milestones.map((m) => m.ref)).toEqual(expect.arrayContaining(finance.milestones.map((m) => m.ref)));
  });

  it('refuses a due filter that is not a quarter, naming the field', async () => {
    const id = await planId(ctx(), 'met-business-plan-2018-19');
    await expect(listMilestones(ctx(), { planId: id, due: 'soon' })).rejects.toMatchObject({
      kind: 'invalid-input',
      field: 'due',
    });
  });

  it('hides the draft 2011-14 plan from the public but shows it to the operator', async () => {
    const publicKeys = (await listPlans({ ...ctx(), actor: PUBLIC_ACTOR })).plans.map((p) => p.key);
    const allKeys = (await listPlans(ctx())).plans.map((p) => p.key);
    expect(publicKeys).not.toContain('policing-london-business-plan-2011-14');
    expect(allKeys).toContain('policing-london-business-plan-2011-14');
  });
});
