import { expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';

describeCliWithDemoData('bluelamp org on the demo data', (use) => {
  it('lists 12 BCUs covering 32 boroughs as JSON, each borough in exactly one', async () => {
    use();
    const { code, out } = await run('org', 'bcus', '--json');
    expect(code).toBe(0);
    const { bcus } = JSON.parse(out) as { bcus: { code: string; boroughs: { code: string }[] }[] };
    expect(bcus).toHaveLength(12);
    const boroughs = bcus.flatMap((bcu) => bcu.boroughs.map((b) => b.code));
    expect(boroughs).toHaveLength(32);
    expect(new Set(boroughs).size).toBe(32);
  });

  it('prints readable tables for people and history for one unit', async () => {
    use();
    expect((await run('org', 'bcus')).out).toContain('12 BCUs covering 32 boroughs');
    expect((await run('org', 'boroughs', '--on', '2018-05-15')).out).toMatch(
      /Camden\s+E09000007\s+Central North \(CN\)/,
    );
    expect((await run('org', 'groups')).out).toMatch(/Strategy and Governance\s+S&G/);
    expect((await run('org', 'unit', 'lambeth')).out).toContain('Central South');
  });
});
