import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binomialCdf,
  binomialPmf,
  binomialTails,
  binomialUpperTail,
  chiSquareTails,
  incompleteBeta,
  incompleteGamma,
  betaQuantile,
  inverseIncompleteBeta,
  logGamma,
  poissonPmf,
  poissonTails,
  regularizedIncompleteBeta,
} from './distributions.js';
import { criticalZ, normalCdf, normalQuantile } from './normal.js';

/** |actual − expected| ≤ tolerance × |expected|, allowing for underflow below 1e-300. */
function expectRelative(actual: number, expected: number, tolerance = 1e-10): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected) + 1e-300);
}

function logFactorial(n: number): number {
  let sum = 0;
  for (let i = 2; i <= n; i++) sum += Math.log(i);
  return sum;
}

/** The binomial probability by the textbook formula, in logarithms: a check independent of Loader's form. */
function naivePmf(k: number, n: number, p: number): number {
  const logChoose = logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  return Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

describe('log-gamma', () => {
  it('gives Γ(1/2) = √π and Γ(n) = (n − 1)! (Abramowitz and Stegun 6.1.8 and 6.1.6)', () => {
    expectRelative(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
    expectRelative(logGamma(10), Math.log(362_880), 1e-14);
    expectRelative(logGamma(21), Math.log(2_432_902_008_176_640_000), 1e-14);
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-15);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-15);
  });

  it('satisfies the recurrence ln Γ(x + 1) = ln Γ(x) + ln x', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), (x) => {
        const left = logGamma(x + 1);
        const right = logGamma(x) + Math.log(x);
        expect(Math.abs(left - right)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(left)));
      }),
    );
  });
});

describe('the normal distribution', () => {
  it('puts the 97.5th percentile at 1.959963984540054 (R: qnorm(0.975) = 1.959964, qnorm(0.995) = 2.575829)', () => {
    expectRelative(normalQuantile(0.975), 1.959963984540054, 1e-15);
    expectRelative(criticalZ(0.05), 1.959963984540054, 1e-15);
    expectRelative(normalQuantile(0.995), 2.5758293035489004, 1e-14);
  });

  it('gives Φ(1.96) = 0.9750021 and Φ(0) = 1/2 (R: pnorm(1.96) = 0.9750021)', () => {
    expectRelative(normalCdf(1.96), 0.9750021048517795, 1e-14);
    expect(normalCdf(0)).toBe(0.5);
  });

  it('keeps the digits of far tails: Φ(−10) = 7.619853e-24 (R: pnorm(-10))', () => {
    expectRelative(normalCdf(-10), 7.619853024160527e-24, 1e-12);
    expectRelative(normalQuantile(7.619853024160527e-24), -10, 1e-12);
  });

  it('inverts its distribution function everywhere', () => {
    fc.assert(
      // Above the median, Φ(z) is near 1 and its rounding, not the quantile, limits the accuracy.
      fc.property(fc.double({ min: -37, max: 0.5, noNaN: true }), (z) => {
        const p = normalCdf(z);
        expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(z)));
      }),
    );
  });

  it('is symmetric: Φ(−z) = 1 − Φ(z)', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (z) => {
        expect(normalCdf(-z) + normalCdf(z)).toBeCloseTo(1, 14);
      }),
    );
  });
});

