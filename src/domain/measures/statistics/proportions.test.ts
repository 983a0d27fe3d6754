import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BluelampProblem } from '../../errors.js';
import { twoProportionTest, wilsonInterval } from './proportions.js';

const sampleSize = fc.integer({ min: 1, max: 100_000 });

describe('the Wilson interval for a proportion', () => {
  // Newcombe R.G. (1998) "Two-sided confidence intervals for the single proportion: comparison of
  // seven methods", Statistics in Medicine 17:857–872, Table II, methods 3 (score) and 4 (score
  // with continuity correction).
  const newcombe = [
    { x: 81, n: 263, wilson: [0.2553, 0.3662], corrected: [0.2535, 0.3682] },
    { x: 15, n: 148, wilson: [0.0624, 0.1605], corrected: [0.0598, 0.1644] },
    { x: 0, n: 20, wilson: [0, 0.1611], corrected: [0, 0.2005] },
    { x: 1, n: 29, wilson: [0.0061, 0.1718], corrected: [0.0018, 0.1963] },
  ] as const;

  it.each(newcombe)('reproduces Newcombe (1998) Table II for $x/$n', ({ x, n, wilson, corrected }) => {
    const plain = wilsonInterval({ proportion: x / n, sampleSize: n });
    expect(plain.lower).toBeCloseTo(wilson[0], 4);
    expect(plain.upper).toBeCloseTo(wilson[1], 4);
    const withCorrection = wilsonInterval({ proportion: x / n, sampleSize: n }, { continuityCorrection: true });
    expect(withCorrection.lower).toBeCloseTo(corrected[0], 4);
    expect(withCorrection.upper).toBeCloseTo(corrected[1], 4);
  });

  it('widens by the design effect: 600 interviews with a design effect of 1.5 count as 400', () => {
    const clustered = wilsonInterval({ proportion: 0.73, sampleSize: 600, designEffect: 1.5 });
    const simple = wilsonInterval({ proportion: 0.73, sampleSize: 400 });
    expect(clustered.effectiveSampleSize).toBe(400);
    expect(clustered.lower).toBeCloseTo(simple.lower, 14);
    expect(clustered.upper).toBeCloseTo(simple.upper, 14);
  });

  it('always contains the observed proportion and stays within 0 and 1', () => {
    fc.assert(
      fc.property(
        sampleSize,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 4, noNaN: true }),
        fc.boolean(),
        (n, where, designEffect, continuityCorrection) => {
          const proportion = Math.round(where * n) / n;
          const interval = wilsonInterval({ proportion, sampleSize: n, designEffect }, { continuityCorrection });
          expect(interval.lower).toBeGreaterThanOrEqual(0);
          expect(interval.upper).toBeLessThanOrEqual(1);
          expect(interval.lower).toBeLessThanOrEqual(proportion);
          expect(interval.upper).toBeGreaterThanOrEqual(proportion);
        },
      ),
    );
  });

  it('narrows as the sample grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 50_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, p) => {
        const small = wilsonInterval({ proportion: p, sampleSize: n });
        const large = wilsonInterval({ proportion: p, sampleSize: 4 * n });
        expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
      }),
    );
  });

  it('refuses a proportion outside 0 to 1 or an empty sample', () => {
    expect(() => wilsonInterval({ proportion: 73, sampleSize: 100 })).toThrow(BluelampProblem);
    expect(() => wilsonInterval({ proportion: 0.5, sampleSize: 0 })).toThrow(BluelampProblem);
    expect(() => wilsonInterval({ proportion: 0.5, sampleSize: 10, designEffect: 0 })).toThrow(BluelampProblem);
  });
});

describe('the two-proportion test', () => {
  it('reproduces the simple asymptotic interval for 56/70 − 48/80: 0.0575 to 0.3425 (Newcombe 1998, Stat Med 17:873–890, Table II, method 1)', () => {
    const test = twoProportionTest({ proportion: 56 / 70, sampleSize: 70 }, { proportion: 48 / 80, sampleSize: 80 });
    expect(test.difference).toBeCloseTo(0.2, 12);
    expect(test.interval.lower).toBeCloseTo(0.0575, 4);
    expect(test.interval.upper).toBeCloseTo(0.3425, 4);
    expect(test.significant).toBe(true);
  });

  it("reproduces Agresti's aspirin example: 189/11,034 against 104/11,037, a difference of 0.0077 with 95% interval (0.005, 0.011)", () => {
    // Agresti, An Introduction to Categorical Data Analysis (2nd ed., 2007), §2.2.3, the
    // Physicians' Health Study: standard error 0.0015.
    const test = twoProportionTest(
      { proportion: 189 / 11_034, sampleSize: 11_034 },
      { proportion: 104 / 11_037, sampleSize: 11_037 },
    );
    expect(test.difference).toBeCloseTo(0.0077, 4);
    expect(test.interval.lower).toBeCloseTo(0.005, 3);
    expect(test.interval.upper).toBeCloseTo(0.011, 3);
    expect(test.pValue).toBeLessThan(0.001);
    expect(test.direction).toBe('up');
  });

  it("gives z² equal to Pearson's chi-square for the 2 × 2 table", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 5000 }),
        fc.integer({ min: 10, max: 5000 }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        (nA, nB, wA, wB) => {
          const [yesA, yesB] = [Math.round(wA * nA), Math.round(wB * nB)];
          const test = twoProportionTest(
            { proportion: yesA / nA, sampleSize: nA },
            { proportion: yesB / nB, sampleSize: nB },
          );
          const table = [yesA, nA - yesA, yesB, nB - yesB];
          const rows = [nA, nA, nB, nB];
          const columns = [yesA + yesB, nA + nB - yesA - yesB];
          const total = nA + nB;
          const chiSquare = table.reduce((sum, observed, i) => {
            const expected = ((rows[i] ?? 0) * (columns[i % 2] ?? 0)) / total;
            return sum + (observed - expected) ** 2 / expected;
          }, 0);
          expect(test.z * test.z).toBeCloseTo(chiSquare, 8);
        },
      ),
    );
  });

  it('loses significance when the design effect shrinks the samples', () => {
    const a = { proportion: 0.76, sampleSize: 1500 };
    const b = { proportion: 0.72, sampleSize: 1500 };
    expect(twoProportionTest(a, b).significant).toBe(true);
    expect(twoProportionTest({ ...a, designEffect: 2 }, { ...b, designEffect: 2 }).significant).toBe(false);
  });

  it('gives a p-value between 0 and 1, the same whichever sample comes first', () => {
    fc.assert(
      fc.property(
        sampleSize,
        sampleSize,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (nA, nB, pA, pB) => {
          const forward = twoProportionTest({ proportion: pA, sampleSize: nA }, { proportion: pB, sampleSize: nB });
          const backward = twoProportionTest({ proportion: pB, sampleSize: nB }, { proportion: pA, sampleSize: nA });
          expect(forward.pValue).toBeGreaterThanOrEqual(0);
          expect(forward.pValue).toBeLessThanOrEqual(1);
          expect(backward.pValue).toBeCloseTo(forward.pValue, 12);
          expect(backward.difference).toBeCloseTo(-forward.difference, 15);
        },
      ),
    );
  });

  it('finds nothing when both samples answer the same way throughout', () => {
    const test = twoProportionTest({ proportion: 1, sampleSize: 50 }, { proportion: 1, sampleSize: 80 });
    expect(test).toMatchObject({ z: 0, pValue: 1, significant: false, direction: 'same' });
  });
});
