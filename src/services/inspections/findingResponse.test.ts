import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import type { Actor } from '../../domain/accounts/index.js';
import type { ServiceContext } from '../context.js';
import { findPlanId } from '../plans/findPlanId.js';
import { listMilestones } from '../plans/listMilestones.js';
import { addFindingAction } from './addFindingAction.js';
import { decideFinding } from './decideFinding.js';
import { getFinding } from './getFinding.js';
import { getGradeComparison } from './getGradeComparison.js';
import { getInspectionReadiness } from './getInspectionReadiness.js';
import { linkFindingMilestone } from './linkFindingMilestone.js';
import { respondToFinding } from './respondToFinding.js';
import { unlinkFindingMilestone } from './unlinkFindingMilestone.js';
import { problemOf } from '../../../test/support/problems.js';

const inspection = 'peel-2018-19-met';
const as = (ctx: ServiceContext, actor: Actor): ServiceContext => ({ ...ctx, actor });
const owner = (scope: string[]): Actor => ({ kind: 'user', username: 'owner', role: 'owner', scope });

describeWithDemoData('the force’s response to the PEEL 2018/19 findings', (ctx) => {
  it('shows a finding with the business plan milestone that addresses it and the action planned for it', async () => {
    const page = await getFinding(ctx(), { inspection, ref: 'PVP-AFI-2', on: '2020-10-01' });
    expect(page.finding.stateLabel).toBe('Action planned');
    expect(page.component.name).toBe('Protecting vulnerable people');
    expect(page.addressedBy.map((l) => [l.planKey, l.milestoneRef, l.milestone?.title])).toEqual([
      ['met-business-plan-2018-19', 'BP18-32', "Review DVPOs, DVPNs and Clare's Law"],
    ]);
    expect(page.actions.map((l) => [l.milestoneRef, l.overdue])).toEqual([['PVP-AFI-2-A1', true]]);
    expect(page.history.map((e) => [e.fromLabel, e.toLabel])).toEqual([['Open', 'Action planned']]);
  });

  it('puts an action created for a finding into the milestone tracker and its quarter’s list', async () => {
    const result = await addFindingAction(ctx(), {
      inspection,
      ref: 'ELB-REC-3',
      title: 'Report vetting outcomes by ethnicity to the vetting board',
      text: 'Each quarter, compare refusal rates by ethnicity and explain any gap.',
      due: 'Quarter 3, 2020-21',
      leads: ['RV'],
    });
    expect(result).toMatchObject({ planKey: 'peel-2018-19-met-actions', milestoneRef: 'ELB-REC-3-A1' });
    expect(result.findingState).toBe('action-planned');
    const planId = await findPlanId(ctx(), 'peel-2018-19-met-actions');
    expect(planId).toBe(result.planId);
    const quarter = await listMilestones(ctx(), { planId, due: '2020-21 Q3' });
    expect(quarter.milestones.map((m) => m.ref)).toEqual(['ELB-REC-3-A1']);
    const all = await listMilestones(ctx(), { planId });
    expect(all.milestones.map((m) => m.ref)).toEqual(
      expect.arrayContaining(['PVP-REC-1-A1', 'ELB-REC-1-A1', 'ELB-REC-2-A1', 'PVP-AFI-2-A1', 'ELB-REC-3-A1']),
    );
    expect(all.plan.state).toBe('published');
  });

  it('refuses an action with an unreadable due date or an unknown lead, and changes nothing', async () => {
    const before = await getFinding(ctx(), { inspection, ref: 'INV-AFI-1' });
    const base = { inspection, ref: 'INV-AFI-1', title: 'A title', text: 'Some text.' };
    const due = await problemOf(addFindingAction(ctx(), { ...base, due: 'soonish', leads: ['FP'] }));
    expect(due).toMatchObject({ kind: 'invalid-input', field: 'due' });
    const lead = await problemOf(addFindingAction(ctx(), { ...base, due: 'Quarter 1, 2020-21', leads: ['NOPE'] }));
    expect(lead.message).toContain('"NOPE" is not the code of an organisational unit');
    const after = await getFinding(ctx(), { inspection, ref: 'INV-AFI-1' });
    expect(after.actions).toEqual(before.actions);
    expect(after.finding.state).toBe('open');
  });

  it('closes a finding only on evidence, and re-opens it only with a reason', async () => {
    const ref = 'INV-AFI-2';
    const seen = async () => (await getFinding(ctx(), { inspection, ref })).finding.version;
    const bare = await problemOf(decideFinding(ctx(), { inspection, ref, decision: 'close', version: await seen() }));
    expect(bare.message).toContain('closed only on evidence');
    expect(bare.field).toBe('evidence');
    expect((await getFinding(ctx(), { inspection, ref })).finding.state).toBe('open');
    const noEvidence = await problemOf(respondToFinding(ctx(), { inspection, ref, state: 'evidence-submitted' }));
    expect(noEvidence.message).toContain('at least one piece of evidence');
    expect(noEvidence.field).toBe('evidence');
    await respondToFinding(ctx(), {
      inspection,
      ref,
      state: 'evidence-submitted',
      note: 'Training delivered.',
      evidence: [{ title: 'Attendance register', url: 'https://intranet.example/training' }],
    });
    await decideFinding(ctx(), { inspection, ref, decision: 'close', note: 'Seen.', version: await seen() });
    const version = await seen();
    expect(await problemOf(decideFinding(ctx(), { inspection, ref, decision: 'reopen', version }))).toMatchObject({
      kind: 'invalid-input',
      field: 'note',
    });
    await decideFinding(ctx(), { inspection, ref, decision: 'reopen', note: 'The audit found gaps.', version });
    const page = await getFinding(ctx(), { inspection, ref });
    expect(page.history.map((e) => e.toLabel)).toEqual(['Evidence submitted', 'Closed', 'Re-opened']);
    expect(page.evidence).toEqual([
      expect.objectContaining({ title: 'Attendance register', url: 'https://intranet.example/training' }),
    ]);
  });

  it('lets an owner answer only for findings their units own, and never decide', async () => {
    const outside = await problemOf(
      respondToFinding(as(ctx(), owner(['SW'])), { inspection, ref: 'PVP-REC-2', state: 'in-progress' }),
    );
    expect(outside.kind).toBe('forbidden');
    const moved = await respondToFinding(as(ctx(), owner(['FP'])), {
      inspection,
      ref: 'PVP-REC-2',
      state: 'in-progress',
    });
    expect(moved).toMatchObject({ from: 'open', to: 'in-progress' });
    const decide = await problemOf(
      decideFinding(as(ctx(), owner(['FP'])), { inspection, ref: 'PVP-REC-2', decision: 'close', version: 1 }),
    );
    expect(decide.kind).toBe('forbidden');
  });

  it('links a finding to an existing milestone once, and unlinks it', async () => {
    const input = { inspection, ref: 'PVP-AFI-1', planKey: 'met-business-plan-2018-19', milestoneRef: 'BP18-31' };
    await linkFindingMilestone(ctx(), input);
    expect((await problemOf(linkFindingMilestone(ctx(), input))).kind).toBe('conflict');
    const missing = await problemOf(linkFindingMilestone(ctx(), { ...input, milestoneRef: 'BP18-999' }));
    expect(missing).toMatchObject({ kind: 'not-found', field: 'milestoneRef' });
    await unlinkFindingMilestone(ctx(), input);
    expect((await getFinding(ctx(), { inspection, ref: 'PVP-AFI-1' })).addressedBy).toEqual([]);
  });

  it('judges readiness per component: vetting is not ready once its recommendation and action are past due', async () => {
    const readiness = await getInspectionReadiness(ctx(), { inspection, on: '2020-10-01' });
    const vetting = readiness.components.find((c) => c.key === 'ethical-and-lawful-workforce-behaviour');
    expect(vetting?.verdict).toBe('not-ready');
    expect(vetting?.overdueFindings).toBe(1);
    expect(vetting?.lateActions.map((a) => a.milestoneRef)).toContain('ELB-REC-1-A1');
    expect(vetting?.reasons[0]).toBe('1 finding is past the due date');
    expect(readiness.components).toHaveLength(10);
    expect(readiness.verdict).toBe('not-ready');
    const early = await getInspectionReadiness(ctx(), { inspection, on: '2019-10-01' });
    const earlyVetting = early.components.find((c) => c.key === 'ethical-and-lawful-workforce-behaviour');
    expect(earlyVetting?.verdict).toBe('work-outstanding');
  });

  it('compares the grades with the most similar group, saying which are not known', async () => {
    const comparison = await getGradeComparison(ctx(), { inspection });
    expect(comparison.forces.map((f) => [f.force, f.source, f.carriedForward])).toEqual([
      ['metropolitan', 'this-report', false],
      ['west-midlands', 'none', false],
      ['greater-manchester', 'none', false],
      ['west-yorkshire', 'none', true],
    ]);
    const effectiveness = comparison.judgments.find((j) => j.key === 'effectiveness');
    expect(effectiveness?.grades.map((g) => g.gradeLabel)).toEqual(['Requires improvement', null, null, null]);
    expect(comparison.forcesWithoutGrades).toBe(3);
  });
});
