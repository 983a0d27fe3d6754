import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { BluelampProblem } from '../../domain/errors.js';
import { getOrgUnit } from './getOrgUnit.js';
import { listBoroughs } from './listBoroughs.js';
import { getOrganisationOverview } from './getOrganisationOverview.js';

describeWithDemoData('organisational units over time', (ctx) => {
  it('answers which BCU Camden was in, in May 2018, and that Lambeth was in none yet', async () => {
    const { boroughs } = await listBoroughs(ctx(), { on: '2018-05-15' });
    expect(boroughs.find((b) => b.code === 'camden')?.bcu).toEqual({ code: 'CN', name: 'Central North' });
    expect(boroughs.find((b) => b.code === 'lambeth')?.bcu).toBeNull();
    expect(boroughs.find((b) => b.code === 'airports')).toMatchObject({ kind: 'airports', bcu: null });
  });

  it("keeps a borough's whole history: its own command until its BCU went live", async () => {
    const lambeth = await getOrgUnit(ctx(), { code: 'lambeth' });
    expect(lambeth.history).toEqual([
      { parent: expect.objectContaining({ code: 'FP' }) as unknown, validFrom: null, validTo: '2018-12-31' },
      { parent: expect.objectContaining({ code: 'SC' }) as unknown, validFrom: '2019-01-01', validTo: null },
    ]);
    expect(lambeth.parent?.code).toBe('SC');
    expect(lambeth.gssCode).toBe('E09000022');
  });

  it('moves Operational Support Services into Met Operations from Quarter 2, 2018-19', async () => {
    expect((await getOrgUnit(ctx(), { code: 'OSS', on: '2018-06-30' })).parent).toBeNull();
    expect((await getOrgUnit(ctx(), { code: 'OSS', on: '2018-07-01' })).parent?.code).toBe('MetOps');
  });

  it('lists five business groups with the lead codes milestones use', async () => {
    const overview = await getOrganisationOverview(ctx(), { on: '2018-10-01' });
    expect(overview.force.name).toBe('Metropolitan Police Service');
    expect(overview.businessGroups.map((g) => g.code)).toEqual(['FP', 'MetOps', 'SO', 'PROF', 'HQ']);
    const leadCodes = overview.businessGroups.flatMap((g) => [g.leadCode, ...g.units.map((u) => u.leadCode)]);
    for (const code of ['FP', 'MetOps', 'SO', 'HR', 'DP', 'DPS', 'DMC', 'S&G', 'OMM/TD', 'Finance', 'Estates']) {
      expect(leadCodes).toContain(code);
    }
    expect(overview.counts).toEqual({ bcus: 8, boroughs: 32, wards: 629 });
  });

  it('reports an unknown code as not found, naming the code', async () => {
    const attempt = getOrgUnit(ctx(), { code: 'XX' });
    await expect(attempt).rejects.toThrow(BluelampProblem);
    await expect(attempt).rejects.toThrow('No organisational unit has the code "XX".');
  });
});
