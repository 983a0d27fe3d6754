import { describe, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { PUBLIC_ACTOR } from '../../domain/accounts/index.js';
import { observationOf, type Observation } from '../../domain/measures/index.js';
import type { ServiceContext } from '../context.js';
import { hasYearOnYear, latestFigures, latestPeriod } from './aimMeasureViews.js';
import { areaWords, listAimMeasures, type PlanAimMeasures } from './listAimMeasures.js';
import { listPlans } from './listPlans.js';

async function planId(ctx: ServiceContext, key: string): Promise<number> {
  const plan = (await listPlans(ctx)).plans.find((candidate) => candidate.key === key);
  if (plan === undefined) throw new Error(`no plan ${key}`);
  return plan.id;
}

function measureOf(listing: PlanAimMeasures, aimRef: string, code: string) {
  const measure = listing.aims.find((aim) => aim.ref === aimRef)?.measures.find((m) => m.code === code);
  if (measure === undefined) throw new Error(`no ${code} on ${aimRef}`);
  return measure;
}

describeWithDemoData("the Police and Crime Plan's aims and their measures", (ctx) => {
  const aims = async () => listAimMeasures(ctx(), { planId: await planId(ctx(), 'police-and-crime-plan-2017-21') });

  it('lists exactly the 21 aims of the five-theme framework, each with at least one measure', async () => {
    const listing = await aims();
    expect(listing.aims).toHaveLength(21);
    expect(listing.aims.filter((aim) => aim.measures.length === 0).map((aim) => aim.ref)).toEqual([]);
    expect(new Set(listing.aims.map((aim) => aim.chapter?.ref)).size).toBe(5);
  });

  it("gives the plan's own reoffending figures with their source and as-at date, and no change where there is no earlier year", async () => {
    const measure = measureOf(await aims(), 'better-criminal-justice-aim-3', 'reoffending-rate');
    expect(measure.latest?.period).toBe('FY 2016-17');
    expect(measure.latest?.figures.map((f) => [f.breakdown, f.value])).toEqual([
      [null, 24],
      ['disposal: court order', 31],
      ['disposal: fine', 32],
      ['offender group: young offenders', 43],
    ]);
    expect(
      measure.latest?.figures.every(
        (f) => f.source === 'Police and Crime Plan 2017-21' && f.asAt === '2017-03-31' && !f.synthetic,
      ),
    ).toBe(true);
    expect(measure.change).toBeNull();
  });

  it('judges knife crime in 2017-18 against 2016-17 from the same source', async () => {
    const measure = measureOf(await aims(), 'children-young-people-aim-3', 'knife-crime');
    expect(measure.latest?.period).toBe('FY 2017-18');
    expect(measure.change?.previousPeriod).toBe('FY 2016-17');
    expect(measure.change?.judgement.verdict).not.toBeNull();
    expect(measure.change?.judgement.tone).toBe('negative');
  });

  it('labels the invented survey series synthetic in its figures and in its change', async () => {
    const measure = measureOf(await aims(), 'better-police-service-aim-1', 'victim-satisfaction');
    expect(measure.latest?.period).toBe('R12 2018-03');
    expect(measure.latest?.figures.map((f) => f.breakdown)).toEqual([null, 'ethnicity: BAME', 'ethnicity: White']);
    expect(measure.latest?.figures.every((f) => f.synthetic)).toBe(true);
    expect(measure.change?.synthetic).toBe(true);
  });

  it('says where figures are expected from for a measure that has none yet', async () => {
    const measure = measureOf(await aims(), 'children-young-people-aim-2', 'first-time-entrants');
    expect(measure.latest).toBeNull();
    expect(measure.change).toBeNull();
    expect(measure.expectedSource).toBe('Ministry of Justice youth justice statistics');
  });

  it('shows all recorded crime against the first ambition rather than an aim', async () => {
    const listing = await aims();
    expect(listing.otherNodes.map((node) => [node.ref, node.measures.map((m) => m.code)])).toEqual([
      ['A1', ['crime-total']],
    ]);
  });

  it('lists no aims for a plan that has none, and refuses a plan that does not exist', async () => {
    const business = await listAimMeasures(ctx(), { planId: await planId(ctx(), 'met-business-plan-2018-19') });
    expect(business.aims).toEqual([]);
    await expect(listAimMeasures({ ...ctx(), actor: PUBLIC_ACTOR }, { planId: 999_999 })).rejects.toMatchObject({
      kind: 'not-found',
    });
  });
});

function figure(period: string, value: number, more: Partial<Observation> = {}): Observation {
  return observationOf({ measureCode: 'm', areaCode: 'MPS', period, value, source: 'S', asAt: null, ...more });
}

describe('the latest figures of a measure', () => {
  it('prefers the period ending last, and of two ending in the same month the longer', () => {
    const period = latestPeriod([figure('2018-03', 1), figure('FY 2017-18', 2), figure('FY 2016-17', 3)]);
    expect(period).toEqual({ kind: 'financial-year', financialYear: { startYear: 2017 } });
    expect(
      latestFigures([figure('2018-03', 1), figure('FY 2017-18', 2)], (c) => c)?.figures.map((f) => f.value),
    ).toEqual([2]);
  });

  it('has no latest period when there are no figures', () => {
    expect(latestFigures([], (c) => c)).toBeNull();
  });

  it("finds a year-on-year pair only in London's whole-population figures", () => {
    const split = [figure('FY 2017-18', 1), figure('FY 2016-17', 2, { breakdown: 'ethnicity: White' })];
    expect(hasYearOnYear(split, 'MPS', 'FY 2017-18')).toBe(false);
    expect(hasYearOnYear([...split, figure('FY 2016-17', 3)], 'MPS', 'FY 2017-18')).toBe(true);
    expect(
      hasYearOnYear([figure('FY 2017-18', 1), figure('FY 2016-17', 3, { areaCode: 'camden' })], 'MPS', 'FY 2017-18'),
    ).toBe(false);
  });

  it('names an area the organisation does not hold in words', () => {
    expect(areaWords('england-and-wales')).toBe('England and Wales');
  });
});
