import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { problemOf } from '../../../test/support/problems.js';
import { PUBLIC_ACTOR, type Actor } from '../../domain/accounts/index.js';
import { saveReportingRule } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { respondToFinding } from '../inspections/respondToFinding.js';
import { findPlanId } from '../plans/findPlanId.js';
import { returnMilestoneUpdate } from '../plans/returnMilestoneUpdate.js';
import { saveMilestoneUpdate } from '../plans/saveMilestoneUpdate.js';
import { submitMilestoneUpdate } from '../plans/submitMilestoneUpdate.js';
import { listWorkFor, type WorkItem } from './listWorkFor.js';

const PLAN = 'met-business-plan-2018-19';
const Q2 = '2018-19 Q2';
const owner = (scope: string[], username = 'owner'): Actor => ({ kind: 'user', username, role: 'owner', scope });
const PERFORMANCE: Actor = { kind: 'user', username: 'perf', role: 'performance', scope: [] };
const REVIEWER: Actor = { kind: 'user', username: 'mopac', role: 'reviewer', scope: [] };
const VIEWER: Actor = { kind: 'user', username: 'reader', role: 'viewer', scope: [] };
const as = (ctx: ServiceContext, actor: Actor): ServiceContext => ({ ...ctx, actor });
const keyOf = (ref: string) => `update:${PLAN}:${ref}:${Q2}`;
const find = (items: readonly WorkItem[], key: string) => items.find((item) => item.key === key);

