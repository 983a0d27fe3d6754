/**
 * The probability distributions the measure statistics need, written for this project from the
 * published formulas (no statistics library):
 *
 * - log-gamma by the Lanczos approximation (g = 7, nine terms);
 * - densities and the prefactors of the incomplete functions by Loader's saddle-point form
 *   (C. Loader, "Fast and accurate computation of binomial probabilities", 2000): Stirling's
 *   error term and the deviance term `bd0`, so that binomial probabilities for n in the hundreds
 *   of thousands keep their relative accuracy;
 * - the regularised incomplete beta function by its continued fraction (modified Lentz), and the
 *   regularised incomplete gamma function by its series and continued fraction;
 * - the binomial, Poisson, chi-square and normal distributions on top of those;
 * - the normal quantile by Acklam's rational approximation refined by one Halley step.
 *
 * Every tail function returns the smaller tail directly, never as 1 minus the larger one, so a
 * p-value of 1e-80 keeps its digits. The target is about 1e-13 relative accuracy and the tests
 * check 1e-10.
 */

export const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/** Lanczos coefficients for g = 7, n = 9 (Godfrey). */
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;

/** ln Γ(x) for x > 0 (and by reflection for non-integer x < 0.5). */
export function logGamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const shifted = x - 1;
  let series = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) series += (LANCZOS[i] ?? 0) / (shifted + i);
  const t = shifted + LANCZOS_G + 0.5;
  return LN_SQRT_2PI + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
}

/**
 * Stirling's error: δ(z) = ln Γ(z + 1) − [(z + ½) ln z − z + ½ ln 2π], for z > 0.
 * Above 15 the asymptotic series is exact to the last bit; below, log-gamma is accurate enough.
 */
function stirlingError(z: number): number {
  if (z <= 15) return logGamma(z + 1) - (z + 0.5) * Math.log(z) + z - LN_SQRT_2PI;
  const zz = z * z;
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / zz) / zz) / zz) / zz) / z;
}

/**
 * The deviance term x ln(x / m) + m − x, computed without cancellation when x is close to m
 * (with v = (x − m)/(x + m) it equals (x − m)v + 2x Σ v^(2j+1)/(2j + 1)).
 */
function devianceTerm(x: number, m: number): number {
  if (x === 0) return m;
  if (Math.abs(x - m) >= 0.1 * (x + m)) return x * Math.log(x / m) + m - x;
  const v = (x - m) / (x + m);
  const v2 = v * v;
  let sum = (x - m) * v;
  let power = 2 * x * v;
  for (let j = 1; j < 1000; j++) {
    power *= v2;
    const next = sum + power / (2 * j + 1);
    if (next === sum) return next;
    sum = next;
  }
  return sum;
}

/** x^a (1 − x)^b / B(a, b), for a, b > 0 and 0 < x < 1, accurate for large a and b. */
function betaKernel(x: number, a: number, b: number): number {
  const y = 1 - x;
  const s = a + b;
  const exponent =
    stirlingError(s) - stirlingError(a) - stirlingError(b) - devianceTerm(a, s * x) - devianceTerm(b, s * y);
  return Math.sqrt((a * b) / (2 * Math.PI * s)) * Math.exp(exponent);
}

/** x^a e^(−x) / Γ(a + 1), the Poisson probability generalised to real a ≥ 0. */
function poissonKernel(a: number, x: number): number {
  if (a === 0) return Math.exp(-x);
  if (x === 0) return 0;
  return Math.exp(-stirlingError(a) - devianceTerm(a, x)) / Math.sqrt(2 * Math.PI * a);
}

/** A probability and its complement, each computed so that the smaller one keeps its digits. */
export interface TailPair {
  /** P(X ≤ x), or the regularised lower function. */
  readonly lower: number;
  /** P(X > x), or the regularised upper function. */
  readonly upper: number;
}

function pair(small: number, smallIsLower: boolean): TailPair {
  const clamped = Math.min(1, Math.max(0, small));
  return smallIsLower ? { lower: clamped, upper: 1 - clamped } : { lower: 1 - clamped, upper: clamped };
}

/** One step of the modified Lentz method: the new (c, d) and the factor to multiply by. */
function lentzStep(state: { c: number; d: number }, coefficient: number): number {
  const d = 1 + coefficient * state.d;
  state.d = 1 / (Math.abs(d) < TINY ? TINY : d);
  const c = 1 + coefficient / state.c;
  state.c = Math.abs(c) < TINY ? TINY : c;
  return state.c * state.d;
}

