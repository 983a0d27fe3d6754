import { expect, it } from 'vitest';
import { PUBLIC_ACTOR, type Actor } from '../../domain/accounts/index.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { problemOf } from '../../../test/support/problems.js';
import { buildQuarterlyReport } from '../publishing/buildQuarterlyReport.js';
import { buildQuarterProgressView } from '../publishing/openData/progressPages.js';
import { listAuditHistory } from '../audit/listAuditHistory.js';
import type { ServiceContext } from '../context.js';
import { approveQuarterNarrative } from './approveQuarterNarrative.js';
import { listPlans } from './listPlans.js';
import { listQuarterNarratives } from './listQuarterNarratives.js';
import { publishQuarter } from './publishQuarter.js';
import { returnQuarterNarrative } from './returnQuarterNarrative.js';
import { saveQuarterNarrative } from './saveQuarterNarrative.js';
import { submitQuarterNarrative } from './submitQuarterNarrative.js';

const PLAN = 'met-business-plan-2018-19';
const PERFORMANCE: Actor = { kind: 'user', username: 'perf', role: 'performance', scope: [] };
const OWNER: Actor = { kind: 'user', username: 'hr-owner', role: 'owner', scope: ['HR'] };

describeWithDemoData('chapter and section narratives ("other progress")', (ctx) => {
  const as = (actor: Actor): ServiceContext => ({ ...ctx(), actor });
  const planId = async () => (await listPlans(ctx())).plans.find((p) => p.key === PLAN)?.id ?? -1;

  it('prints the demo’s Quarter 1 other progress under its chapter and section in the report and on the public page', async () => {
    const report = await buildQuarterlyReport(ctx(), { plan: PLAN, quarter: '2018-19 Q1' });
    const violence = report.chapters.find((c) => c.ref === '3')?.sections.find((s) => s.ref === '3.2');
    expect(violence?.otherProgress).toContain('Project Servator now deploys across the whole of London');
    expect(violence?.otherProgress).toContain('Commonwealth Heads of Government Meeting');
    // Chapter 5 has a narrative of its own beside its milestones.
    expect(report.chapters.find((c) => c.ref === '5')?.otherProgress).toContain('Frontline Policing');
    // A section with a narrative and no milestone on the quarter still gets its heading, in plan order.
    expect(report.chapters.find((c) => c.ref === '3')?.sections.map((s) => s.ref)).toEqual(['3.2', '3.3', '3.4']);
    const page = await buildQuarterProgressView(as(PUBLIC_ACTOR), { plan: PLAN, quarter: '2018-19 Q1' });
    const table = page.tables.find((t) => t.name === 'other-progress');
    expect(table?.rows.map((r) => r.part)).toEqual([
      '3.2 Tackling serious violence',
      '3.3 Safeguarding',
      '3.4 Acquisitive crime',
      '4.0 Strengthening local policing',
      '5 Developing our key capabilities',
    ]);
  });

  it('goes from draft to submitted to approved, is published with its quarter, and only then is public', async () => {
    const id = await planId();
    const performance = as(PERFORMANCE);
    const draft = await saveQuarterNarrative(performance, {
      planId: id,
      nodeRef: '3.4',
      quarter: '2018-19 Q2',
      version: 0,
      narrative: '  Burglary fell in Havering.\n\n\n\nA second paragraph.  ',
    });
    expect(draft).toMatchObject({
      state: 'draft',
      version: 1,
      narrative: 'Burglary fell in Havering.\n\nA second paragraph.',
    });
    expect(draft.part).toEqual({ ref: '3.4', title: 'Acquisitive crime', kind: 'section' });
    const hidden = await listQuarterNarratives(as(PUBLIC_ACTOR), { planId: id, quarter: '2018-19 Q2' });
    expect(hidden.parts.find((p) => p.part.ref === '3.4')?.narrative).toBeNull();

    const submitted = await submitQuarterNarrative(performance, { narrativeId: draft.id, version: 1 });
    // Submitted, it waits for review and cannot be edited, and the quarter cannot be published past it.
    const edit = await problemOf(
      saveQuarterNarrative(performance, {
        planId: id,
        nodeRef: '3.4',
        quarter: '2018-19 Q2',
        version: 2,
        narrative: 'x',
      }),
    );
    expect(edit.kind).toBe('conflict');
    expect((await problemOf(publishQuarter(performance, { planId: id, quarter: '2018-19 Q2' }))).message).toMatch(
      /1 update or narrative is still waiting for review/,
    );
    await approveQuarterNarrative(performance, { narrativeId: draft.id, version: submitted.version });
    const published = await publishQuarter(performance, { planId: id, quarter: '2018-19 Q2' });
    expect(published.narrativesPublished).toBe(1);

    const seen = await listQuarterNarratives(as(PUBLIC_ACTOR), { planId: id, quarter: '2018-19 Q2' });
    expect(seen.parts.find((p) => p.part.ref === '3.4')?.narrative).toMatchObject({ state: 'published' });
    const report = await buildQuarterlyReport(ctx(), { plan: PLAN, quarter: '2018-19 Q2' });
    const section = report.chapters.flatMap((c) => c.sections).find((s) => s.ref === '3.4');
    expect(section?.otherProgress).toBe('Burglary fell in Havering.\n\nA second paragraph.');
    // Written, submitted and approved: each step in the audit trail.
    const audit = await listAuditHistory(ctx(), {
      entityType: 'quarter_narrative',
      entityId: `${PLAN} 3.4 2018-19 Q2`,
    });
    expect(audit).toHaveLength(3);
  });

  it('refuses a stale version, a part that takes no narrative, an empty one, an owner, and a return without a comment', async () => {
    const id = await planId();
    const performance = as(PERFORMANCE);
    const input = {
      planId: id,
      nodeRef: '4.2',
      quarter: '2018-19 Q3',
      version: 0,
      narrative: 'Live Chat moves to the home page.',
    };
    const draft = await saveQuarterNarrative(performance, input);
    const stale = await problemOf(saveQuarterNarrative(performance, input));
    expect([stale.kind, stale.field, stale.details]).toEqual([
      'conflict',
      'version',
      { currentVersion: 1, currentState: 'draft' },
    ]);
    expect((await problemOf(saveQuarterNarrative(performance, { ...input, nodeRef: '9.9' }))).kind).toBe('not-found');
    expect((await problemOf(saveQuarterNarrative(performance, { ...input, version: 1, narrative: ' \n ' }))).kind).toBe(
      'invalid-input',
    );
    expect((await problemOf(saveQuarterNarrative(as(OWNER), { ...input, version: 1 }))).kind).toBe('forbidden');
    const submitted = await submitQuarterNarrative(performance, { narrativeId: draft.id, version: 1 });
    const bare = await problemOf(
      returnQuarterNarrative(performance, { narrativeId: draft.id, version: submitted.version }),
    );
    expect(bare.field).toBe('comment');
    const returned = await returnQuarterNarrative(performance, {
      narrativeId: draft.id,
      version: submitted.version,
      comment: 'Give the number of chats.',
    });
    expect(returned).toMatchObject({ state: 'returned', reviewComment: 'Give the number of chats.' });
    expect((await problemOf(submitQuarterNarrative(performance, { narrativeId: 999_999, version: 1 }))).kind).toBe(
      'not-found',
    );
  });
});
