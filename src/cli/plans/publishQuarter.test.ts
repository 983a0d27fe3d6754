import { expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';

const PLAN = 'met-business-plan-2018-19';

async function collecting(): Promise<string | null | undefined> {
  const { plans } = JSON.parse((await run('plans', 'list', '--json')).out) as {
    plans: { key: string; reportingQuarter: string | null }[];
  };
  return plans.find((p) => p.key === PLAN)?.reportingQuarter;
}

describeCliWithDemoData('bluelamp plans publish-quarter', (use) => {
  it('prints what publishing would make public, and with --summary-only publishes nothing', async () => {
    use();
    const result = await run('plans', 'publish-quarter', PLAN, '2018-19-Q2', '--summary-only');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Publishing 2018-19 Q2 of Metropolitan Police Service Business Plan 2018-19');
    expect(result.out).toContain('21 milestones due, 0 carried forward and 0 delivered early: 21 in all.');
    expect(result.out).toMatch(/No update\s+21\nTotal\s+21/);
    expect(result.out).toContain('BP18-61  Career Development Service for police staff');
    expect(await collecting()).toBe('2018-19 Q2');
  });

  it('needs the quarter named', async () => {
    use();
    const result = await run('plans', 'publish-quarter', PLAN);
    expect(result.code).not.toBe(0);
    expect(result.err).toContain("missing required argument 'quarter'");
  });

  it('publishes the quarter named once, then refuses the same request without closing the next quarter', async () => {
    use();
    const published = await run('plans', 'publish-quarter', PLAN, '2018-19-Q2');
    expect(published.code).toBe(0);
    expect(published.out).toContain('Published 0 updates for 2018-19 Q2');
    expect(published.out).toContain('Now collecting 2018-19 Q3.');
    const again = await run('plans', 'publish-quarter', PLAN, '2018-19-Q2');
    expect(again.code).not.toBe(0);
    expect(again.out).toContain('It cannot be published now');
    expect(again.err).toContain('open for 2018-19 Q3');
    expect(await collecting()).toBe('2018-19 Q3');
  });
});
