import fs from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { sharedDataFile } from '../../../test/support/sharedData.js';
import { DEMO_PRIORITY_SETS, demoChoices } from '../../../demo/priorities.js';
import { importMpsBoroughSeries } from '../crime-data/importMpsBoroughSeries.js';
import { getBoroughScorecard } from './getBoroughScorecard.js';
import { getCategoryScorecard } from './getCategoryScorecard.js';
import { listPrioritySets } from './listPrioritySets.js';
import { recordPrioritySet } from './recordPrioritySet.js';

const FILE = sharedDataFile('mps-borough', 'MPS_Borough_Level_Crime_Historic.csv');

/** Burglary in each borough over a financial year, read straight from the file: every cell of its twelve month columns. */
function burglaryByBorough(startYear: number): Map<string, number> {
  const [header = '', ...lines] = fs.readFileSync(FILE, 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  const wanted = new Set(
    Array.from({ length: 12 }, (_, m) => {
      const month = ((3 + m) % 12) + 1;
      return `${startYear + (m >= 9 ? 1 : 0)}${String(month).padStart(2, '0')}`;
    }),
  );
  const totals = new Map<string, number>();
  for (const line of lines) {
    const cells = line.split(',');
    if (cells[1] !== 'Burglary') continue;
    const code = (cells[0] ?? '').toLowerCase().replaceAll(' ', '-');
    columns.forEach((column, index) => {
      if (wanted.has(column)) totals.set(code, (totals.get(code) ?? 0) + Number(cells[index] ?? 0));
    });
  }
  return totals;
}

const sum = (totals: Map<string, number>, codes: readonly string[]) =>
  codes.reduce((total, code) => total + (totals.get(code) ?? 0), 0);

describeWithDemoData('the 2018-19 local priorities of the demo', (ctx) => {
  it('lists 32 boroughs, burglary and non-domestic violence with injury chosen in 23 each, three in Greenwich and Waltham Forest', async () => {
    const list = await listPrioritySets(ctx(), { year: '2018-19' });
    expect(list.sets).toHaveLength(32);
    expect(list.boroughsWithoutSet).toEqual([]);
    const tally = new Map(list.tally.map((t) => [t.categoryCode, t.boroughs]));
    expect(tally.get('burglary')).toBe(23);
    expect(tally.get('violence-with-injury-non-domestic')).toBe(23);
    const three = list.sets.filter((s) => s.priorities.length === 3).map((s) => s.borough.name);
    expect(three).toEqual(['Greenwich', 'Waltham Forest']);
    expect(list.sets.reduce((n, s) => n + s.priorities.length, 0)).toBe(66);
    const barking = list.sets.find((s) => s.boroughCode === 'barking-and-dagenham');
    expect(barking?.priorities[1]?.qualifier).toBe('focus on under-25s');
    expect(barking?.borough.bcu?.code).toBe('EA');
  });

  it('reports burglary the way the Q1 progress update does, with the groups adding up to London', async () => {
    const card = await getCategoryScorecard(ctx(), { year: '2018-19', category: 'burglary', period: '2018-19 Q1' });
    expect(card.periods.current.label).toBe('Quarter 1, 2018-19');
    // The demo's counts are the real MPS files: 18,824 burglaries against 17,407, as the update reports.
    expect(card.london).toMatchObject({ current: 18_824, previous: 17_407 });
    expect(card.chosen).toMatchObject({ current: 12_086, previous: 11_757, boroughs: 23 });
    expect(card.sentence).toBe(
      'Burglary is a local priority in 23 boroughs: it rose 8% across London but 3% where it is a priority (it rose 19% where it is not). The gap between the priority boroughs and the others is statistically significant (p < 0.001).',
    );
    const chosenRows = card.boroughs.filter((b) => b.chosen);
    expect(chosenRows).toHaveLength(23);
    expect(card.chosen.current).toBe(chosenRows.reduce((n, b) => n + b.change.current, 0));
    expect(card.london.current).toBe(card.chosen.current + card.others.current);
    expect(card.london.previous).toBe(card.boroughs.reduce((n, b) => n + b.change.previous, 0));
  });

  it("gives Havering's scorecard with burglary down 30% and the standing priorities, saying where figures are missing", async () => {
    const card = await getBoroughScorecard(ctx(), { year: '2018-19', borough: 'havering', period: '2018-19 Q1' });
    const burglary = card.priorities.find((p) => p.categoryCode === 'burglary');
    expect(burglary?.figures.change).toMatchObject({ current: 389, previous: 556 });
    expect(burglary?.figures.change.changePercent).toBeCloseTo(-30.04, 2);
    expect(burglary?.figures.change.verdict).toBe('significant-improvement');
    expect(burglary?.figures.london.changePercent).toBeCloseTo(8.14, 2);
    expect(burglary?.figures.againstLondon?.significant).toBe(true);
    const standing = new Map(card.standing.map((s) => [s.code, s]));
    // The demo loads no police.uk street files, so anti-social behaviour is the Business Plan's London figure alone.
    expect(standing.get('anti-social-behaviour')?.figures.map((f) => f.source.name)).toEqual([
      'Met Business Plan 2018-19',
    ]);
    expect(standing.get('sexual-violence')?.figures[0]?.current.value).toBeGreaterThan(0);
    expect(standing.get('sexual-violence')?.polarity).toBe('increase-in-reporting-wanted');
    expect(standing.get('domestic-abuse')?.repeat?.source.name).toBe('Police and Crime Plan 2017-21');
    expect(standing.get('weapon-based-crime')?.noRepeat).toMatch(/^No repeat-victimisation figures are loaded/);
  });
});

describeWithDemoData('a priority scorecard from the real MPS borough file', (ctx) => {
  beforeAll(async () => {
    await importMpsBoroughSeries(ctx(), {
      fileName: 'MPS_Borough_Level_Crime_Historic.csv',
      content: fs.createReadStream(FILE),
    });
    for (const borough of Object.keys(DEMO_PRIORITY_SETS)) {
      await recordPrioritySet(ctx(), {
        boroughCode: borough,
        year: '2015-16',
        priorities: demoChoices(borough),
        agreedBy: 'Test: the 2018-19 choices applied to 2015-16',
        agreedOn: '2015-04-01',
        source: null,
        reason: null,
      });
    }
  }, 120_000);

  it("compares the burglary priority boroughs with the others, 2015-16 against 2014-15, to the file's own sums", async () => {
    const card = await getCategoryScorecard(ctx(), { year: '2015-16', category: 'burglary' });
    expect(card.periods.current.period).toBe('FY 2015-16');
    expect(card.periods.previous.period).toBe('FY 2014-15');
    const [now, before] = [burglaryByBorough(2015), burglaryByBorough(2014)];
    const chosen = Object.keys(DEMO_PRIORITY_SETS).filter((b) =>
      DEMO_PRIORITY_SETS[b]?.some(([c]) => c === 'burglary'),
    );
    const others = [...now.keys()].filter((b) => !chosen.includes(b));
    expect(others).toHaveLength(9);
    expect(card.chosen).toMatchObject({ current: sum(now, chosen), previous: sum(before, chosen), boroughs: 23 });
    expect(card.others).toMatchObject({ current: sum(now, others), previous: sum(before, others), boroughs: 9 });
    expect(card.london.current).toBe(sum(now, [...now.keys()]));
    const ratio = sum(now, chosen) / sum(before, chosen) / (sum(now, others) / sum(before, others));
    expect(card.gap?.ratio).toBeCloseTo(ratio, 12);
    const westminster = card.boroughs.find((b) => b.borough.code === 'westminster');
    expect(westminster?.change).toMatchObject({ current: now.get('westminster'), previous: before.get('westminster') });
    expect(card.sentence).toMatch(/^Burglary is a local priority in 23 boroughs: it (rose|fell) \d+% across London/);
  });

  it('judges a rolling twelve months to the end of the compared months, whatever period is asked for', async () => {
    const card = await getCategoryScorecard(ctx(), { year: '2015-16', category: 'burglary', period: '2015-16 Q3' });
    expect(card.periods.current.label).toBe('Quarter 3, 2015-16');
    expect(card.periods.previous.label).toBe('Quarter 3, 2014-15');
    expect(card.periods.rolling.period).toBe('R12 2015-12');
  });

  it('says a category the file does not split is not counted, rather than reporting it as zero', async () => {
    const card = await getCategoryScorecard(ctx(), { year: '2015-16', category: 'violence-with-injury-non-domestic' });
    expect(card.counted).toBe(false);
    expect(card.gap).toBeNull();
    expect(card.sentence).toBe(
      'No counts of non-domestic violence with injury by borough are loaded for 2015-16, so this priority cannot be judged yet.',
    );
  });
});
