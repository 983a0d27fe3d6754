import { expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';

/** Quarter 1 of 2018-19 as people write it; every command that takes a quarter reads each of them. */
const FIRST_QUARTER = ['2018-19 Q1', '2018-19-Q1', 'Q1 2018-19', '2018-19Q1', 'Quarter 1, 2018-19', 'FY2018-19 Q1'];
const YEAR_2017_18 = ['2017-18', 'FY2017-18', 'FY 2017-18', '2017/18', '2017-2018'];
const AS_A_QUARTER = 'a quarter (such as 2018-19 Q1, 2018-19-Q1 or Q1 2018-19)';

async function json<T>(...argv: string[]): Promise<T> {
  const result = await run(...argv, '--json');
  expect(result.err, argv.join(' ')).toBe('');
  expect(result.code, argv.join(' ')).toBe(0);
  return JSON.parse(result.out) as T;
}

interface Scorecard {
  periods: { current: { period: string }; previous: { period: string } };
  london: { current: number; previous: number };
}

interface Comparison {
  current: { period: string };
  previous: { period: string };
}

describeCliWithDemoData('every command reads a period the same way', (use) => {
  it('judges the burglary scorecard on April to June 2018 whichever way the quarter is written', async () => {
    use();
    for (const period of FIRST_QUARTER) {
      const card = await json<Scorecard>(
        'priorities',
        'scorecard',
        '--year',
        '2018-19',
        '--category',
        'burglary',
        '--period',
        period,
      );
      expect([card.periods.current.period, card.periods.previous.period], period).toEqual(['2018-19 Q1', '2017-18 Q1']);
      expect(card.london, period).toMatchObject({ current: 18_824, previous: 17_407 });
    }
  });

  it('lists the same milestones due in the quarter whichever way it is written', async () => {
    use();
    const listed = async (due: string) =>
      (
        await json<{ milestones: { ref: string }[] }>(
          'milestones',
          'list',
          '--plan',
          'met-business-plan-2018-19',
          '--due',
          due,
        )
      ).milestones.map((m) => m.ref);
    const expected = await listed('2018-19 Q1');
    expect(expected.length).toBeGreaterThan(0);
    expect(await listed('2018-19 Q2')).not.toEqual(expected);
    for (const due of FIRST_QUARTER) expect(await listed(due), due).toEqual(expected);
  });

  it('compares a measure over the same quarter, and the same financial year, whichever way each is written', async () => {
    use();
    const compared = (period: string) =>
      json<Comparison>('measures', 'compare', '--measure', 'burglary', '--area', 'London', '--period', period);
    const quarter = await compared('2018-19 Q1');
    expect([quarter.current.period, quarter.previous.period]).toEqual(['2018-19 Q1', '2017-18 Q1']);
    for (const period of FIRST_QUARTER) expect(await compared(period), period).toEqual(quarter);
    const year = await compared('2017-18');
    expect(year.current.period).toBe('FY 2017-18');
    for (const period of YEAR_2017_18) expect(await compared(period), period).toEqual(year);
  });

  it('takes the priority year in any of its forms and answers with it as the sets are kept', async () => {
    use();
    for (const year of ['FY2018-19', '2018/19', '2018-2019']) {
      const list = await json<{ year: string; sets: unknown[] }>('priorities', 'list', '--year', year);
      expect([list.year, list.sets.length], year).toEqual(['2018-19', 32]);
    }
  });

  it('refuses a period of the wrong kind in the same words from each command, naming what it is', async () => {
    use();
    const due = await run('milestones', 'list', '--plan', 'met-business-plan-2018-19', '--due', '2018-06');
    expect(due.code).toBe(1);
    expect(due.err).toBe(
      'bluelamp: due must be a quarter such as 2018-19 Q1, 2018-19-Q1 or Q1 2018-19, not "2018-06", which is a month.',
    );
    const scorecard = await run(
      'priorities',
      'scorecard',
      '--year',
      '2018-19',
      '--category',
      'burglary',
      '--period',
      'R12 2018-06',
    );
    expect(scorecard.code).toBe(1);
    expect(scorecard.err).toContain(`bluelamp: period must be a month (such as 2018-06 or June 2018), ${AS_A_QUARTER}`);
    expect(scorecard.err).toContain('not "R12 2018-06", which is a rolling 12-month period.');
    const compare = await run(
      'measures',
      'compare',
      '--measure',
      'burglary',
      '--area',
      'London',
      '--period',
      '2018-19 Q5',
    );
    expect(compare.code).toBe(1);
    expect(compare.err).toContain(`bluelamp: period must be a month (such as 2018-06 or June 2018), ${AS_A_QUARTER}`);
    expect(compare.err).toContain('not "2018-19 Q5".');
  });
});
