/** The standard normal distribution: its tails, density and quantile. */
import { incompleteGamma, LN_SQRT_2PI } from './distributions.js';

/** Φ(z), the standard normal distribution function, accurate in both tails. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  const half = incompleteGamma(0.5, (z * z) / 2);
  return z < 0 ? half.upper / 2 : 0.5 + half.lower / 2;
}

/** P(Z > z) = Φ(−z). */
export function normalUpperTail(z: number): number {
  return normalCdf(-z);
}

/** The standard normal density. */
function normalDensity(z: number): number {
  return Math.exp(-(z * z) / 2 - LN_SQRT_2PI);
}

/** Acklam's coefficients: central region numerator (A) and denominator (B), tails (C, D). */
const ACKLAM_A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
] as const;
const ACKLAM_B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
] as const;
const ACKLAM_C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
] as const;
const ACKLAM_D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;
const ACKLAM_LOW = 0.02425;

function polynomial(coefficients: readonly number[], x: number): number {
  return coefficients.reduce((sum, c) => sum * x + c, 0);
}

/** Acklam's approximation (relative error below 1.2e-9), for p ≤ 0.5. */
function acklamLowerHalf(p: number): number {
  if (p < ACKLAM_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return polynomial(ACKLAM_C, q) / (polynomial(ACKLAM_D, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (polynomial(ACKLAM_A, r) * q) / (polynomial(ACKLAM_B, r) * r + 1);
}

/** Φ⁻¹(p): Acklam's approximation refined by a Halley step on the accurate Φ, to full precision. */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  // 1 − p is exact for p ≥ 0.5, so the upper half is the mirror image of the lower.
  if (p > 0.5) return -normalQuantile(1 - p);
  let x = acklamLowerHalf(p);
  for (let i = 0; i < 2; i++) {
    const error = normalCdf(x) - p;
    const u = error / normalDensity(x);
    const next = x - u / (1 + (x * u) / 2);
    if (!Number.isFinite(next)) break;
    x = next;
  }
  return x;
}

/** The two-sided critical value z with P(|Z| > z) = alpha (1.96 for alpha = 0.05). */
export function criticalZ(alpha: number): number {
  return -normalQuantile(alpha / 2);
}