describeWithDemoData('what needs a signed-in person', (ctx) => {
  it('gives an HR owner the Quarter 2 update nobody has written yet, due 12 October 2018', async () => {
    const planId = await findPlanId(ctx(), PLAN);
    const items = await listWorkFor(as(ctx(), owner(['HR'])), '2018-10-05');
    expect(find(items, keyOf('BP18-61'))).toEqual({
      kind: 'update-to-write',
      key: keyOf('BP18-61'),
      title: expect.stringMatching(/^BP18-61 .+ — update for Quarter 2, 2018-19$/) as unknown,
      deadline: '2018-10-12',
      urgency: 'due-soon',
      path: `/plans/${planId}/milestones/BP18-61`,
      comment: null,
    });
    expect(items.every((item) => item.kind !== 'update-to-review' && item.kind !== 'quarter-to-publish')).toBe(true);
  });

  it('marks the same update due today on its deadline and overdue the day after, and later a month before', async () => {
    const hr = as(ctx(), owner(['HR']));
    expect(find(await listWorkFor(hr, '2018-10-12'), keyOf('BP18-61'))?.urgency).toBe('due-today');
    expect(find(await listWorkFor(hr, '2018-10-15'), keyOf('BP18-61'))?.urgency).toBe('overdue');
    expect(find(await listWorkFor(hr, '2018-09-03'), keyOf('BP18-61'))?.urgency).toBe('later');
  });

  it('shows an owner only the milestones their units lead', async () => {
    const items = await listWorkFor(as(ctx(), owner(['DP'])), '2018-10-05');
    expect(find(items, keyOf('BP18-61'))).toBeUndefined();
    expect(items.filter((i) => i.kind === 'update-to-write').length).toBeGreaterThan(0);
  });

  it('moves a submitted update from the owner to the reviewers, and a returned one back with its comment', async () => {
    const planId = await findPlanId(ctx(), PLAN);
    const hr = as(ctx(), owner(['HR']));
    const draft = await saveMilestoneUpdate(hr, {
      planId,
      ref: 'BP18-61',
      quarter: Q2,
      version: 0,
      statusCode: 'on-track',
      narrative: 'The service opened to police staff in September.',
    });
    expect(find(await listWorkFor(hr, '2018-10-05'), keyOf('BP18-61'))?.kind).toBe('update-to-write');
    const submitted = await submitMilestoneUpdate(hr, { updateId: draft.id, version: draft.version });
    expect(find(await listWorkFor(hr, '2018-10-05'), keyOf('BP18-61'))).toBeUndefined();
    for (const reviewer of [PERFORMANCE, REVIEWER]) {
      const waiting = find(await listWorkFor(as(ctx(), reviewer), '2018-10-05'), keyOf('BP18-61'));
      expect(waiting).toMatchObject({ kind: 'update-to-review', deadline: '2018-10-19', urgency: 'later' });
    }
    expect(await listWorkFor(as(ctx(), VIEWER), '2018-10-05')).toEqual([]);
    await returnMilestoneUpdate(as(ctx(), PERFORMANCE), {
      updateId: draft.id,
      version: submitted.version,
      comment: 'Say how many staff have used it so far.',
    });
    expect(find(await listWorkFor(hr, '2018-10-05'), keyOf('BP18-61'))).toMatchObject({
      kind: 'update-returned',
      deadline: '2018-10-12',
      comment: 'Say how many staff have used it so far.',
    });
  });

  it('follows the plan’s own reporting rule when one is set', async () => {
    await saveReportingRule(
      ctx().store.db,
      PLAN,
      { updatesDueAfter: 5, reviewDueAfter: 8, publishAfter: 12 },
      { at: '2018-09-01T00:00:00.000Z', by: 'test' },
    );
    const items = await listWorkFor(as(ctx(), owner(['DP'])), '2018-10-05');
    const writing = items.filter((i) => i.kind === 'update-to-write');
    expect(writing.length).toBeGreaterThan(0);
    expect(writing.every((i) => i.deadline === '2018-10-05' && i.urgency === 'due-today')).toBe(true);
  });

  it('gives the owner a finding to answer and, once evidence is in, the performance team one to decide', async () => {
    const hr = as(ctx(), owner(['HR']));
    const beforeReport = await listWorkFor(hr, '2019-08-30');
    expect(beforeReport.filter((i) => i.kind === 'finding-to-respond')).toEqual([]);
    const before = await listWorkFor(hr, '2019-10-01');
    const key = 'finding:peel-2018-19-met:TWF-AFI-2';
    expect(find(before, key)).toMatchObject({
      kind: 'finding-to-respond',
      path: '/inspections/peel-2018-19-met/findings/TWF-AFI-2',
    });
    await respondToFinding(hr, {
      inspection: 'peel-2018-19-met',
      ref: 'TWF-AFI-2',
      state: 'evidence-submitted',
      note: 'The wellbeing plan is in place.',
      evidence: [{ title: 'Wellbeing plan (test)' }],
    });
    expect(find(await listWorkFor(hr, '2019-10-01'), key)).toBeUndefined();
    const performance = await listWorkFor(as(ctx(), PERFORMANCE), '2019-10-01');
    expect(find(performance, key)?.kind).toBe('finding-to-decide');
  });

  it('gives an owner the board actions that name their unit, and the performance team every open one', async () => {
    const metOps = await listWorkFor(as(ctx(), owner(['MetOps'])), '2018-10-05');
    const actions = metOps.filter((i) => i.kind === 'board-action');
    expect(actions.map((i) => i.title)).toEqual([expect.stringContaining('Violent Crime Task Force')]);
    expect(actions[0]).toMatchObject({ deadline: '2018-10-19', urgency: 'later' });
    expect(actions[0]?.path).toMatch(/^\/board\/meetings\/\d+$/);
    // Marked done at the Performance Group of 24 October 2018.
    const after = await listWorkFor(as(ctx(), owner(['MetOps'])), '2018-10-25');
    expect(after.filter((i) => i.kind === 'board-action')).toEqual([]);
    const performance = await listWorkFor(as(ctx(), PERFORMANCE), '2018-10-05');
    expect(performance.filter((i) => i.kind === 'board-action').length).toBeGreaterThanOrEqual(4);
  });

  it('puts the most urgent first and refuses the public and a day that is not a date', async () => {
    const items = await listWorkFor(as(ctx(), PERFORMANCE), '2018-10-22');
    const order = ['overdue', 'due-today', 'due-soon', 'later', 'no-deadline'];
    const ranks = items.map((i) => order.indexOf(i.urgency));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(await problemOf(listWorkFor(as(ctx(), PUBLIC_ACTOR), '2018-10-05'))).toMatchObject({
      kind: 'unauthenticated',
    });
    expect(await problemOf(listWorkFor(as(ctx(), PERFORMANCE), '2018-02-30'))).toMatchObject({
      kind: 'invalid-input',
      field: 'on',
    });
  });
});
