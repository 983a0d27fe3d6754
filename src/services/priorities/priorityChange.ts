import type { Polarity } from '../../domain/measures/index.js';
import {
  compareRateRatios,
  countChange,
  percentChange,
  verdictFor,
  verdictLabel,
  verdictTone,
  type CountPair,
  type Verdict,
  type VerdictTone,
} from '../../domain/measures/statistics/index.js';

/** A count now against the same months a year earlier, tested exactly, with the verdict its polarity gives. */
export interface TestedChange {
  readonly current: number;
  readonly previous: number;
  readonly changePercent: number | null;
  readonly ratio: number | null;
  /** The rate ratio's 95% interval; no upper end when there was nothing the year before. */
  readonly interval: { readonly lower: number; readonly upper: number | null };
  readonly pValue: number;
  readonly significant: boolean;
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  readonly tone: VerdictTone;
}

export function testedChange(pair: CountPair, polarity: Polarity): TestedChange {
  const change = countChange({ a: pair.current, b: pair.previous });
  const verdict = verdictFor({ polarity, direction: change.direction, significant: change.significant });
  return {
    current: pair.current,
    previous: pair.previous,
    changePercent: percentChange(pair.current, pair.previous),
    ratio: change.ratio !== null && Number.isFinite(change.ratio) ? change.ratio : null,
    interval: {
      lower: change.interval.lower,
      upper: Number.isFinite(change.interval.upper) ? change.interval.upper : null,
    },
    pValue: change.pValue,
    significant: change.significant,
    verdict,
    verdictLabel: verdictLabel(verdict),
    tone: verdictTone(verdict),
  };
}

/** Whether one group's change differs from another's, as the scorecards report it. */
export interface ChangeGap {
  /** Ratio of the two groups' rate ratios: below 1 when the first rose less (or fell more). */
  readonly ratio: number;
  readonly interval: { readonly lower: number; readonly upper: number };
  readonly pValue: number;
  readonly significant: boolean;
  readonly test: 'ratio of rate ratios (Woolf)';
}

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
