import { describe, expect, it } from 'vitest';
import { countChange, wilsonInterval } from '../measures/statistics/index.js';
import { MINORITY_GROUPS, stopSearchScrutiny, type SearchCount } from './stopSearchScrutiny.js';

function searches(officerDefined: string, count: number, rest: Partial<SearchCount> = {}): SearchCount {
  return {
    month: '2018-04',
    officerDefined,
    selfDefined: `${officerDefined} - Any other background`,
    objectOfSearch: 'Controlled drugs',
    outcome: 'A no further action disposal',
    outcomeLinked: '',
    searches: count,
    ...rest,
  };
}

const COUNTS: SearchCount[] = [
  searches('White', 70),
  searches('White', 30, { outcome: 'Arrest', outcomeLinked: 'true' }),
  searches('Black', 240),
  searches('Black', 60, { outcome: 'Arrest', outcomeLinked: 'true', month: '2018-05' }),
  searches('Black', 50, { objectOfSearch: 'Offensive weapons', outcome: 'Arrest', outcomeLinked: 'false' }),
  searches('', 10),
];

describe('stop and search scrutiny', () => {
  it('gives each group its share, rate per 1,000 and disproportionality against White residents', () => {
    const view = stopSearchScrutiny(
      COUNTS,
      new Map([
        ['White', 10_000],
        ['Black', 5_000],
      ]),
    );
    expect(view.searches).toBe(460);
    const black = view.officerDefined.find((g) => g.group === 'Black');
    expect(black).toMatchObject({ searches: 350, population: 5_000, ratePer1000: 70 });
    expect(black?.share).toBeCloseTo(350 / 460, 12);
    // (350 / 5,000) / (100 / 10,000) = 7: seven times the rate.
    expect(black?.disproportionality?.ratio).toBeCloseTo(7, 12);
    const exact = countChange({ a: 350, b: 100, exposureA: 5_000, exposureB: 10_000 });
    expect(black?.disproportionality?.interval).toEqual(exact.interval);
    expect(black?.disproportionality?.significant).toBe(true);
    expect(view.officerDefined.find((g) => g.group === 'White')?.disproportionality).toBeNull();
    expect(view.officerDefined.find((g) => g.group === 'Not recorded')).toMatchObject({
      searches: 10,
      population: null,
    });
    expect(view.sentences).toContain(
      'Black people were searched at 7.0 times the rate of White people (95% interval ' +
        `${exact.interval.lower.toFixed(1)} to ${exact.interval.upper.toFixed(1)}).`,
    );
  });

  it('gives find, arrest and no-further-action rates with Wilson intervals, and tests find rates against White', () => {
    const view = stopSearchScrutiny(COUNTS);
    const black = view.officerDefined.find((g) => g.group === 'Black');
    expect(black?.findRate).toMatchObject({ count: 60, of: 350 });
    const wilson = wilsonInterval({ proportion: 60 / 350, sampleSize: 350 });
    expect(black?.findRate?.interval).toEqual({ lower: wilson.lower, upper: wilson.upper });
    expect(black?.arrestRate.count).toBe(110);
    expect(black?.noFurtherActionRate.count).toBe(240);
    expect(black?.findRateDifference?.difference).toBeCloseTo(60 / 350 - 30 / 100, 12);
    expect(black?.findRateDifference?.significant).toBe(true);
  });

  it('separates drugs from weapons, with find rates by ethnicity within each', () => {
    const view = stopSearchScrutiny(COUNTS);
    expect(view.objects.map((o) => [o.objectOfSearch, o.searches, o.findRate?.count])).toEqual([
      ['Controlled drugs', 410, 90],
      ['Offensive weapons', 50, 0],
    ]);
    expect(view.objects[0]?.byEthnicity.map((e) => [e.group, e.searches, e.findRate?.count])).toEqual([
      ['Black', 300, 60],
      ['White', 100, 30],
      ['Not recorded', 10, 0],
    ]);
  });

  it('counts searches month by month and by outcome', () => {
    const view = stopSearchScrutiny(COUNTS);
    expect(view.months.map((m) => [m.month, m.searches])).toEqual([
      ['2018-04', 400],
      ['2018-05', 60],
    ]);
    expect(view.outcomes.map((o) => [o.outcome, o.searches])).toEqual([
      ['A no further action disposal', 320],
      ['Arrest', 140],
    ]);
  });

  it('compares every group but White together where only that split of residents is known', () => {
    const view = stopSearchScrutiny(
      COUNTS,
      new Map([
        ['White', 6_000],
        [MINORITY_GROUPS, 4_000],
      ]),
    );
    const minority = view.officerDefined.find((g) => g.group === MINORITY_GROUPS);
    expect(minority?.searches).toBe(350);
    expect(minority?.disproportionality?.ratio).toBeCloseTo(350 / 4_000 / (100 / 6_000), 12);
  });

  it('answers plainly when there are no searches', () => {
    const view = stopSearchScrutiny([]);
    expect(view).toMatchObject({ searches: 0, officerDefined: [], objects: [], months: [] });
    expect(view.linksRecorded).toBe(false);
  });

  it('gives no find rate, rather than 0%, when the force never recorded whether outcomes were linked', () => {
    const unlinked = COUNTS.map((c) => ({ ...c, outcomeLinked: '' }));
    const view = stopSearchScrutiny(unlinked);
    expect(view.findRate).toBeNull();
    expect(view.officerDefined.every((g) => g.findRate === null && g.findRateDifference === null)).toBe(true);
    expect(view.objects.every((o) => o.findRate === null)).toBe(true);
    expect(view.sentences[0]).toBe(
      '460 searches; the force did not record whether outcomes were linked to the object of the search, so no find rate can be given.',
    );
  });

  it('counts a search with nothing done as nothing found, and leaves out those whose link is unknown', () => {
    const view = stopSearchScrutiny([
      searches('White', 10, { outcome: 'Arrest', outcomeLinked: 'true' }),
      searches('White', 30),
      searches('White', 20, { outcome: 'Community resolution', outcomeLinked: '' }),
    ]);
    expect(view.findRate).toMatchObject({ count: 10, of: 40 });
  });
});
