import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BluelampProblem } from '../../errors.js';
import { countChange, poissonRateInterval } from './countChange.js';

const count = fc.integer({ min: 0, max: 200_000 });
const exposure = fc.double({ min: 0.01, max: 1000, noNaN: true });

describe('the change between two counts', () => {
  it("reproduces R's ?poisson.test comparison of two rates: 11 cases in 800 against 21 in 3,011 (eba1977, ISwR)", () => {
    // R: poisson.test(c(11, 6+8+7), c(800, 1083+1050+878)) gives p-value = 0.07967, rate ratio
    // 1.971488 and the 95 percent confidence interval 0.8584264 4.2772659.
    const change = countChange({ a: 11, b: 21, exposureA: 800, exposureB: 1083 + 1050 + 878 });
    expect(change.pValue).toBeCloseTo(0.07967, 5);
    expect(change.ratio).toBeCloseTo(1.971488, 6);
    expect(change.interval.lower).toBeCloseTo(0.8584264, 7);
    expect(change.interval.upper).toBeCloseTo(4.2772659, 7);
    expect(change.significant).toBe(false);
    expect(change.direction).toBe('up');
  });

  it('finds the rise in burglary from 69,518 to 77,614 offences significant, with a rate ratio of 1.105 to 1.128', () => {
    // Cross-checked with SciPy: binomtest(77614, 147132, 0.5) gives p = 6.54e-99 and the
    // Clopper–Pearson interval whose odds are 1.1050762 and 1.1279607.
    const change = countChange({ a: 77_614, b: 69_518 });
    expect(change.significant).toBe(true);
    expect(change.pValue).toBeGreaterThan(6.5e-99);
    expect(change.pValue).toBeLessThan(6.6e-99);
    expect(change.percentChange).toBeCloseTo(11.6459, 4);
    expect(change.interval.lower).toBeCloseTo(1.1050762, 7);
    expect(change.interval.upper).toBeCloseTo(1.1279607, 7);
  });

  it('calls a small change in a small count not significant', () => {
    const change = countChange({ a: 12, b: 9 });
    expect(change.significant).toBe(false);
    expect(change.direction).toBe('up');
    expect(change.interval.lower).toBeLessThan(1);
    expect(change.interval.upper).toBeGreaterThan(1);
  });

  it('handles zero counts: a ratio of 0 or Infinity, and no ratio at all when both are zero', () => {
    const fromNothing = countChange({ a: 5, b: 0 });
    expect(fromNothing.ratio).toBe(Infinity);
    expect(fromNothing.percentChange).toBeNull();
    expect(fromNothing.interval.upper).toBe(Infinity);
    expect(fromNothing.pValue).toBeCloseTo(0.0625, 12);
    const toNothing = countChange({ a: 0, b: 5 });
    expect(toNothing.ratio).toBe(0);
    expect(toNothing.percentChange).toBe(-100);
    expect(toNothing.interval.lower).toBe(0);
    expect(toNothing.direction).toBe('down');
    const nothing = countChange({ a: 0, b: 0 });
    expect(nothing).toMatchObject({ ratio: null, pValue: 1, significant: false, direction: 'same' });
    expect(nothing.interval).toEqual({ lower: 0, upper: Infinity });
  });

  it('refuses counts that are not whole numbers and exposures that are not positive', () => {
    expect(() => countChange({ a: -1, b: 3 })).toThrow(BluelampProblem);
    expect(() => countChange({ a: 2.5, b: 3 })).toThrow(BluelampProblem);
    expect(() => countChange({ a: 2, b: 3, exposureB: 0 })).toThrow(BluelampProblem);
    expect(() => countChange({ a: 2, b: 3, alpha: 1 })).toThrow(BluelampProblem);
  });

  it('gives a p-value between 0 and 1, the same when the counts are swapped over equal exposure', () => {
    fc.assert(
      fc.property(count, count, (a, b) => {
        const forward = countChange({ a, b });
        const backward = countChange({ a: b, b: a });
        expect(forward.pValue).toBeGreaterThanOrEqual(0);
        expect(forward.pValue).toBeLessThanOrEqual(1);
        expect(Math.abs(forward.pValue - backward.pValue)).toBeLessThanOrEqual(1e-9 * forward.pValue + 1e-300);
      }),
    );
  });

  it('gives an interval for the rate ratio that contains the observed ratio', () => {
    fc.assert(
      fc.property(count, count, exposure, exposure, (a, b, exposureA, exposureB) => {
        const change = countChange({ a, b, exposureA, exposureB });
        if (change.ratio === null) return;
        expect(change.interval.lower).toBeLessThanOrEqual(change.ratio * (1 + 1e-12));
        expect(change.interval.upper).toBeGreaterThanOrEqual(change.ratio * (1 - 1e-12));
      }),
    );
  });

  it('inverts the ratio and its interval when the two periods change places', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000 }),
        fc.integer({ min: 1, max: 50_000 }),
        exposure,
        exposure,
        (a, b, exposureA, exposureB) => {
          const forward = countChange({ a, b, exposureA, exposureB });
          const backward = countChange({ a: b, b: a, exposureA: exposureB, exposureB: exposureA });
          expect((forward.ratio ?? NaN) * (backward.ratio ?? NaN)).toBeCloseTo(1, 10);
          expect(forward.interval.lower * backward.interval.upper).toBeCloseTo(1, 8);
          expect(forward.pValue).toBeCloseTo(backward.pValue, 9);
        },
      ),
    );
  });

  it('depends on the exposures only through their ratio', () => {
    fc.assert(
      fc.property(count, count, exposure, fc.double({ min: 0.1, max: 1000, noNaN: true }), (a, b, e, scale) => {
        const plain = countChange({ a, b, exposureA: e, exposureB: 1 });
        const scaled = countChange({ a, b, exposureA: e * scale, exposureB: scale });
        expect(scaled.pValue).toBeCloseTo(plain.pValue, 9);
        expect(scaled.interval.lower).toBeCloseTo(plain.interval.lower, 6);
      }),
      { numRuns: 50 },
    );
  });
});

describe('the exact interval for a rate', () => {
  it("reproduces R's ?poisson.test example of the Welsh nickel workers: 137 deaths against 24.19893 expected", () => {
    // R: poisson.test(137, 24.19893) gives the rate 5.661407 and the 95 percent confidence
    // interval 4.753125 6.692709.
    const rate = poissonRateInterval(137, 24.19893);
    expect(rate.rate).toBeCloseTo(5.661407, 6);
    expect(rate.interval.lower).toBeCloseTo(4.753125, 6);
    expect(rate.interval.upper).toBeCloseTo(6.692709, 6);
  });

  it('gives −ln(0.025) = 3.689 as the upper limit for no events (Garwood 1936, Biometrika 28)', () => {
    const rate = poissonRateInterval(0);
    expect(rate.interval.lower).toBe(0);
    expect(rate.interval.upper).toBeCloseTo(-Math.log(0.025), 12);
  });

  it('contains the observed rate, however large the count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), exposure, (events, time) => {
        const rate = poissonRateInterval(events, time);
        expect(rate.interval.lower).toBeLessThanOrEqual(rate.rate);
        expect(rate.interval.upper).toBeGreaterThan(rate.rate);
      }),
      { numRuns: 50 },
    );
  });
});
