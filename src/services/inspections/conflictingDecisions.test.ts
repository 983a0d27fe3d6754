import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { problemOf } from '../../../test/support/problems.js';
import { decideFinding } from './decideFinding.js';
import { getFinding } from './getFinding.js';
import { respondToFinding } from './respondToFinding.js';

const inspection = 'peel-2018-19-met';

describeWithDemoData('two decisions made on the same reading of a finding', (ctx) => {
  /** A finding with evidence waiting for the performance team, and the version its page shows. */
  async function awaitingDecision(ref: string): Promise<number> {
    await respondToFinding(ctx(), {
      inspection,
      ref,
      state: 'evidence-submitted',
      evidence: [{ title: 'Completion report', url: 'https://intranet.example/report' }],
    });
    return (await getFinding(ctx(), { inspection, ref })).finding.version;
  }

  it('applies the first and refuses the second with a conflict naming the version it has now', async () => {
    const ref = 'INV-AFI-3';
    const seen = await awaitingDecision(ref);
    const returned = await decideFinding(ctx(), {
      inspection,
      ref,
      decision: 'return',
      note: 'Needs the audit.',
      version: seen,
    });
    expect(returned).toMatchObject({ from: 'evidence-submitted', to: 'in-progress' });
    // On the finding as it now stands, closing would be allowed: only the version stops it.
    const closed = await problemOf(decideFinding(ctx(), { inspection, ref, decision: 'close', version: seen }));
    expect(closed).toMatchObject({ kind: 'conflict', field: 'version' });
    expect(closed.details).toEqual({ currentVersion: seen + 1, currentState: 'in-progress' });
    const page = await getFinding(ctx(), { inspection, ref });
    expect(page.finding.state).toBe('in-progress');
    expect(page.history.map((event) => event.toLabel).slice(-1)).toEqual(['In progress']);
  });

  it('lets exactly one of two decisions sent at once apply, whichever arrives first', async () => {
    const ref = 'ELB-AFI-3';
    const seen = await awaitingDecision(ref);
    const outcomes = await Promise.allSettled([
      decideFinding(ctx(), { inspection, ref, decision: 'return', note: 'Add the audit.', version: seen }),
      decideFinding(ctx(), { inspection, ref, decision: 'close', version: seen }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const refusal = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(refusal?.reason).toMatchObject({ kind: 'conflict' });
    const page = await getFinding(ctx(), { inspection, ref });
    expect(page.finding.version).toBe(seen + 1);
    expect(page.history).toHaveLength(seen + 1);
  });

  it('refuses a decision on a version the finding has not reached yet', async () => {
    const ref = 'MCD-AFI-1';
    const { finding } = await getFinding(ctx(), { inspection, ref });
    const ahead = await problemOf(
      decideFinding(ctx(), { inspection, ref, decision: 'close', version: finding.version + 1 }),
    );
    expect(ahead.kind).toBe('conflict');
    expect((await getFinding(ctx(), { inspection, ref })).finding.state).toBe(finding.state);
  });
});