/** The continued fraction of I_x(a, b) (Numerical Recipes §6.4), by the modified Lentz method. */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const first = 1 - ((a + b) * x) / (a + 1);
  const state = { c: 1, d: 1 / (Math.abs(first) < TINY ? TINY : first) };
  let result = state.d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const twoM = 2 * m;
    result *= lentzStep(state, (m * (b - m) * x) / ((a + twoM - 1) * (a + twoM)));
    const factor = lentzStep(state, (-(a + m) * (a + b + m) * x) / ((a + twoM) * (a + twoM + 1)));
    result *= factor;
    if (Math.abs(factor - 1) < EPSILON) break;
  }
  return result;
}

/** The regularised incomplete beta function I_x(a, b) and its complement, for a, b > 0. */
export function incompleteBeta(x: number, a: number, b: number): TailPair {
  if (!(a > 0 && b > 0) || Number.isNaN(x)) return { lower: NaN, upper: NaN };
  if (x <= 0) return { lower: 0, upper: 1 };
  if (x >= 1) return { lower: 1, upper: 0 };
  if (x < (a + 1) / (a + b + 2)) return pair((betaKernel(x, a, b) / a) * betaContinuedFraction(x, a, b), true);
  const y = 1 - x;
  return pair((betaKernel(y, b, a) / b) * betaContinuedFraction(y, b, a), false);
}

/** I_x(a, b), the regularised incomplete beta function. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  return incompleteBeta(x, a, b).lower;
}

/** The beta density, used as the derivative when inverting I_x(a, b). */
function betaDensity(x: number, a: number, b: number): number {
  if (x <= 0 || x >= 1) return 0;
  return betaKernel(x, a, b) / (x * (1 - x));
}

/**
 * Solves f(t) = 0 for an increasing f on (low, high) by Newton's method, falling back to
 * bisection whenever a step would leave the bracket.
 */
export function solveIncreasing(
  f: (t: number) => number,
  derivative: (t: number) => number,
  bracket: { low: number; high: number },
  start: number,
): number {
  let { low, high } = bracket;
  let t = start;
  for (let i = 0; i < 2000; i++) {
    const value = f(t);
    if (value === 0) return t;
    if (value < 0) low = t;
    else high = t;
    const step = value / derivative(t);
    let next = t - step;
    if (!(next > low && next < high) || !Number.isFinite(next)) next = low + (high - low) / 2;
    if (Math.abs(next - t) <= 4 * Number.EPSILON * Math.abs(t) || high - low <= 4 * Number.EPSILON * high) {
      return next;
    }
    t = next;
  }
  return t;
}

/** A point of (0, 1) with its complement, each to full relative precision. */
export interface UnitPair {
  readonly x: number;
  /** 1 − x, computed directly when x is close to 1. */
  readonly y: number;
}

/**
 * Solves I_x(a, b) = lower (equivalently 1 − I_x(a, b) = upper) for a root at most 1/2, matching
 * whichever of the two targets is the smaller, so that a tiny target keeps its digits.
 */
function betaRootInLowerHalf(a: number, b: number, lower: number, upper: number): number {
  const f =
    lower <= 0.5
      ? (x: number): number => incompleteBeta(x, a, b).lower - lower
      : (x: number): number => upper - incompleteBeta(x, a, b).upper;
  return solveIncreasing(f, (x) => betaDensity(x, a, b), { low: 0, high: 0.5 }, Math.min(0.5, a / (a + b)));
}

/**
 * The x with I_x(a, b) = probability (the beta quantile), with 1 − x. A root above 1/2 is found
 * as y = 1 − x from the mirror image I_y(b, a) = 1 − probability, so that both keep their digits.
 * (1 − probability is exact whenever probability ≥ 1/2, which is when it is used.)
 */
export function betaQuantile(probability: number, a: number, b: number): UnitPair {
  if (probability <= 0) return { x: 0, y: 1 };
  if (probability >= 1) return { x: 1, y: 0 };
  if (incompleteBeta(0.5, a, b).lower >= probability) {
    const x = betaRootInLowerHalf(a, b, probability, 1 - probability);
    return { x, y: 1 - x };
  }
  const y = betaRootInLowerHalf(b, a, 1 - probability, probability);
  return { x: 1 - y, y };
}

/** The x with I_x(a, b) = probability (the beta quantile). */
export function inverseIncompleteBeta(probability: number, a: number, b: number): number {
  return betaQuantile(probability, a, b).x;
}

function checkBinomial(n: number, p: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`a binomial needs a whole number of trials, not ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a probability lies between 0 and 1, not ${p}`);
}

