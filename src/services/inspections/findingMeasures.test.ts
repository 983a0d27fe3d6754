import { expect, it } from 'vitest';
import { peel2018Met } from '../../../demo/peel2018.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { problemOf } from '../../../test/support/problems.js';
import { observationOf, type Observation } from '../../domain/measures/index.js';
import { upsertObservations } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { getFinding } from './getFinding.js';
import { getInspectionReadiness } from './getInspectionReadiness.js';
import { linkFindingMeasure } from './linkFindingMeasure.js';
import { unlinkFindingMeasure } from './unlinkFindingMeasure.js';

const inspection = 'peel-2018-19-met';
const PEEL = peel2018Met.source;

function later(measureCode: string, period: string, value: number): Observation {
  return observationOf({
    measureCode,
    areaCode: 'MPS',
    period,
    value,
    source: 'Metropolitan Police Service vetting unit',
    asAt: '2020-04-30',
  });
}

async function auditOf(ctx: ServiceContext, entityId: string): Promise<string[]> {
  const rows = await ctx.store.db
    .selectFrom('audit_entries')
    .select(['action', 'actor'])
    .where('entity_type', '=', 'finding-measure')
    .where('entity_id', '=', entityId)
    .orderBy('sequence')
    .execute();
  return rows.map((row) => `${row.action} by ${row.actor}`);
}

function figuresOf(readiness: Awaited<ReturnType<typeof getInspectionReadiness>>, ref: string) {
  return readiness.components.flatMap((c) => c.findingFigures).find((f) => f.findingRef === ref);
}

