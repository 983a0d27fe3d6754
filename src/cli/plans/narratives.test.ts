import { expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';

const PLAN = 'met-business-plan-2018-19';

describeCliWithDemoData('bluelamp milestones narrative', (use) => {
  it('lists each chapter and section with the quarter’s published other progress', async () => {
    use();
    const result = await run('milestones', 'narrative', 'list', '--plan', PLAN, '--quarter', '2018-19-Q1');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/3\.2\s+Tackling serious violence\s+published v2/);
    expect(result.out).toMatch(/4\.1\s+Prevention and neighbourhoods\s+\(none\)/);
  });

  it('writes a draft, submits and approves it at the versions read, and refuses a stale one', async () => {
    use();
    const written = await run(
      'milestones',
      'narrative',
      'write',
      '--plan',
      PLAN,
      '--part',
      '4.2',
      '--quarter',
      '2018-19-Q2',
      '--expected-version',
      '0',
      '--text',
      'Live Chat is to be tried on the home page.',
    );
    expect(written.code).toBe(0);
    const id = /Narrative (\d+) on 4\.2 Responding to the public for 2018-19 Q2: draft, version 1\./.exec(
      written.out,
    )?.[1];
    expect(id).toBeDefined();
    const stale = await run(
      'milestones',
      'narrative',
      'write',
      '--plan',
      PLAN,
      '--part',
      '4.2',
      '--quarter',
      '2018-19-Q2',
      '--expected-version',
      '0',
      '--text',
      'Overwrite.',
    );
    expect(stale.code).not.toBe(0);
    expect(stale.err).toContain('Someone else changed this narrative');
    expect((await run('milestones', 'narrative', 'submit', id ?? '', '--expected-version', '1')).out).toContain(
      'submitted, version 2',
    );
    expect((await run('milestones', 'narrative', 'approve', id ?? '', '--expected-version', '2')).out).toContain(
      'approved, version 3',
    );
  });

  it('will not return a narrative without a comment', async () => {
    use();
    const result = await run('milestones', 'narrative', 'return', '1', '--expected-version', '2');
    expect(result.code).not.toBe(0);
    expect(result.err).toContain("required option '--comment <words>' not specified");
  });
});
