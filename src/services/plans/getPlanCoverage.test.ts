import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { mopacDelivery2017 } from '../../../demo/plans/mopacDelivery2017.js';
import { MARKED_COMMITMENTS } from '../../../demo/plans/policeAndCrimePlan2017/deliverers.js';
import { buildBoardPack } from '../board/buildBoardPack.js';
import type { PlanNodeDocument } from '../../domain/plans/index.js';
import { planContentDocument } from '../../store/index.js';
import { findPlanId } from './findPlanId.js';
import { getPlanCoverage } from './getPlanCoverage.js';
import { getPlanCoverageCsv } from './getPlanCoverageCsv.js';
import { listMilestones } from './listMilestones.js';
import { loadVisiblePlan } from './planAccess.js';

const PCP = 'police-and-crime-plan-2017-21';

describeWithDemoData('coverage of the Police and Crime Plan finds what nothing delivers', (ctx) => {
  const coverage = async () => getPlanCoverage(ctx(), { planId: await findPlanId(ctx(), PCP) });

  it('counts a commitment whose chapter alone is linked as delivered by nothing, and says so', async () => {
    const result = await coverage();
    const chapterOnly = result.nodes.filter((node) => node.coverage === 'through-parent');
    expect(chapterOnly.length).toBeGreaterThan(0);
    expect(chapterOnly.every((node) => !node.delivered)).toBe(true);
    expect(result.nothingDelivers).toEqual(expect.arrayContaining(chapterOnly.map((node) => node.ref)));
    expect(result.counts.delivered + result.counts.notDelivered).toBe(90);
    expect(result.counts.notDelivered).toBe(result.nothingDelivers.length);
  });

  it("counts the commitments MOPAC's own delivery plan names as delivered, by its milestones", async () => {
    const result = await coverage();
    const cj1 = result.nodes.find((node) => node.ref === 'CJ1');
    expect(cj1?.delivered).toBe(true);
    expect(cj1?.deliverer).toEqual({ kind: 'oversight-body', name: 'MOPAC' });
    expect(cj1?.deliveredBy.map((d) => `${d.planTitle}: ${d.ref}`)).toEqual(
      expect.arrayContaining([
        "MOPAC's delivery of the Police and Crime Plan 2017-21: MD-01",
        "MOPAC's delivery of the Police and Crime Plan 2017-21: MD-02",
      ]),
    );
    expect(result.nothingDelivers).not.toContain('PS7');
  });

  it('lists the oversight body’s own commitments, including those nothing delivers yet', async () => {
    const result = await coverage();
    expect(result.oversightBodyDelivers).toEqual(expect.arrayContaining(['CJ1', 'CJ2', 'PS7', 'CY11', 'VW2']));
    // VW2 is MOPAC's to deliver and its delivery plan does not name it: a gap of the body's own.
    expect(result.nothingDelivers).toContain('VW2');
  });

  it('marks only refs that are commitments of the plan', async () => {
    const refs = new Set((await coverage()).nodes.map((node) => node.ref));
    expect(MARKED_COMMITMENTS.filter((ref) => !refs.has(ref))).toEqual([]);
  });

  it('stores who delivers a commitment with the plan version, so exports and new versions keep it', async () => {
    const content = await loadVisiblePlan(ctx(), ctx().store.db, await findPlanId(ctx(), PCP));
    const flat = (nodes: readonly PlanNodeDocument[]): PlanNodeDocument[] =>
      nodes.flatMap((node) => [node, ...flat(node.children ?? [])]);
    const nodes = flat(planContentDocument(content).nodes);
    expect(nodes.find((node) => node.ref === 'CJ1')?.deliverer).toEqual({ kind: 'oversight-body', name: 'MOPAC' });
    expect(nodes.find((node) => node.ref === 'PS1')?.deliverer?.kind).toBe('force');
    expect(nodes.find((node) => node.ref === 'HC11')?.deliverer).toEqual({ kind: 'partner', name: 'Home Office' });
    expect(nodes.find((node) => node.ref === 'PS2')?.deliverer).toBeUndefined();
  });

  it('writes a CSV with one row per commitment that names those nothing delivers', async () => {
    const planId = await findPlanId(ctx(), PCP);
    const csv = (await getPlanCoverageCsv(ctx(), { planId })).content.toString('utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(91);
    expect(lines.find((line) => line.startsWith('VW2,'))).toContain('The oversight body itself (MOPAC)');
    expect(lines.find((line) => line.startsWith('VW2,'))).toContain(',No,');
    expect(lines.find((line) => line.startsWith('CJ1,'))).toContain(',Yes,');
  });

  it('shows the board the commitments nothing delivers, in the pack', async () => {
    const pack = await buildBoardPack(ctx(), { meeting: 1 });
    const gaps = pack.commitmentGaps;
    expect(gaps?.planKey).toBe(PCP);
    expect(gaps?.gaps.map((gap) => gap.ref)).toContain('VW2');
    expect(gaps?.gaps.map((gap) => gap.ref)).not.toContain('CJ1');
  });

  it("tracks MOPAC's own delivery plan like any other: its milestones led by MOPAC's units, undated ones saying so", async () => {
    const listing = await listMilestones(ctx(), { planId: await findPlanId(ctx(), 'mopac-delivery-2017-21') });
    expect(listing.milestones).toHaveLength(15);
    const leads = new Set(listing.milestones.flatMap((m) => m.leads.map((lead) => lead.name)));
    expect(
      [...leads].every((name) => name.startsWith('MOPAC') || name === "Mayor's Office for Policing and Crime"),
    ).toBe(true);
    const undated = mopacDelivery2017.nodes
      .flatMap((node) => node.milestones ?? [])
      .filter((m) => m.text.endsWith('(date: demo author’s reading)'))
      .map((m) => m.ref);
    // The plan dates only the MoU, the £63m, the £72m LCPF and its 2018/19 co-commissioning pot.
    expect(undated).toHaveLength(11);
    for (const dated of ['MD-03', 'MD-05', 'MD-06', 'MD-07']) expect(undated).not.toContain(dated);
    const victims = listing.milestones.find((m) => m.ref === 'MD-01');
    expect(victims?.leads.map((lead) => lead.name)).toEqual(["Mayor's Office for Policing and Crime"]);
  });
});