describeWithDemoData('the measures a PEEL finding names', (ctx) => {
  it('shows the vetting backlog on its finding with the report as source and as-at, and no figures since yet', async () => {
    const page = await getFinding(ctx(), { inspection, ref: 'ELB-CoC-1', on: '2020-10-01' });
    const backlog = page.measures.find((m) => m.code === 'vetting-backlog');
    expect(backlog?.latest).toMatchObject({
      value: 16_000,
      periodLabel: 'December 2018',
      source: PEEL,
      asAt: '2019-09-01',
    });
    expect(backlog?.atPublication?.value).toBe(16_000);
    expect(backlog?.since).toBeNull();
    expect(backlog?.move).toBe('no-figures-yet');
    expect(backlog?.sentence).toBe(
      'No figure for Vetting backlog since the report was published on 1 September 2019; the latest is for December 2018.',
    );
    expect(page.measures.map((m) => m.code)).toEqual(['vetting-backlog', 'workforce-without-vetting']);
  });

  it('links a measure to a finding and unlinks it, auditing both, and refuses the same link twice', async () => {
    const input = { inspection, ref: 'INV-AFI-3', measure: 'crime-total' };
    expect(await linkFindingMeasure(ctx(), input)).toEqual({ linked: input });
    const linked = await getFinding(ctx(), { inspection, ref: 'INV-AFI-3' });
    expect(linked.measures.map((m) => [m.code, m.linkedBy])).toEqual([['crime-total', 'test']]);
    expect(await problemOf(linkFindingMeasure(ctx(), input))).toMatchObject({ kind: 'conflict' });
    expect(await unlinkFindingMeasure(ctx(), input)).toEqual({ unlinked: input });
    expect((await getFinding(ctx(), { inspection, ref: 'INV-AFI-3' })).measures).toEqual([]);
    expect(await problemOf(unlinkFindingMeasure(ctx(), input))).toMatchObject({ kind: 'not-found' });
    expect(await auditOf(ctx(), 'peel-2018-19-met INV-AFI-3 → crime-total')).toEqual([
      'create by test',
      'delete by test',
    ]);
  });

  it('refuses a measure that does not exist, a finding that does not, and a viewer, linking nothing', async () => {
    const unknown = await problemOf(
      linkFindingMeasure(ctx(), { inspection, ref: 'INV-AFI-2', measure: 'no-such-measure' }),
    );
    expect(unknown).toMatchObject({ kind: 'not-found', field: 'measure' });
    const noFinding = await problemOf(linkFindingMeasure(ctx(), { inspection, ref: 'XYZ-9', measure: 'crime-total' }));
    expect(noFinding).toMatchObject({ kind: 'not-found', field: 'ref' });
    const viewer: ServiceContext = { ...ctx(), actor: { kind: 'user', username: 'v', role: 'viewer', scope: [] } };
    const refused = await problemOf(
      linkFindingMeasure(viewer, { inspection, ref: 'INV-AFI-2', measure: 'crime-total' }),
    );
    expect(refused.kind).toBe('forbidden');
    expect((await getFinding(ctx(), { inspection, ref: 'INV-AFI-2' })).measures).toEqual([]);
  });

  it('says in readiness whether each finding’s figures moved since the report, beside its actions', async () => {
    const before = await getInspectionReadiness(ctx(), { inspection, on: '2020-10-01' });
    expect(figuresOf(before, 'ELB-CoC-1')).toMatchObject({ figures: 'no-figures-yet', figuresLabel: 'No figures yet' });
    expect(figuresOf(before, 'ELB-REC-1')).toMatchObject({ actions: 1, measures: 1, figures: 'no-figures-yet' });
    expect(figuresOf(before, 'INV-AFI-1')).toMatchObject({
      measures: 0,
      figures: null,
      figuresLabel: 'No measures named',
    });
    // The backlog halves after the report: a real fall in a count where lower is better.
    await upsertObservations(
      ctx().store.db,
      [later('vetting-backlog', '2018-12', 16_100), later('vetting-backlog', '2020-03', 8_000)],
      '2020-05-01T00:00:00.000Z',
    );
    const after = await getInspectionReadiness(ctx(), { inspection, on: '2020-10-01' });
    expect(figuresOf(after, 'ELB-CoC-1')).toMatchObject({ figures: 'improved', figuresLabel: 'Improved' });
    // ELB-REC-1 names only the share without up-to-date vetting, which has nothing since the report.
    expect(figuresOf(after, 'ELB-REC-1')?.figures).toBe('no-figures-yet');
    const page = await getFinding(ctx(), { inspection, ref: 'ELB-CoC-1', on: '2020-10-01' });
    const backlog = page.measures.find((m) => m.code === 'vetting-backlog');
    expect(backlog?.latest).toMatchObject({ value: 8_000, periodLabel: 'March 2020', asAt: '2020-04-30' });
    // The newest vintage of December 2018 is the one standing at publication.
    expect(backlog?.atPublication).toMatchObject({ value: 16_100, source: 'Metropolitan Police Service vetting unit' });
    expect(backlog?.move).toBe('improved');
    expect(backlog?.sentence).not.toContain('The earlier figure is from');
  });

  it('counts one worse figure above one that improved, so success never hides a problem', async () => {
    await upsertObservations(
      ctx().store.db,
      [{ ...later('workforce-without-vetting', '2020-03', 90), numerator: null }],
      '2020-05-01T00:00:00.000Z',
    );
    await linkFindingMeasure(ctx(), { inspection, ref: 'ELB-CoC-1', measure: 'offender-manager-caseload' });
    const readiness = await getInspectionReadiness(ctx(), { inspection, on: '2020-10-01' });
    // A percentage without its counts is not tested, so a rise from 37 to 90 is stated, not judged.
    expect(figuresOf(readiness, 'ELB-REC-1')?.figures).toBe('no-clear-change');
    await upsertObservations(ctx().store.db, [later('vetting-backlog', '2020-06', 30_000)], '2020-07-01T00:00:00.000Z');
    const worse = await getInspectionReadiness(ctx(), { inspection, on: '2020-10-01' });
    expect(figuresOf(worse, 'ELB-CoC-1')).toMatchObject({ measures: 3, figures: 'worse' });
  });
});
