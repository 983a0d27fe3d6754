import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomialTest, binomialTestPValue, clopperPearsonInterval } from './binomialTest.js';
import { binomialPmf } from './distributions.js';

/** The two-sided p-value straight from its definition: every outcome no more likely than x. */
function pValueByDefinition(x: number, n: number, p: number): number {
  const observed = binomialPmf(x, n, p) * (1 + 1e-7);
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    const probability = binomialPmf(i, n, p);
    if (probability <= observed) sum += probability;
  }
  return Math.min(1, sum);
}

describe('the exact binomial test', () => {
  it("reproduces R's ?binom.test example: 682 giant plants of 925 against Mendel's 3/4 (Conover 1971, p. 97f)", () => {
    // R: binom.test(682, 682 + 243, p = 3/4) gives p-value = 0.3825 and the 95 percent
    // confidence interval 0.7076683 0.7654066, estimate 0.7372973.
    const result = binomialTest(682, 925, 3 / 4);
    expect(result.pValue).toBeCloseTo(0.3825, 4);
    expect(result.interval.lower).toBeCloseTo(0.7076683, 7);
    expect(result.interval.upper).toBeCloseTo(0.7654066, 7);
    expect(result.estimate).toBeCloseTo(0.7372973, 7);
  });

  it('gives the textbook exact interval for no successes: 1 − (alpha/2)^(1/n) (Clopper and Pearson 1934)', () => {
    // With x = 0 the upper limit solves (1 − p)^n = 0.025: for n = 10, 0.3084971.
    expect(clopperPearsonInterval(0, 10).lower).toBe(0);
    expect(clopperPearsonInterval(0, 10).upper).toBeCloseTo(1 - 0.025 ** (1 / 10), 12);
    expect(clopperPearsonInterval(10, 10).lower).toBeCloseTo(0.025 ** (1 / 10), 12);
  });

  it('agrees with the definition of the two-sided p-value, summed term by term', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, p, where) => {
          const x = Math.round(where * n);
          const expected = pValueByDefinition(x, n, p);
          expect(Math.abs(binomialTestPValue(x, n, p) - expected)).toBeLessThanOrEqual(1e-10 * expected + 1e-300);
        },
      ),
    );
  });

  it('gives a p-value between 0 and 1 and the same one for x and n − x under an even split', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, where) => {
        const x = Math.round(where * n);
        const p = binomialTestPValue(x, n, 0.5);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(binomialTestPValue(n - x, n, 0.5)).toBeCloseTo(p, 12);
      }),
    );
  });

  it('gives an interval that contains the observed proportion', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, where) => {
        const x = Math.round(where * n);
        const interval = clopperPearsonInterval(x, n);
        expect(interval.lower).toBeLessThanOrEqual(x / n);
        expect(interval.upper).toBeGreaterThanOrEqual(x / n);
        expect(interval.lower).toBeGreaterThanOrEqual(0);
        expect(interval.upper).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('finds nothing to test in no trials, and rejects impossible counts', () => {
    expect(binomialTestPValue(0, 0, 0.3)).toBe(1);
    expect(() => binomialTestPValue(5, 4, 0.5)).toThrow(RangeError);
    expect(() => binomialTestPValue(1.5, 4, 0.5)).toThrow(RangeError);
  });
});
