import type { Polarity } from './measure.js';
import {
  countChange,
  percentChange,
  verdictFor,
  verdictLabel,
  verdictTone,
  type CountPair,
  type Interval,
  type Verdict,
  type VerdictTone,
} from './statistics/index.js';

/** A count now against a count before, tested exactly, with the verdict the measure's polarity gives. */
export interface JudgedChange {
  readonly current: number;
  readonly previous: number;
  /** Null when there was nothing before. */
  readonly changePercent: number | null;
  /** The rate ratio: Infinity when there was nothing before, null when there is nothing at all. */
  readonly ratio: number | null;
  /** The rate ratio's 95% interval; its upper end is Infinity when there was nothing before. */
  readonly interval: Interval;
  readonly pValue: number;
  readonly significant: boolean;
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  readonly tone: VerdictTone;
}

/**
 * Judges a change the way the plan asks, for a measure's comparison and a priority's scorecard
 * alike: counts over equal periods are tested exactly (R's poisson.test), and the verdict follows
 * the polarity, so a rise is "worse" only where it is real and lower is better.
 */
export function judgeChange(pair: CountPair, polarity: Polarity): JudgedChange {
  const change = countChange({ a: pair.current, b: pair.previous });
  const verdict = verdictFor({ polarity, direction: change.direction, significant: change.significant });
  return {
    current: pair.current,
    previous: pair.previous,
    changePercent: percentChange(pair.current, pair.previous),
    ratio: change.ratio,
    interval: change.interval,
    pValue: change.pValue,
    significant: change.significant,
    verdict,
    verdictLabel: verdictLabel(verdict),
    tone: verdictTone(verdict),
  };
}
