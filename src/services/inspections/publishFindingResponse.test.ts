import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { problemOf } from '../../../test/support/problems.js';
import { PUBLIC_ACTOR, type Actor } from '../../domain/accounts/index.js';
import { listAuditEntries } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { getFinding } from './getFinding.js';
import { publishFindingResponse } from './publishFindingResponse.js';
import { respondToFinding } from './respondToFinding.js';

const inspection = 'peel-2018-19-met';
const PERFORMANCE: Actor = { kind: 'user', username: 'perf.lead', role: 'performance', scope: [] };
const FP_OWNER: Actor = { kind: 'user', username: 'fp.owner', role: 'owner', scope: ['FP'] };
const as = (ctx: ServiceContext, actor: Actor): ServiceContext => ({ ...ctx, actor });

describeWithDemoData("publishing the force's response to a finding", (ctx) => {
  it('shows the public only the published summary and its date; signed-in readers keep the history', async () => {
    await respondToFinding(as(ctx(), FP_OWNER), {
      inspection,
      ref: 'PVP-AFI-3',
      state: 'in-progress',
      note: 'Internal: see the intranet plan.',
      evidence: [{ title: 'Plan', url: 'https://intranet.example/plan' }],
    });
    const unpublished = await getFinding(as(ctx(), PUBLIC_ACTOR), { inspection, ref: 'PVP-AFI-3' });
    expect(unpublished).toMatchObject({ publicResponse: null, history: [], evidence: [] });
    await publishFindingResponse(as(ctx(), PERFORMANCE), {
      inspection,
      ref: 'PVP-AFI-3',
      summary: '  Officers are being trained.  ',
      publishedOn: '2020-01-15',
    });
    const shown = await getFinding(as(ctx(), PUBLIC_ACTOR), { inspection, ref: 'PVP-AFI-3' });
    expect(shown.publicResponse).toEqual({ summary: 'Officers are being trained.', publishedOn: '2020-01-15' });
    expect(JSON.stringify(shown)).not.toMatch(/intranet|fp\.owner|perf\.lead/);
    const internal = await getFinding(as(ctx(), PERFORMANCE), { inspection, ref: 'PVP-AFI-3' });
    expect(internal.history.map((event) => event.note)).toEqual(['Internal: see the intranet plan.']);
  });

  it('records every publication in the audit trail with who published it and what it replaced', async () => {
    const publish = (summary: string) =>
      publishFindingResponse(as(ctx(), PERFORMANCE), {
        inspection,
        ref: 'MCD-AFI-1',
        summary,
        publishedOn: '2020-02-01',
      });
    await publish('First words.');
    await publish('Better words.');
    const entries = await listAuditEntries(ctx().store.db, {
      entityType: 'finding_public_response',
      entityId: `${inspection} MCD-AFI-1`,
    });
    expect(entries.map((e) => [e.actor, e.action, e.before, e.after])).toEqual([
      ['user:perf.lead', 'create', null, { summary: 'First words.', publishedOn: '2020-02-01' }],
      [
        'user:perf.lead',
        'update',
        { summary: 'First words.', publishedOn: '2020-02-01' },
        { summary: 'Better words.', publishedOn: '2020-02-01' },
      ],
    ]);
  });

  it('lets only the performance team publish, and refuses an owner', async () => {
    const refused = await problemOf(
      publishFindingResponse(as(ctx(), FP_OWNER), { inspection, ref: 'PVP-AFI-3', summary: 'Ours.' }),
    );
    expect(refused.kind).toBe('forbidden');
    const page = await getFinding(ctx(), { inspection, ref: 'PVP-AFI-3' });
    expect(page.publicResponse?.summary).not.toBe('Ours.');
  });

  it('refuses a summary dated after today, naming the date, and publishes nothing', async () => {
    const refused = await problemOf(
      publishFindingResponse(as(ctx(), PERFORMANCE), {
        inspection,
        ref: 'TPF-AFI-1',
        summary: 'Early.',
        publishedOn: '2999-01-01',
      }),
    );
    expect(refused).toMatchObject({ kind: 'invalid-input', field: 'publishedOn' });
    expect((await getFinding(ctx(), { inspection, ref: 'TPF-AFI-1' })).publicResponse).toBeNull();
  });
});
