import { checkAlpha, checkCount, checkPositive } from './checks.js';
import { binomialTestPValue, clopperPearsonLimits, type Interval } from './binomialTest.js';
import { gammaDensity, incompleteGamma, solveIncreasing, type UnitPair } from './distributions.js';

export type ChangeDirection = 'up' | 'down' | 'same';

/** Two counts to compare: a for the period (or area) of interest, b for the one it is compared with. */
export interface CountChangeInput {
  readonly a: number;
  readonly b: number;
  /** The exposure behind a (months, population, days); 1 when the periods are alike. */
  readonly exposureA?: number;
  readonly exposureB?: number;
  /** Significance level; the interval is at the matching 1 − alpha confidence. Default 0.05. */
  readonly alpha?: number;
}

export interface CountChange {
  readonly a: number;
  readonly b: number;
  readonly exposureA: number;
  readonly exposureB: number;
  /**
   * The rate ratio (a / exposureA) / (b / exposureB); Infinity when b is 0 and a is not, null when
   * both are 0 (no events, so nothing to compare).
   */
  readonly ratio: number | null;
  /** (ratio − 1) × 100, the change in rate as a percentage; null when the ratio is not finite. */
  readonly percentChange: number | null;
  /** The 1 − alpha interval for the rate ratio; the upper end is Infinity when b is 0. */
  readonly interval: Interval;
  /** The two-sided p-value of the exact conditional test of equal rates. */
  readonly pValue: number;
  readonly significant: boolean;
  readonly direction: ChangeDirection;
  readonly alpha: number;
}

/** The odds p / (1 − p) of the conditional binomial, turned back into a rate ratio. */
function oddsToRatio(p: UnitPair, exposureA: number, exposureB: number): number {
  if (p.y === 0) return Infinity;
  return (p.x / p.y) * (exposureB / exposureA);
}

/**
 * The change between two Poisson counts, tested exactly: given the total n = a + b, a is
 * Binomial(n, p0) with p0 = exposureA / (exposureA + exposureB) when the two rates are equal.
 * The p-value is the two-sided exact binomial test (R's binom.test, "minimum likelihood"), and
 * the rate ratio's interval is the Clopper–Pearson interval for p mapped through
 * p / (1 − p) × exposureB / exposureA. This is what R's poisson.test(c(a, b), c(exposureA,
 * exposureB)) computes.
 *
 * The exact test and the exact interval are not perfectly dual: rarely, a p-value just above
 * alpha comes with an interval that just excludes 1. `significant` follows the p-value.
 */
export function countChange(input: CountChangeInput): CountChange {
  const { a, b, exposureA = 1, exposureB = 1, alpha = 0.05 } = input;
  checkCount(a, 'a');
  checkCount(b, 'b');
  checkPositive(exposureA, 'exposureA');
  checkPositive(exposureB, 'exposureB');
  checkAlpha(alpha);
  const n = a + b;
  const p0 = exposureA / (exposureA + exposureB);
  const pValue = binomialTestPValue(a, n, p0);
  const limits = clopperPearsonLimits(a, n, alpha);
  const rateA = a / exposureA;
  const rateB = b / exposureB;
  const ratio = n === 0 ? null : b === 0 ? Infinity : rateA / rateB;
  return {
    a,
    b,
    exposureA,
    exposureB,
    ratio,
    percentChange: ratio !== null && Number.isFinite(ratio) ? (ratio - 1) * 100 : null,
    interval: {
      lower: oddsToRatio(limits.lower, exposureA, exposureB),
      upper: oddsToRatio(limits.upper, exposureA, exposureB),
    },
    pValue,
    significant: pValue < alpha,
    direction: rateA > rateB ? 'up' : rateA < rateB ? 'down' : 'same',
    alpha,
  };
}

/** A count's rate per unit of exposure with its exact interval. */
export interface PoissonRate {
  readonly count: number;
  readonly exposure: number;
  readonly rate: number;
  readonly interval: Interval;
}

/**
 * The exact (Garwood) interval for a Poisson rate, count / exposure: the means at which the count
 * or more (respectively, the count or fewer) would occur with probability alpha / 2. This is the
 * interval of R's poisson.test(count, exposure).
 */
export function poissonRateInterval(count: number, exposure = 1, alpha = 0.05): PoissonRate {
  checkCount(count, 'count');
  checkPositive(exposure, 'exposure');
  checkAlpha(alpha);
  const half = alpha / 2;
  let high = count + 20 + 10 * Math.sqrt(count);
  while (incompleteGamma(count + 1, high).upper > half) high *= 2;
  // P(X ≥ count) = P(count, mean), which rises with the mean.
  const lowerMean =
    count === 0
      ? 0
      : solveIncreasing(
          (mean) => incompleteGamma(count, mean).lower - half,
          (mean) => gammaDensity(count, mean),
          { low: 0, high },
          count,
        );
  // P(X ≤ count) = Q(count + 1, mean), which falls as the mean rises.
  const upperMean = solveIncreasing(
    (mean) => half - incompleteGamma(count + 1, mean).upper,
    (mean) => gammaDensity(count + 1, mean),
    { low: 0, high },
    count + 1,
  );
  return {
    count,
    exposure,
    rate: count / exposure,
    interval: { lower: lowerMean / exposure, upper: upperMean / exposure },
  };
}
