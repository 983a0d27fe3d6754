import { BluelampProblem } from '../../errors.js';
import type { Interval } from './binomialTest.js';
import type { ChangeDirection } from './countChange.js';
import { checkAlpha } from './checks.js';
import { criticalZ, normalUpperTail } from './normal.js';

/**
 * A survey proportion: the share answering yes (0 to 1), out of how many, and the survey's design
 * effect where it publishes one (clustering and weighting make a sample of n worth n / deff
 * simple random answers).
 */
export interface SampleProportion {
  readonly proportion: number;
  readonly sampleSize: number;
  readonly designEffect?: number;
}

export interface WilsonOptions {
  /** Newcombe's method 4: the Wilson interval with a continuity correction. Default false. */
  readonly continuityCorrection?: boolean;
  /** 1 − confidence; default 0.05 for a 95% interval. */
  readonly alpha?: number;
}

export interface ProportionInterval extends Interval {
  readonly proportion: number;
  /** n / deff, the sample size the interval is computed from. */
  readonly effectiveSampleSize: number;
}

function effectiveSize(sample: SampleProportion, field: string): number {
  const { proportion, sampleSize, designEffect = 1 } = sample;
  if (!(proportion >= 0 && proportion <= 1)) {
    throw new BluelampProblem('invalid-input', `a proportion lies between 0 and 1, not ${proportion}`, field);
  }
  if (!(sampleSize > 0 && Number.isFinite(sampleSize))) {
    throw new BluelampProblem('invalid-input', `the sample size must be positive, not ${sampleSize}`, field);
  }
  if (!(designEffect > 0 && Number.isFinite(designEffect))) {
    throw new BluelampProblem('invalid-input', `the design effect must be positive, not ${designEffect}`, field);
  }
  return sampleSize / designEffect;
}

function plainWilson(p: number, n: number, z: number): Interval {
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { lower: centre - half, upper: centre + half };
}

/** Newcombe (1998), method 4, with the limits fixed at 0 and 1 when p is 0 or 1. */
function correctedWilson(p: number, n: number, z: number): Interval {
  const z2 = z * z;
  const denominator = 2 * (n + z2);
  const lowerRoot = Math.sqrt(Math.max(0, z2 - 2 - 1 / n + 4 * p * (n * (1 - p) + 1)));
  const upperRoot = Math.sqrt(Math.max(0, z2 + 2 - 1 / n + 4 * p * (n * (1 - p) - 1)));
  return {
    lower: p === 0 ? 0 : (2 * n * p + z2 - 1 - z * lowerRoot) / denominator,
    upper: p === 1 ? 1 : (2 * n * p + z2 + 1 + z * upperRoot) / denominator,
  };
}

/**
 * The Wilson score interval for a proportion (Wilson 1927; Newcombe 1998, methods 3 and 4),
 * computed on the effective sample size n / deff. It never leaves [0, 1] and always contains the
 * observed proportion; the limits are clamped to say so exactly despite rounding.
 */
export function wilsonInterval(sample: SampleProportion, options: WilsonOptions = {}): ProportionInterval {
  const { continuityCorrection = false, alpha = 0.05 } = options;
  checkAlpha(alpha);
  const n = effectiveSize(sample, 'sampleSize');
  const p = sample.proportion;
  const z = criticalZ(alpha);
  const raw = continuityCorrection ? correctedWilson(p, n, z) : plainWilson(p, n, z);
  return {
    proportion: p,
    lower: Math.min(p, Math.max(0, raw.lower)),
    upper: Math.max(p, Math.min(1, raw.upper)),
    effectiveSampleSize: n,
  };
}

export interface TwoProportionTest {
  /** a − b, as a proportion (0.03 is three percentage points). */
  readonly difference: number;
  /** The 1 − alpha interval for the difference, from the unpooled standard error. */
  readonly interval: Interval;
  /** The pooled-variance z statistic (0 when both samples are all yes or all no). */
  readonly z: number;
  readonly pValue: number;
  readonly significant: boolean;
  readonly direction: ChangeDirection;
  readonly pooledProportion: number;
  readonly alpha: number;
}

/**
 * Compares two independent survey proportions: the pooled two-proportion z-test for the p-value
 * and the Wald interval (unpooled standard error) for the difference a − b. Each sample counts
 * for its effective size n / deff. This is the textbook large-sample test; surveys of a few
 * hundred per borough meet its conditions.
 */
export function twoProportionTest(
  a: SampleProportion,
  b: SampleProportion,
  options: { readonly alpha?: number } = {},
): TwoProportionTest {
  const { alpha = 0.05 } = options;
  checkAlpha(alpha);
  const nA = effectiveSize(a, 'a');
  const nB = effectiveSize(b, 'b');
  const pA = a.proportion;
  const pB = b.proportion;
  const difference = pA - pB;
  const pooled = (pA * nA + pB * nB) / (nA + nB);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
  const z = pooledSe === 0 ? 0 : difference / pooledSe;
  const pValue = Math.min(1, 2 * normalUpperTail(Math.abs(z)));
  const halfWidth = criticalZ(alpha) * Math.sqrt((pA * (1 - pA)) / nA + (pB * (1 - pB)) / nB);
  return {
    difference,
    interval: { lower: difference - halfWidth, upper: difference + halfWidth },
    z,
    pValue,
    significant: pValue < alpha,
    direction: difference > 0 ? 'up' : difference < 0 ? 'down' : 'same',
    pooledProportion: pooled,
    alpha,
  };
}