describe('the incomplete gamma and chi-square distributions', () => {
  it('matches the printed chi-square critical values 3.841 (1 df) and 18.307 (10 df) at 5% (NIST/SEMATECH e-Handbook 1.3.6.7.4)', () => {
    expect(chiSquareTails(3.841, 1).upper).toBeCloseTo(0.05, 4);
    expect(chiSquareTails(18.307, 10).upper).toBeCloseTo(0.05, 4);
  });

  it('ties the chi-square on one degree of freedom to the normal: P(χ² > z²) = 2Φ(−z)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 30, noNaN: true }), (z) => {
        expectRelative(chiSquareTails(z * z, 1).upper, 2 * normalCdf(-z), 1e-12);
      }),
    );
  });

  it('has P(1, x) = 1 − e^(−x), the exponential distribution', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 700, noNaN: true }), (x) => {
        const gamma = incompleteGamma(1, x);
        expectRelative(gamma.lower, -Math.expm1(-x), 1e-12);
        expectRelative(gamma.upper, Math.exp(-x), 1e-12);
      }),
    );
  });

  it('sums Poisson probabilities to its distribution function', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0.1, max: 150, noNaN: true }), (k, mean) => {
        let sum = 0;
        for (let i = 0; i <= k; i++) sum += poissonPmf(i, mean);
        const tails = poissonTails(k, mean);
        expect(Math.abs(tails.lower - sum)).toBeLessThanOrEqual(1e-12 * Math.max(sum, 1e-300) + 1e-300);
      }),
    );
  });
});

describe('the incomplete beta function', () => {
  it('has the closed forms I_x(a, 1) = x^a and I_x(1, b) = 1 − (1 − x)^b', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.1, max: 500, noNaN: true }),
        (x, a) => {
          expectRelative(regularizedIncompleteBeta(x, a, 1), x ** a, 1e-11);
          expectRelative(incompleteBeta(x, 1, a).upper, (1 - x) ** a, 1e-11);
        },
      ),
    );
  });

  it('puts the median of a symmetric beta distribution at one half', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 1e5, noNaN: true }), (a) => {
        expect(inverseIncompleteBeta(0.5, a, a)).toBeCloseTo(0.5, 12);
      }),
    );
  });

  it('is inverted by the beta quantile', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-10, max: 1 - 1e-10, noNaN: true }),
        fc.double({ min: 0.5, max: 1e5, noNaN: true }),
        fc.double({ min: 0.5, max: 1e5, noNaN: true }),
        (probability, a, b) => {
          const { x, y } = betaQuantile(probability, a, b);
          expect(x + y).toBeCloseTo(1, 15);
          const back =
            x <= 0.5 ? incompleteBeta(x, a, b) : ((m) => ({ lower: m.upper, upper: m.lower }))(incompleteBeta(y, b, a));
          const [got, want] = probability <= 0.5 ? [back.lower, probability] : [back.upper, 1 - probability];
          expectRelative(got, want, 1e-9);
        },
      ),
    );
  });
});

describe('the binomial distribution', () => {
  it('gives the textbook probabilities for fair coins: 252/1024 for five heads in ten, 10/32 for three in five', () => {
    expectRelative(binomialPmf(5, 10, 0.5), 252 / 1024, 1e-14);
    expectRelative(binomialPmf(3, 5, 0.5), 10 / 32, 1e-14);
    expectRelative(binomialCdf(2, 10, 0.5), 56 / 1024, 1e-14);
  });

  it('agrees with the textbook formula for the probability of each count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, p, where) => {
          const k = Math.round(where * n);
          expectRelative(binomialPmf(k, n, p), naivePmf(k, n, p), 1e-9);
        },
      ),
    );
  });

  it('sums its probabilities to the tails computed by the incomplete beta, for large n too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 201, max: 3000 }),
        fc.double({ min: 0.02, max: 0.98, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, p, where) => {
          const k = Math.min(n - 1, Math.round(where * n));
          let lower = 0;
          for (let i = 0; i <= k; i++) lower += binomialPmf(i, n, p);
          let upper = 0;
          for (let i = n; i > k; i--) upper += binomialPmf(i, n, p);
          const tails = binomialTails(k, n, p);
          expectRelative(tails.lower, lower, 1e-9);
          expectRelative(tails.upper, upper, 1e-9);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps a tail below 1e-90 for a hundred and fifty thousand trials, and its complement sums to one', () => {
    // 77,614 of 147,132 against an even split: a right tail far below 1e-90.
    const tail = binomialUpperTail(77_614, 147_132, 0.5);
    expect(tail).toBeGreaterThan(1e-100);
    expect(tail).toBeLessThan(1e-90);
    expect(binomialCdf(77_613, 147_132, 0.5)).toBe(1 - tail);
  });
});
