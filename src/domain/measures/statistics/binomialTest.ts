import { betaQuantile, binomialPmf, binomialTails, type UnitPair } from './distributions.js';

/** A confidence interval; an upper bound can be Infinity (a ratio over a zero count). */
export interface Interval {
  readonly lower: number;
  readonly upper: number;
}

/** R's tolerance for "as likely as the observed count", so rounding does not split ties. */
const RELATIVE_TOLERANCE = 1 + 1e-7;

/** The first index in [from, to] at which `holds` becomes true, for a `holds` that stays true once true. */
function firstTrue(from: number, to: number, holds: (i: number) => boolean): number {
  let low = from;
  let high = to + 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (holds(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The two-sided p-value of the exact binomial test of x successes in n trials against success
 * probability p: the total probability of every outcome no more likely than the one observed
 * (the "minimum likelihood" method of R's binom.test). The probabilities fall away on both sides
 * of the mean, so the far tail's boundary is found by bisection and both tails are summed by the
 * binomial distribution function.
 */
export function binomialTestPValue(x: number, n: number, p: number): number {
  if (!Number.isInteger(x) || x < 0 || x > n) throw new RangeError(`${x} successes cannot come from ${n} trials`);
  if (n === 0) return 1;
  if (p === 0) return x === 0 ? 1 : 0;
  if (p === 1) return x === n ? 1 : 0;
  const mean = n * p;
  if (x === mean) return 1;
  const threshold = binomialPmf(x, n, p) * RELATIVE_TOLERANCE;
  const noMoreLikely = (i: number): boolean => binomialPmf(i, n, p) <= threshold;
  let total: number;
  if (x < mean) {
    // Above the mean the probabilities fall as i rises.
    const boundary = firstTrue(Math.ceil(mean), n, noMoreLikely);
    total = binomialTails(x, n, p).lower + binomialTails(boundary - 1, n, p).upper;
  } else {
    // Below the mean they fall as i falls: find the first i that is more likely than x.
    const boundary = firstTrue(0, Math.floor(mean), (i) => !noMoreLikely(i));
    total = binomialTails(boundary - 1, n, p).lower + binomialTails(x - 1, n, p).upper;
  }
  return Math.min(1, total);
}

/**
 * The Clopper–Pearson limits, each with its complement 1 − p to full precision (a rate ratio
 * needs the odds p / (1 − p) even when p is within a hair of 1).
 */
export function clopperPearsonLimits(x: number, n: number, alpha = 0.05): { lower: UnitPair; upper: UnitPair } {
  if (!Number.isInteger(x) || x < 0 || x > n) throw new RangeError(`${x} successes cannot come from ${n} trials`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must lie between 0 and 1, not ${alpha}`);
  return {
    lower: x === 0 ? { x: 0, y: 1 } : betaQuantile(alpha / 2, x, n - x + 1),
    upper: x === n ? { x: 1, y: 0 } : betaQuantile(1 - alpha / 2, x + 1, n - x),
  };
}

/**
 * The Clopper–Pearson ("exact") interval for a binomial proportion: the probabilities p at which
 * x successes or more (respectively, x or fewer) would occur with probability alpha / 2.
 */
export function clopperPearsonInterval(x: number, n: number, alpha = 0.05): Interval {
  const limits = clopperPearsonLimits(x, n, alpha);
  return { lower: limits.lower.x, upper: limits.upper.x };
}

/** The exact binomial test as R's binom.test reports it (two-sided). */
export interface BinomialTestResult {
  readonly successes: number;
  readonly trials: number;
  readonly nullProbability: number;
  readonly estimate: number;
  readonly interval: Interval;
  readonly pValue: number;
}

export function binomialTest(x: number, n: number, p = 0.5, alpha = 0.05): BinomialTestResult {
  return {
    successes: x,
    trials: n,
    nullProbability: p,
    estimate: n === 0 ? NaN : x / n,
    interval: clopperPearsonInterval(x, n, alpha),
    pValue: binomialTestPValue(x, n, p),
  };
}
