import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { problemOf } from '../../../test/support/problems.js';
import { DEMO_RISK_NOTE } from '../../../demo/risks.js';
import { riskFieldsOf } from '../../domain/risks/index.js';
import type { ServiceContext } from '../context.js';
import { addRisk, type NewRisk } from './addRisk.js';
import { editRisk } from './editRisk.js';
import { getRisk } from './getRisk.js';
import { listRisks } from './listRisks.js';
import { reviewRisk } from './reviewRisk.js';

const viewer = (ctx: ServiceContext): ServiceContext => ({
  ...ctx,
  actor: { kind: 'user', username: 'v', role: 'viewer', scope: [] },
});

function newRisk(ref: string, overrides: Partial<NewRisk> = {}): NewRisk {
  return {
    ref,
    title: 'Custody suites close faster than the new ones open',
    owner: 'Commander, Custody',
    cause: 'Suites are closing as the estate shrinks.',
    consequence: 'Arrested people wait in vans; officers queue.',
    inherent: { likelihood: 4, impact: 3 },
    residual: { likelihood: 3, impact: 3 },
    treatment: 'reduce',
    controls: ['Daily custody capacity call'],
    actions: [{ text: 'Open the contingency suites', owner: 'Commander, Custody', dueOn: '2019-03-31' }],
    boards: ['performance-group'],
    milestones: [{ plan: 'met-business-plan-2018-19', ref: 'BP18-75' }],
    findings: [{ inspection: 'peel-2018-19-met', ref: 'ELB-CoC-1' }],
    scoreNote: null,
    ...overrides,
  };
}

