import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import type { ServiceContext } from '../context.js';
import { scopeCovers } from './scopeCovers.js';

describeWithDemoData("an owner's scope over the dated organisation", (ctx) => {
  const owner = (scope: string[]): ServiceContext => ({
    ...ctx(),
    actor: { kind: 'user', username: 'o', role: 'owner', scope },
  });

  it('covers a unit and everything beneath it on the day', async () => {
    expect(await scopeCovers(owner(['SC']), 'lambeth', '2019-02-01')).toBe(true);
    expect(await scopeCovers(owner(['SC']), 'camden', '2019-02-01')).toBe(false);
    expect(await scopeCovers(owner(['SC']), 'SC', '2019-02-01')).toBe(true);
  });

  it('follows the structure as it was: Lambeth was under Frontline Policing until its BCU went live', async () => {
    expect(await scopeCovers(owner(['SC']), 'lambeth', '2018-10-01')).toBe(false);
    expect(await scopeCovers(owner(['FP']), 'lambeth', '2018-10-01')).toBe(true);
    expect(await scopeCovers(owner(['FP']), 'lambeth', '2019-02-01')).toBe(true);
    expect(await scopeCovers(owner(['MetOps']), 'OSS', '2018-06-30')).toBe(false);
    expect(await scopeCovers(owner(['MetOps']), 'OSS', '2018-07-01')).toBe(true);
  });

  it('does not limit roles without a scope, and covers nothing for the public', async () => {
    const performance: ServiceContext = {
      ...ctx(),
      actor: { kind: 'user', username: 'p', role: 'performance', scope: [] },
    };
    expect(await scopeCovers(performance, 'camden', '2019-02-01')).toBe(true);
    expect(await scopeCovers({ ...ctx(), actor: { kind: 'public' } }, 'camden', '2019-02-01')).toBe(false);
  });
});
