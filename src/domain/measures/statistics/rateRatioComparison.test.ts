import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRateRatios } from './rateRatioComparison.js';

describe('comparing two groups’ changes (ratio of rate ratios)', () => {
  it('matches Woolf’s test worked by hand', () => {
    const result = compareRateRatios({ current: 100, previous: 80 }, { current: 50, previous: 50 });
    expect(result.ratio).toBeCloseTo(1.25, 12);
    expect(result.pValue).toBeCloseTo(0.372085237888, 9);
    expect(result.interval.lower).toBeCloseTo(0.765789887768, 9);
    expect(result.interval.upper).toBeCloseTo(2.040376903583, 9);
    expect(result.significant).toBe(false);
    expect(result.corrected).toBe(false);
  });

  it('adds a half to every count when one is zero, rather than giving an infinite ratio', () => {
    const result = compareRateRatios({ current: 5, previous: 0 }, { current: 3, previous: 4 });
    expect(result.corrected).toBe(true);
    expect(result.firstRatio).toBeNull();
    expect(result.ratio).toBeCloseTo(14.142857142857, 9);
    expect(result.pValue).toBeCloseTo(0.106240263723, 9);
  });

  it('finds the priority boroughs’ smaller rise significant at London volumes', () => {
    const result = compareRateRatios({ current: 15_127, previous: 14_829 }, { current: 7_323, previous: 5_957 });
    expect(result.ratio).toBeLessThan(1);
    expect(result.significant).toBe(true);
    expect(result.interval.upper).toBeLessThan(1);
  });

  it('refuses counts that are not whole numbers of events', () => {
    expect(() => compareRateRatios({ current: 1.5, previous: 2 }, { current: 1, previous: 1 })).toThrow(
      /first.current must be a whole number/,
    );
  });

  const count = fc.integer({ min: 1, max: 100_000 });
  const pair = fc.record({ current: count, previous: count });

  it('gives the reciprocal ratio and the same p-value when the groups are swapped', () => {
    fc.assert(
      fc.property(pair, pair, (a, b) => {
        const forward = compareRateRatios(a, b);
        const back = compareRateRatios(b, a);
        expect(back.ratio * forward.ratio).toBeCloseTo(1, 9);
        expect(back.pValue).toBeCloseTo(forward.pValue, 12);
        expect(back.interval.lower * forward.interval.upper).toBeCloseTo(1, 9);
      }),
    );
  });

  it('always holds its ratio inside its interval, and calls it significant exactly when the interval leaves out 1', () => {
    fc.assert(
      fc.property(pair, pair, (a, b) => {
        const result = compareRateRatios(a, b);
        expect(result.interval.lower).toBeLessThanOrEqual(result.ratio);
        expect(result.ratio).toBeLessThanOrEqual(result.interval.upper);
        const excludesOne = result.interval.lower > 1 || result.interval.upper < 1;
        // Test and interval come from the same z, so they agree except at the boundary itself.
        if (Math.abs(result.pValue - 0.05) > 1e-9) expect(result.significant).toBe(excludesOne);
      }),
    );
  });

  it('finds no difference between two groups that changed in the same proportion', () => {
    fc.assert(
      fc.property(pair, fc.integer({ min: 1, max: 20 }), (a, k) => {
        const result = compareRateRatios(a, { current: a.current * k, previous: a.previous * k });
        expect(result.ratio).toBeCloseTo(1, 12);
        expect(result.pValue).toBeCloseTo(1, 9);
      }),
    );
  });
});
