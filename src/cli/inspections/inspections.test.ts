import { expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';

interface FindingJson {
  readonly finding: { readonly version: number };
}

describeCliWithDemoData('bluelamp inspections and findings on the demo data', (use) => {
  it('shows the PEEL 2018/19 Met inspection as JSON with its judgments and finding counts', async () => {
    use();
    const result = await run('inspections', 'show', 'peel-2018-19-met', '--json');
    expect(result.code).toBe(0);
    const shown = JSON.parse(result.out) as {
      pillars: { components: unknown[] }[];
      findings: Record<string, number>;
    };
    expect(shown.pillars).toHaveLength(3);
    expect(shown.pillars.flatMap((p) => p.components)).toHaveLength(10);
    expect(shown.findings).toMatchObject({ 'cause-of-concern': 2, recommendation: 5, 'area-for-improvement': 19 });
  });

  it('lists the overdue findings on a day, and says which day', async () => {
    use();
    const result = await run('findings', 'list', '--overdue', '--on', '2020-10-01');
    expect(result.out).toMatch(/PVP-REC-1 .* 2019-09-01 \(overdue\)/);
    expect(result.out).toMatch(/ELB-REC-1 .* 2020-09-01 \(overdue\)/);
    expect((await run('findings', 'list', '--overdue', '--on', '2019-08-31')).out).toBe(
      'No findings match, on 2019-08-31.',
    );
  });

  it('adds an action for a finding that then appears in the milestone tracker and its quarter’s list', async () => {
    use();
    const added = await run(
      'findings',
      'add-action',
      'peel-2018-19-met',
      'TWF-AFI-1',
      '--title',
      'Publish the wellbeing offer to every team',
      '--text',
      'Brief every team on the wellbeing support on offer.',
      '--due',
      'Quarter 2, 2020-21',
      '--lead',
      'HR',
    );
    expect(added.out).toBe('Added TWF-AFI-1-A1 to peel-2018-19-met-actions (version 5); TWF-AFI-1 is action-planned.');
    const quarter = await run(
      'milestones',
      'list',
      '--plan',
      'peel-2018-19-met-actions',
      '--due',
      '2020-21-Q2',
      '--json',
    );
    const listed = JSON.parse(quarter.out) as { milestones: { ref: string }[] };
    // The vetting backlog action, due by the end of the same quarter, is in that quarter's list too.
    expect(listed.milestones.map((m) => m.ref)).toEqual(['ELB-REC-1-A1', 'TWF-AFI-1-A1']);
    const tracker = await run('milestones', 'list', '--plan', 'peel-2018-19-met-actions');
    expect(tracker.out).toMatch(/ELB-REC-1-A1 +Clear the vetting backlog/);
    expect(tracker.out).toMatch(/TWF-AFI-1-A1 +Publish the wellbeing offer/);
  });

  it('moves a finding through its states, refusing to close it without evidence', async () => {
    use();
    const versionOf = async () =>
      (JSON.parse((await run('findings', 'show', 'peel-2018-19-met', 'TWF-AFI-2', '--json')).out) as FindingJson)
        .finding.version;
    const decide = async (seen: number) =>
      run('findings', 'decide', 'peel-2018-19-met', 'TWF-AFI-2', '--decision', 'close', '--seen-version', String(seen));
    const opened = await versionOf();
    const refused = await decide(opened);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('a finding is closed only on evidence');
    const submitted = await run(
      'findings',
      'respond',
      'peel-2018-19-met',
      'TWF-AFI-2',
      '--state',
      'evidence-submitted',
      '--evidence',
      'Wellbeing survey results|https://intranet.example/survey',
    );
    expect(submitted.out).toBe('TWF-AFI-2: open → evidence-submitted.');
    // A decision made on the page as it was before the evidence came is refused, not applied.
    const stale = await decide(opened);
    expect(stale.code).not.toBe(0);
    expect(stale.err).toContain('changed while you were working');
    expect((await decide(opened + 1)).out).toBe('TWF-AFI-2: evidence-submitted → closed.');
    const shown = await run('findings', 'show', 'peel-2018-19-met', 'TWF-AFI-2');
    expect(shown.out).toContain(`State: Closed (version ${opened + 2})`);
    expect(shown.out).toMatch(/Open → Evidence submitted/);
  });

  it('shows readiness for re-inspection and the comparison with the most similar group', async () => {
    use();
    const readiness = await run('inspections', 'readiness', 'peel-2018-19-met', '--on', '2020-10-01');
    expect(readiness.out).toContain('Not ready for re-inspection on 2020-10-01');
    expect(readiness.out).toMatch(/Ethical and lawful workforce behaviour +Requires improvement +Not ready/);
    const comparison = await run('inspections', 'compare', 'peel-2018-19-met');
    expect(comparison.out).toContain('West Yorkshire Police (carried forward)');
    expect(comparison.out).toMatch(/Effectiveness +Requires improvement +Not known +Not known +Not known/);
  });
});
