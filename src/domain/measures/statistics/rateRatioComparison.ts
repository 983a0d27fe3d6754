import { checkAlpha, checkCount } from './checks.js';
import { criticalZ, normalUpperTail } from './normal.js';

/** A count now and the count it is compared with (the same months a year earlier). */
export interface CountPair {
  readonly current: number;
  readonly previous: number;
}

export interface RateRatioComparison {
  /** current / previous of each group; null when its previous count is 0. */
  readonly firstRatio: number | null;
  readonly secondRatio: number | null;
  /** firstRatio / secondRatio: above 1 when the first group rose more (or fell less). */
  readonly ratio: number;
  readonly interval: { readonly lower: number; readonly upper: number };
  readonly pValue: number;
  readonly significant: boolean;
  /** Whether 0.5 was added to every count because one of them was 0. */
  readonly corrected: boolean;
  readonly alpha: number;
}

/**
 * Whether two groups' changes differ: the boroughs that chose a priority against those that did
 * not, or a borough against the rest of London. Each group's change is a ratio of two Poisson
 * counts; the question is whether the two ratios are equal. On the log scale the ratio of ratios
 * has standard error √(1/a + 1/b + 1/c + 1/d) (Woolf), which gives the z-test and the interval.
 * Crime counts by group run to thousands, where this large-sample test is sound; a zero count
 * would make the logarithm infinite, so then 0.5 is added to all four (Haldane–Anscombe).
 */
export function compareRateRatios(first: CountPair, second: CountPair, alpha = 0.05): RateRatioComparison {
  checkAlpha(alpha);
  const cells = [first.current, first.previous, second.current, second.previous];
  checkCount(first.current, 'first.current');
  checkCount(first.previous, 'first.previous');
  checkCount(second.current, 'second.current');
  checkCount(second.previous, 'second.previous');
  const corrected = cells.some((count) => count === 0);
  const [a, b, c, d] = cells.map((count) => (corrected ? count + 0.5 : count)) as [number, number, number, number];
  const logRatio = Math.log(a / b) - Math.log(c / d);
  const standardError = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  const z = logRatio / standardError;
  const pValue = Math.min(1, 2 * normalUpperTail(Math.abs(z)));
  const halfWidth = criticalZ(alpha) * standardError;
  return {
    firstRatio: first.previous === 0 ? null : first.current / first.previous,
    secondRatio: second.previous === 0 ? null : second.current / second.previous,
    ratio: Math.exp(logRatio),
    interval: { lower: Math.exp(logRatio - halfWidth), upper: Math.exp(logRatio + halfWidth) },
    pValue,
    significant: pValue < alpha,
    corrected,
    alpha,
  };
}
