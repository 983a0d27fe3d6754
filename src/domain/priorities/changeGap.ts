import { compareRateRatios, type CountPair } from '../measures/statistics/index.js';

/** Whether one group's change differs from another's, as the scorecards report it. */
export interface ChangeGap {
  /** Ratio of the two groups' rate ratios: below 1 when the first rose less (or fell more). */
  readonly ratio: number;
  readonly interval: { readonly lower: number; readonly upper: number };
  readonly pValue: number;
  readonly significant: boolean;
  readonly test: 'ratio of rate ratios (Woolf)';
}

/** Null when either group had no offences in both periods: there is no change to set against the other. */
export function changeGap(first: CountPair, second: CountPair): ChangeGap | null {
  if (first.current + first.previous === 0 || second.current + second.previous === 0) return null;
  const comparison = compareRateRatios(first, second);
  return {
    ratio: comparison.ratio,
    interval: comparison.interval,
    pValue: comparison.pValue,
    significant: comparison.significant,
    test: 'ratio of rate ratios (Woolf)',
  };
}