/** P(X = k) for X ~ Binomial(n, p), by Loader's saddle-point form (exact to rounding). */
export function binomialPmf(k: number, n: number, p: number): number {
  checkBinomial(n, p);
  if (!Number.isInteger(k) || k < 0 || k > n) return 0;
  const q = 1 - p;
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  if (k === 0) return Math.exp(n * Math.log1p(-p));
  if (k === n) return Math.exp(n * Math.log(p));
  const exponent =
    stirlingError(n) - stirlingError(k) - stirlingError(n - k) - devianceTerm(k, n * p) - devianceTerm(n - k, n * q);
  return Math.exp(exponent) / Math.sqrt(2 * Math.PI * k * (1 - k / n));
}

/** Below this many trials, binomial tails are summed term by term; above, the incomplete beta is used. */
const DIRECT_SUM_LIMIT = 200;

function summedTail(from: number, to: number, n: number, p: number): number {
  let sum = 0;
  for (let i = to; i >= from; i--) sum += binomialPmf(i, n, p);
  return sum;
}

/** P(X ≤ k) and P(X > k) for X ~ Binomial(n, p). */
export function binomialTails(k: number, n: number, p: number): TailPair {
  checkBinomial(n, p);
  const kk = Math.floor(k);
  if (kk < 0) return { lower: 0, upper: 1 };
  if (kk >= n) return { lower: 1, upper: 0 };
  if (p === 0) return { lower: 1, upper: 0 };
  if (p === 1) return { lower: 0, upper: 1 };
  if (n <= DIRECT_SUM_LIMIT) {
    return kk < n * p ? pair(summedTail(0, kk, n, p), true) : pair(summedTail(kk + 1, n, n, p), false);
  }
  // P(X ≥ k + 1) = I_p(k + 1, n − k).
  const beta = incompleteBeta(p, kk + 1, n - kk);
  return { lower: beta.upper, upper: beta.lower };
}

/** P(X ≤ k) for X ~ Binomial(n, p). */
export function binomialCdf(k: number, n: number, p: number): number {
  return binomialTails(k, n, p).lower;
}

/** P(X ≥ k) for X ~ Binomial(n, p). */
export function binomialUpperTail(k: number, n: number, p: number): number {
  return binomialTails(Math.ceil(k) - 1, n, p).upper;
}

function gammaSeries(a: number, x: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (term < sum * EPSILON) break;
  }
  return poissonKernel(a, x) * sum;
}

function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let result = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    d = 1 / (Math.abs(d) < TINY ? TINY : d);
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    result *= d * c;
    if (Math.abs(d * c - 1) < EPSILON) break;
  }
  // x^a e^(−x) / Γ(a) = a · x^a e^(−x) / Γ(a + 1).
  return a * poissonKernel(a, x) * result;
}

/** The regularised incomplete gamma functions P(a, x) (lower) and Q(a, x) (upper), a > 0. */
export function incompleteGamma(a: number, x: number): TailPair {
  if (!(a > 0) || Number.isNaN(x)) return { lower: NaN, upper: NaN };
  if (x <= 0) return { lower: 0, upper: 1 };
  if (x === Infinity) return { lower: 1, upper: 0 };
  return x < a + 1 ? pair(gammaSeries(a, x), true) : pair(gammaContinuedFraction(a, x), false);
}

/** The density of the Gamma(a, 1) distribution, x^(a−1) e^(−x) / Γ(a): the derivative of P(a, x). */
export function gammaDensity(a: number, x: number): number {
  if (x <= 0) return 0;
  return (a * poissonKernel(a, x)) / x;
}

/** P(X ≤ x) and P(X > x) for a chi-square variable with the given degrees of freedom. */
export function chiSquareTails(x: number, degreesOfFreedom: number): TailPair {
  return incompleteGamma(degreesOfFreedom / 2, x / 2);
}

/** P(X = k) for X ~ Poisson(mean). */
export function poissonPmf(k: number, mean: number): number {
  if (!Number.isInteger(k) || k < 0) return 0;
  return poissonKernel(k, mean);
}

/** P(X ≤ k) and P(X > k) for X ~ Poisson(mean): P(X ≤ k) = Q(k + 1, mean). */
export function poissonTails(k: number, mean: number): TailPair {
  const kk = Math.floor(k);
  if (kk < 0) return { lower: 0, upper: 1 };
  if (mean === 0) return { lower: 1, upper: 0 };
  const gamma = incompleteGamma(kk + 1, mean);
  return { lower: gamma.upper, upper: gamma.lower };
}
