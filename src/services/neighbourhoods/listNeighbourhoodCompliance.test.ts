import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { PUBLIC_ACTOR } from '../../domain/accounts/index.js';
import { parseCsv } from '../../ingest/index.js';
import { listAuditHistory } from '../audit/listAuditHistory.js';
import { getOrganisationOverview } from '../organisation/getOrganisationOverview.js';
import { getAbstractionSummary } from './getAbstractionSummary.js';
import { getDeploymentCsv } from './getDeploymentCsv.js';
import { getNeighbourhoodMinimum } from './getNeighbourhoodMinimum.js';
import { listBoroughWards } from './listBoroughWards.js';
import { listNeighbourhoodCompliance } from './listNeighbourhoodCompliance.js';
import { setNeighbourhoodMinimum } from './setNeighbourhoodMinimum.js';

describeWithDemoData('compliance with the neighbourhood minimum', (ctx) => {
  it("counts the demo's 629 generated wards, most meeting 2 DWOs and 1 PCSO and a minority short", async () => {
    const result = await listNeighbourhoodCompliance(ctx());
    expect(result.london.wards).toBe(629);
    expect((await getOrganisationOverview(ctx())).counts.wards).toBe(629);
    expect(result.asAt).toEqual(['2018-12-31']);
    expect(result.minimum).toEqual({ dwo: 2, pcso: 1, isDefault: true });
    expect(result.synthetic).toBe(true);
    expect(result.london.noFigures).toBe(0);
    expect(result.london.met / 629).toBeGreaterThan(0.75);
    expect(result.london.short).toBeGreaterThan(30);
    expect(result.boroughs).toHaveLength(32);
    expect(result.bcus).toHaveLength(12);
    expect(result.outsideBcus).toBeNull();
  });

  it('adds the BCUs up to London, and each BCU up from its boroughs', async () => {
    const result = await listNeighbourhoodCompliance(ctx());
    const sum = (key: 'wards' | 'met' | 'short') => result.bcus.reduce((total, bcu) => total + bcu[key], 0);
    expect([sum('wards'), sum('met'), sum('short')]).toEqual([
      result.london.wards,
      result.london.met,
      result.london.short,
    ]);
    for (const bcu of result.bcus) {
      const boroughs = result.boroughs.filter((b) => b.bcu?.code === bcu.code);
      expect(boroughs.map((b) => b.code).sort()).toEqual(bcu.boroughs.map((b) => b.code).sort());
      expect(bcu.shortfall.pcso).toBe(boroughs.reduce((total, b) => total + b.shortfall.pcso, 0));
    }
  });

  it('reads an earlier day from the autumn return and the organisation as it was then', async () => {
    const autumn = await listNeighbourhoodCompliance(ctx(), { on: '2018-10-15' });
    const yearEnd = await listNeighbourhoodCompliance(ctx(), { on: '2018-12-31' });
    expect(autumn.asAt).toEqual(['2018-09-30']);
    expect(autumn.london.short).toBeGreaterThan(yearEnd.london.short);
    // The last four BCUs went live in Quarter 4, 2018-19: at the year end their ten boroughs stand apart.
    expect(yearEnd.bcus).toHaveLength(8);
    expect(yearEnd.outsideBcus?.boroughs).toHaveLength(10);
    expect(yearEnd.outsideBcus?.boroughs.map((b) => b.name)).toContain('Lambeth');
    const inBcus = yearEnd.bcus.reduce((total, bcu) => total + bcu.wards, 0);
    expect(inBcus + (yearEnd.outsideBcus?.wards ?? 0)).toBe(629);
    const before = await listNeighbourhoodCompliance(ctx(), { on: '2018-06-30' });
    expect(before.london).toMatchObject({ wards: 629, noFigures: 629, met: 0 });
  });

  it("lists one borough's wards with the same table the CSV download holds", async () => {
    const camden = await listBoroughWards(ctx(), { borough: 'camden' });
    expect(camden.borough).toMatchObject({ name: 'Camden', bcu: { code: 'CN' } });
    expect(camden.wards[0]?.name).toBe('Camden ward 1');
    expect(camden.wards[1]?.name).toBe('Camden ward 2');
    const filtered = await listNeighbourhoodCompliance(ctx(), { borough: 'Camden' });
    expect(filtered.boroughs.map((b) => b.name)).toEqual(['Camden']);
    expect(filtered.bcus.map((b) => b.code)).toEqual(['CN']);
    expect(filtered.boroughs[0]?.wards).toBe(camden.wards.length);
    const csv = await getDeploymentCsv(ctx(), { borough: 'Camden' });
    expect(csv.mediaType).toBe('text/csv; charset=utf-8');
    expect(csv.fileName).toBe('ward-deployment-camden-2026-11-22.csv');
    expect(parseCsv(csv.content.toString('utf8')).map((r) => r.cells)).toEqual([
      camden.table.headers,
      ...camden.table.rows,
    ]);
    expect(camden.table.rows[0]).toContain('Generated (demo)');
    const london = parseCsv((await getDeploymentCsv(ctx())).content.toString('utf8'));
    expect(london).toHaveLength(630);
    await expect(listBoroughWards(ctx(), { borough: 'Atlantis' })).rejects.toThrow(
      '"Atlantis" is not one of the force\'s boroughs.',
    );
  });

  it('judges against a changed minimum, audited with its reason, and refuses one that is not a whole number', async () => {
    const before = await listNeighbourhoodCompliance(ctx());
    const set = await setNeighbourhoodMinimum(ctx(), { dwo: 3, pcso: 1, reason: 'Priority ward uplift' });
    expect(set).toMatchObject({ dwo: 3, pcso: 1, isDefault: false, setBy: 'test', reason: 'Priority ward uplift' });
    const after = await listNeighbourhoodCompliance(ctx());
    expect(after.minimum).toEqual({ dwo: 3, pcso: 1, isDefault: false });
    expect(after.london.met).toBeLessThan(before.london.met);
    expect(after.london.shortfall.dwo).toBeGreaterThan(before.london.shortfall.dwo);
    const audit = await listAuditHistory(ctx(), { entityType: 'neighbourhood_minimum', entityId: 'ward' });
    expect(audit.at(-1)).toMatchObject({
      before: { dwo: 2, pcso: 1 },
      after: { dwo: 3, pcso: 1 },
      reason: 'Priority ward uplift',
    });
    await expect(setNeighbourhoodMinimum(ctx(), { dwo: 1.5, pcso: 1 })).rejects.toThrow(
      'The minimum dwo must be a whole number of DWOs from 0 to 20.',
    );
    await setNeighbourhoodMinimum(ctx(), { dwo: 2, pcso: 1 });
    expect(await getNeighbourhoodMinimum(ctx())).toMatchObject({ dwo: 2, pcso: 1, isDefault: false });
    expect((await listNeighbourhoodCompliance(ctx())).london.met).toBe(before.london.met);
  });

  it('lets the public read the figures but not set the minimum', async () => {
    const publicCtx = { ...ctx(), actor: PUBLIC_ACTOR };
    expect((await listNeighbourhoodCompliance(publicCtx)).london.wards).toBe(629);
    await expect(setNeighbourhoodMinimum(publicCtx, { dwo: 0, pcso: 0 })).rejects.toThrow('Sign in to do this.');
  });

  it("summarises the demo's abstractions by reason for London, each BCU and a borough's wards", async () => {
    const all = await getAbstractionSummary(ctx());
    expect(all).toMatchObject({ from: '2018-10-01', synthetic: true });
    expect(all.london.records).toBe(420);
    const inBcus = all.bcus.reduce((total, bcu) => total + bcu.hours, 0);
    expect(all.outsideBcus?.boroughs).toHaveLength(10);
    expect(inBcus + (all.outsideBcus?.hours ?? 0)).toBe(all.london.hours);
    expect(all.london.byReason.aid).toBeGreaterThan(all.london.byReason.court);
    const barnet = await getAbstractionSummary(ctx(), { borough: 'Barnet', from: '2018-11-01', to: '2018-11-30' });
    expect(barnet.boroughs).toHaveLength(1);
    expect(barnet.wards.reduce((total, ward) => total + ward.hours, 0)).toBe(barnet.boroughs[0]?.hours);
    expect(barnet.london.hours).toBeLessThan(all.london.hours);
    await expect(getAbstractionSummary(ctx(), { from: '2018-12-01', to: '2018-11-01' })).rejects.toThrow(
      'The period ends before it starts.',
    );
  });
});
