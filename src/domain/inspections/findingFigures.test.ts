import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  figureDate,
  figuresAroundPublication,
  findingMove,
  moveOfVerdict,
  type DatedFigure,
} from './findingFigures.js';

const figure = (period: string, value: number, asAt: string | null = '2019-09-01'): DatedFigure => ({
  period,
  value,
  source: 'HMICFRS',
  asAt,
  synthetic: false,
});

describe('figures around an inspection report’s publication', () => {
  it('dates a figure by the end of its period, and by its as-at only when the period is not one we read', () => {
    expect(figureDate(figure('2018-12', 1))).toBe('2018-12-31');
    expect(figureDate(figure('FY 2018-19', 1))).toBe('2019-03-31');
    expect(figureDate(figure('spring', 1, '2019-05-01'))).toBe('2019-05-01');
    expect(figureDate(figure('spring', 1, null))).toBeNull();
  });

  it('takes the last figure standing on the day and the latest after it', () => {
    const around = figuresAroundPublication(
      [figure('2018-07', 56), figure('2018-09', 78), figure('2020-03', 85), figure('2019-09', 80)],
      '2019-09-01',
    );
    expect(around.before?.value).toBe(78);
    expect(around.since?.value).toBe(85);
    expect(around.latest?.value).toBe(85);
  });

  it('has nothing since when the latest figure is from before publication, and a figure for the month of publication counts as after', () => {
    expect(figuresAroundPublication([figure('2018-09', 78)], '2019-09-01')).toMatchObject({ since: null });
    expect(figuresAroundPublication([figure('2019-09', 80)], '2019-09-01')).toMatchObject({ before: null });
  });

  it('prefers the newer vintage of the same period', () => {
    const around = figuresAroundPublication(
      [figure('2018-12', 16_000, '2019-09-01'), figure('2018-12', 16_100, '2020-01-01')],
      '2019-09-01',
    );
    expect(around.before?.value).toBe(16_100);
  });

  it('never puts a figure after publication before it, or one before it since', () => {
    const month = fc.record({ year: fc.integer({ min: 2015, max: 2022 }), month: fc.integer({ min: 1, max: 12 }) });
    const code = month.map(({ year, month: m }) => `${year}-${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(code, fc.integer({ min: 0, max: 1000 })), { maxLength: 12 }), (rows) => {
        const around = figuresAroundPublication(
          rows.map(([period, value]) => figure(period, value)),
          '2019-09-01',
        );
        if (around.before !== null) expect((figureDate(around.before) ?? '') <= '2019-09-01').toBe(true);
        if (around.since !== null) expect((figureDate(around.since) ?? '') > '2019-09-01').toBe(true);
        expect(around.latest === null).toBe(rows.length === 0);
      }),
    );
  });

  it('reads verdicts as moves, an untested change as no clear change, and a worse figure first', () => {
    expect(moveOfVerdict('significant-improvement')).toBe('improved');
    expect(moveOfVerdict('significant-decrease-in-reporting')).toBe('worse');
    expect(moveOfVerdict(null)).toBe('no-clear-change');
    expect(findingMove(['improved', 'worse', 'no-figures-yet'])).toBe('worse');
    expect(findingMove(['no-figures-yet', 'improved'])).toBe('improved');
    expect(findingMove(['no-figures-yet', 'no-clear-change'])).toBe('no-clear-change');
    expect(findingMove([])).toBeNull();
  });
});
