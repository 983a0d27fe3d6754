import { expect, it } from 'vitest';
import { peel2018Met } from '../../../demo/peel2018.js';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';

describeCliWithDemoData('bluelamp inspections link-measure and unlink-measure', (use) => {
  it('names a measure for a finding, shows it with its source, and removes it', async () => {
    use();
    const linked = await run('inspections', 'link-measure', 'peel-2018-19-met', 'MCD-AFI-1', 'vetting-backlog');
    expect(linked).toMatchObject({ code: 0, out: 'MCD-AFI-1 now names the measure vetting-backlog.' });
    const shown = await run('findings', 'show', 'peel-2018-19-met', 'MCD-AFI-1', '--on', '2020-10-01');
    expect(shown.out).toMatch(/Measures\n.*Measure +Latest +Source +As at +Since the report/);
    const backlog = shown.out.split('\n').find((line) => line.startsWith('Vetting backlog')) ?? '';
    expect(backlog).toMatch(/^Vetting backlog +16,000 for December 2018 +/);
    expect(backlog).toContain(peel2018Met.source);
    expect(backlog).toMatch(/ 2019-09-01 +No figures yet/);
    const again = await run('inspections', 'link-measure', 'peel-2018-19-met', 'MCD-AFI-1', 'vetting-backlog');
    expect(again.code).not.toBe(0);
    expect(again.err).toContain('MCD-AFI-1 already names the measure "vetting-backlog".');
    const unlinked = await run('inspections', 'unlink-measure', 'peel-2018-19-met', 'MCD-AFI-1', 'vetting-backlog');
    expect(unlinked).toMatchObject({ code: 0, out: 'MCD-AFI-1 no longer names the measure vetting-backlog.' });
  });

  it('refuses a measure that does not exist and prints readiness with each finding’s figures', async () => {
    use();
    const unknown = await run('inspections', 'link-measure', 'peel-2018-19-met', 'MCD-AFI-1', 'no-such-measure');
    expect(unknown.code).not.toBe(0);
    expect(unknown.err).toContain('There is no measure "no-such-measure".');
    const readiness = await run('inspections', 'readiness', 'peel-2018-19-met', '--on', '2020-10-01');
    expect(readiness.out).toMatch(/Finding +Actions open +Figures since the report/);
    expect(readiness.out).toMatch(/ELB-CoC-1 +0 of 0 +No figures yet/);
    expect(readiness.out).toMatch(/MCD-AFI-1 +0 of 0 +No measures named/);
  });
});
