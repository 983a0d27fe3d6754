import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import type { Actor } from '../../domain/accounts/index.js';
import type { ServiceContext } from '../context.js';
import { listMyFindings } from './listMyFindings.js';

const as = (ctx: ServiceContext, actor: Actor): ServiceContext => ({ ...ctx, actor });
const owner = (scope: string[]): Actor => ({ kind: 'user', username: 'owner', role: 'owner', scope });
const on = '2020-10-01';

describeWithDemoData('the findings an owner has to answer', (ctx) => {
  it('lists for an owner only the outstanding findings of units their scope covers, soonest deadline first', async () => {
    const all = (await listMyFindings(ctx(), { on })).findings;
    expect(all.length).toBeGreaterThan(1);
    expect(all.every((f) => f.state !== 'closed' && f.kind !== 'good-practice' && f.owner !== null)).toBe(true);
    const unit = all[0]!.owner!;
    const mine = (await listMyFindings(as(ctx(), owner([unit])), { on })).findings;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    expect(mine.map((f) => f.ref)).toEqual(all.filter((f) => f.owner === unit).map((f) => f.ref));
    const dated = mine.flatMap((f) => (f.dueOn === null ? [] : [f.dueOn]));
    expect(dated).toEqual([...dated].sort());
    expect(mine.every((f) => f.overdue === (f.dueOn !== null && f.dueOn < on))).toBe(true);
  });

  it('lists nothing for an owner whose units own no findings', async () => {
    expect((await listMyFindings(as(ctx(), owner(['NO-SUCH-UNIT'])), { on })).findings).toEqual([]);
  });
});
