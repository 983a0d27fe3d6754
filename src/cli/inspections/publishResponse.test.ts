import { expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';

describeCliWithDemoData('bluelamp findings publish-response on the demo data', (use) => {
  it('says a finding has no published response, then shows the summary and its date once published', async () => {
    use();
    const before = await run('findings', 'show', 'peel-2018-19-met', 'MCD-AFI-1');
    expect(before.out).toContain('The force has not yet published its response to this finding.');
    const published = await run(
      'findings',
      'publish-response',
      'peel-2018-19-met',
      'MCD-AFI-1',
      '--summary',
      'Every team now has a wellbeing lead.',
      '--on',
      '2020-01-15',
    );
    expect(published.out).toBe('Published the response to MCD-AFI-1 on 2020-01-15; the public can read it now.');
    const after = await run('findings', 'show', 'peel-2018-19-met', 'MCD-AFI-1');
    expect(after.out).toContain('Published response (2020-01-15): Every team now has a wellbeing lead.');
  });

  it('refuses a summary dated on a day still to come, and changes nothing', async () => {
    use();
    const refused = await run(
      'findings',
      'publish-response',
      'peel-2018-19-met',
      'MCD-AFI-1',
      '--summary',
      'Too early.',
      '--on',
      '2999-01-01',
    );
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('a summary cannot be published on a day still to come');
    expect((await run('findings', 'show', 'peel-2018-19-met', 'MCD-AFI-1')).out).not.toContain('Too early.');
  });
});
