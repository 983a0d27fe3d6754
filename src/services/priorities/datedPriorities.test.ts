import { beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { getBoroughScorecard } from './getBoroughScorecard.js';
import { getCategoryScorecard } from './getCategoryScorecard.js';
import { getPriorityTileMap } from './getPriorityTileMap.js';
import { recordPrioritySet } from './recordPrioritySet.js';

const NDVWI = 'violence-with-injury-non-domestic';
const YTD = 'FY 2018-19 YTD 2018-12';
const EALING_CHANGE = "Ealing's priorities changed on 1 October 2018: burglary counts as a priority from October 2018.";

describeWithDemoData('local priorities counted from the day they were agreed', (ctx) => {
  beforeAll(async () => {
    // Ealing chose violence and common assault in April; from 1 October burglary replaces common assault.
    await recordPrioritySet(ctx(), {
      boroughCode: 'ealing',
      year: '2018-19',
      priorities: [
        { categoryCode: NDVWI, qualifier: null },
        { categoryCode: 'burglary', qualifier: null },
      ],
      agreedBy: 'Ealing Council, West Area BCU and MOPAC',
      agreedOn: '2018-10-01',
      source: null,
      reason: 'Burglary rose over the summer',
    });
    await recordPrioritySet(ctx(), {
      boroughCode: 'havering',
      year: '2017-18',
      priorities: [{ categoryCode: 'burglary', qualifier: null }],
      agreedBy: 'Havering Council and MOPAC',
      agreedOn: '2018-01-15',
      source: null,
      reason: null,
    });
  }, 120_000);

  it('leaves Q1 as it was before the October change: London +8.1%, 23 priority boroughs, no change noted', async () => {
    const card = await getCategoryScorecard(ctx(), { year: '2018-19', category: 'burglary', period: '2018-19 Q1' });
    expect(card.london).toMatchObject({ current: 18_824, previous: 17_407 });
    expect(card.chosen).toMatchObject({ current: 12_086, previous: 11_757, boroughs: 23 });
    expect(card.changes).toEqual([]);
    expect(card.boroughs.find((b) => b.borough.code === 'ealing')).toMatchObject({ chosen: false, chosenMonths: 0 });
  });

  it("puts Ealing's October to December with the priority boroughs and its April to September with the others, each against the same months a year before", async () => {
    const [ytd, q3, h1a, h1b] = await Promise.all(
      [YTD, '2018-19 Q3', '2018-19 Q1', '2018-19 Q2'].map((period) =>
        getCategoryScorecard(ctx(), { year: '2018-19', category: 'burglary', period }),
      ),
    );
    const ealing = (card: typeof ytd) => card!.boroughs.find((b) => b.borough.code === 'ealing')!.change;
    const rows = ytd!.boroughs.filter((b) => b.borough.code !== 'ealing');
    const total = (chosen: boolean, key: 'current' | 'previous') =>
      rows.filter((b) => b.chosen === chosen).reduce((n, b) => n + b.change[key], 0);
    expect(ealing(q3).current).toBeGreaterThan(0);
    expect(ytd!.chosen).toMatchObject({
      current: total(true, 'current') + ealing(q3).current,
      previous: total(true, 'previous') + ealing(q3).previous,
      boroughs: 24,
    });
    expect(ytd!.others).toMatchObject({
      current: total(false, 'current') + ealing(h1a).current + ealing(h1b).current,
      previous: total(false, 'previous') + ealing(h1a).previous + ealing(h1b).previous,
      boroughs: 9,
    });
    expect(ytd!.chosen.current + ytd!.others.current).toBe(ytd!.london.current);
    expect(ytd!.boroughs.find((b) => b.borough.code === 'ealing')).toMatchObject({ chosen: true, chosenMonths: 3 });
    expect(ytd!.months).toBe(9);
    expect(ytd!.changes.map((c) => c.sentence)).toEqual([EALING_CHANGE]);
  });

  it("flags the change on the tile map and gives Ealing's burglary figures for the months it was a priority only", async () => {
    const map = await getPriorityTileMap(ctx(), { year: '2018-19', category: 'burglary', period: YTD });
    expect(map.changes).toEqual([EALING_CHANGE]);
    expect(map.tiles.find((t) => t.boroughCode === 'ealing')).toMatchObject({ chosen: true, chosenMonths: 3 });
    const q3 = await getCategoryScorecard(ctx(), { year: '2018-19', category: 'burglary', period: '2018-19 Q3' });
    const card = await getBoroughScorecard(ctx(), { year: '2018-19', borough: 'ealing', period: YTD });
    expect(card.set.version).toBe(2);
    const burglary = card.priorities.find((p) => p.categoryCode === 'burglary');
    expect(burglary?.chosenMonths).toBe(3);
    expect(burglary?.figures.london).toMatchObject({ current: q3.london.current, previous: q3.london.previous });
    expect(card.priorities.map((p) => [p.categoryCode, p.chosenMonths])).toEqual([
      [NDVWI, 9],
      ['burglary', 3],
      ['common-assault', 6],
    ]);
    expect(card.changes.map((c) => c.sentence)).toEqual([
      EALING_CHANGE,
      "Ealing's priorities changed on 1 October 2018: common assault no longer counts as a priority from October 2018.",
    ]);
  });

  it("shows Ealing's April set for Q1, without the burglary it chose in October", async () => {
    const card = await getBoroughScorecard(ctx(), { year: '2018-19', borough: 'ealing', period: '2018-19 Q1' });
    expect(card.set.version).toBe(1);
    expect(card.priorities.map((p) => p.categoryCode)).toEqual([NDVWI, 'common-assault']);
    expect(card.changes).toEqual([]);
  });

  it('says no set was in force for a period wholly before the first was agreed, and judges no borough as choosing', async () => {
    const card = await getCategoryScorecard(ctx(), { year: '2017-18', category: 'burglary', period: '2017-18 Q1' });
    expect(card.inForce).toBe(false);
    expect(card.chosen.boroughs).toBe(0);
    expect(card.gap).toBeNull();
    expect(card.boroughs.some((b) => b.chosen)).toBe(false);
    expect(card.sentence).toBe(
      'No set of 2017-18 local priorities was in force in Quarter 1, 2017-18: the first was agreed on 15 January 2018 and counts from February 2018, so nothing is judged as a priority.',
    );
    const havering = await getBoroughScorecard(ctx(), { year: '2017-18', borough: 'havering', period: '2017-18 Q1' });
    expect(havering.priorities).toEqual([]);
    expect(havering.notInForce).toMatch(
      /^No set of Havering's 2017-18 local priorities was in force in Quarter 1, 2017-18/,
    );
  });
});