async function meeting(ctx: ServiceContext, board: string, date: string): Promise<number> {
  const row = await ctx.store.db
    .insertInto('board_meetings')
    .values({
      board,
      held_on: date,
      title: `Test ${board} ${date}`,
      quarter: null,
      recorded_at: date,
      recorded_by: 'test',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function auditActions(ctx: ServiceContext, ref: string): Promise<string[]> {
  const rows = await ctx.store.db
    .selectFrom('audit_entries')
    .select('action')
    .where('entity_type', '=', 'risk')
    .where('entity_id', '=', ref)
    .orderBy('sequence')
    .execute();
  return rows.map((row) => row.action);
}

describeWithDemoData('the risk register', (ctx) => {
  it('holds the demo register overseen by the Audit Panel, every risk saying its scores are the demo author’s reading', async () => {
    const register = await listRisks(ctx(), { board: 'audit-panel' });
    expect(register.risks.map((r) => r.ref).sort()).toEqual(['SR-1', 'SR-2', 'SR-3', 'SR-4']);
    const scores = register.risks.map((r) => r.residual.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(register.risks.every((r) => r.scoreNote === DEMO_RISK_NOTE)).toBe(true);
    expect(register.scoreNotes).toEqual([DEMO_RISK_NOTE]);
    expect(register.heatMap.rows.flat().reduce((sum, cell) => sum + cell.count, 0)).toBe(4);
    const savings = register.risks.find((r) => r.ref === 'SR-2');
    expect(savings?.residual).toMatchObject({ score: 15, rating: 'high' });
  });

  it('filters by board and by residual rating, and refuses a rating that is not a band', async () => {
    expect((await listRisks(ctx(), { board: 'oversight-board' })).risks).toEqual([]);
    const high = await listRisks(ctx(), { rating: 'high' });
    expect(high.risks.every((r) => r.residual.rating === 'high')).toBe(true);
    expect(high.risks.length).toBeGreaterThan(0);
    expect((await problemOf(listRisks(ctx(), { rating: 'severe' }))).kind).toBe('invalid-input');
  });

  it('adds a risk linked to a milestone and a finding, audits it, and refuses a second with the same ref', async () => {
    expect(await addRisk(ctx(), newRisk('TR-1'))).toEqual({ ref: 'TR-1', version: 1 });
    const page = await getRisk(ctx(), { ref: 'TR-1' });
    expect(page.risk.milestones).toEqual([{ plan: 'met-business-plan-2018-19', ref: 'BP18-75' }]);
    expect(page.risk.residual.text).toBe('9 (medium): possible likelihood × moderate impact');
    expect(page.history.map((h) => h.change)).toEqual(['created']);
    expect(await auditActions(ctx(), 'TR-1')).toEqual(['create']);
    expect((await problemOf(addRisk(ctx(), newRisk('TR-1')))).kind).toBe('conflict');
  });

  it('refuses links to milestones and findings that do not exist, and a residual above the inherent score', async () => {
    const noMilestone = await problemOf(
      addRisk(ctx(), newRisk('TR-2', { milestones: [{ plan: 'met-business-plan-2018-19', ref: 'BP18-999' }] })),
    );
    expect([noMilestone.kind, noMilestone.field]).toEqual(['not-found', 'milestones']);
    const noFinding = await problemOf(
      addRisk(ctx(), newRisk('TR-2', { findings: [{ inspection: 'peel-2018-19-met', ref: 'XXX-1' }] })),
    );
    expect([noFinding.kind, noFinding.field]).toEqual(['not-found', 'findings']);
    const worse = await problemOf(addRisk(ctx(), newRisk('TR-2', { residual: { likelihood: 5, impact: 5 } })));
    expect([worse.kind, worse.field]).toEqual(['invalid-input', 'residual']);
    expect((await listRisks(ctx())).risks.some((r) => r.ref === 'TR-2')).toBe(false);
  });

  it('edits at the version read, keeps each version in the history, and refuses a stale edit with 409 and the current version', async () => {
    await addRisk(ctx(), newRisk('TR-3'));
    const fields = { ...newRisk('TR-3'), treatment: 'treat' as const, owner: 'Director of Estates' };
    const edited = riskFieldsOf(fields);
    expect(await editRisk(ctx(), { ref: 'TR-3', expectedVersion: 1, fields: edited })).toEqual({
      ref: 'TR-3',
      version: 2,
      changed: ['owner', 'treatment'],
    });
    const stale = await problemOf(editRisk(ctx(), { ref: 'TR-3', expectedVersion: 1, fields: edited }));
    expect([stale.kind, stale.details?.currentVersion]).toEqual(['conflict', 2]);
    const page = await getRisk(ctx(), { ref: 'TR-3' });
    expect(page.history.map((h) => [h.version, h.change, h.changedFields.join(',')])).toEqual([
      [2, 'edited', 'owner,treatment'],
      [1, 'created', ''],
    ]);
    expect(await auditActions(ctx(), 'TR-3')).toEqual(['create', 'update']);
  });

  it('records a review at a meeting of an overseeing board, taking its residual scores, once per meeting', async () => {
    await addRisk(ctx(), newRisk('TR-4'));
    const own = await meeting(ctx(), 'performance-group', '2018-11-14');
    const other = await meeting(ctx(), 'oversight-board', '2018-11-20');
    const residual = { likelihood: 2, impact: 3 } as const;
    const wrongBoard = await problemOf(
      reviewRisk(ctx(), { ref: 'TR-4', expectedVersion: 1, meeting: other, residual, note: 'n' }),
    );
    expect([wrongBoard.kind, wrongBoard.field]).toEqual(['invalid-input', 'meeting']);
    expect(
      (await problemOf(reviewRisk(ctx(), { ref: 'TR-4', expectedVersion: 1, meeting: 99999, residual, note: 'n' })))
        .kind,
    ).toBe('not-found');
    expect(
      await reviewRisk(ctx(), { ref: 'TR-4', expectedVersion: 1, meeting: own, residual, note: 'Better.' }),
    ).toEqual({ ref: 'TR-4', version: 2 });
    const page = await getRisk(ctx(), { ref: 'TR-4' });
    expect(page.risk.residual).toMatchObject({ likelihood: 2, impact: 3, score: 6, rating: 'medium' });
    expect(page.reviews.map((r) => [r.heldOn, r.residual.score, r.note])).toEqual([['2018-11-14', 6, 'Better.']]);
    expect(page.risk.lastReviewedOn).toBe('2018-11-14');
    expect(page.history[0]).toMatchObject({ change: 'reviewed', changedFields: ['residual'] });
    const again = await problemOf(
      reviewRisk(ctx(), { ref: 'TR-4', expectedVersion: 2, meeting: own, residual, note: 'Again.' }),
    );
    expect(again.kind).toBe('conflict');
  });

  it('lets anyone signed in read the register but only the performance team change it', async () => {
    expect((await listRisks(viewer(ctx()))).risks.length).toBeGreaterThan(0);
    expect((await problemOf(addRisk(viewer(ctx()), newRisk('TR-5')))).kind).toBe('forbidden');
    expect(
      (await problemOf(editRisk(viewer(ctx()), { ref: 'SR-1', expectedVersion: 1, fields: newRisk('SR-1') }))).kind,
    ).toBe('forbidden');
    expect((await problemOf(listRisks({ ...ctx(), actor: { kind: 'public' } }))).kind).toBe('unauthenticated');
    expect((await problemOf(getRisk(ctx(), { ref: 'SR-99' }))).kind).toBe('not-found');
  });
});
