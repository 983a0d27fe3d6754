import type { MeasureDefinition } from '../../domain/measures/index.js';
import {
  countChange,
  headlineSentence,
  verdictFor,
  verdictLabel,
  verdictTone,
  type Verdict,
  type VerdictTone,
} from '../../domain/measures/statistics/index.js';

/** What the comparison of two values means, with how sure we are. */
export interface ChangeJudgement {
  /** "exact-poisson" for counts; "none" where no test applies (a percentage without sample sizes). */
  readonly test: 'exact-poisson' | 'none';
  readonly pValue: number | null;
  /** The 95% interval of the rate ratio, for counts. */
  readonly interval: { readonly lower: number; readonly upper: number } | null;
  readonly ratio: number | null;
  readonly significant: boolean | null;
  readonly verdict: Verdict | null;
  readonly verdictLabel: string | null;
  readonly tone: VerdictTone;
  readonly sentence: string;
}

/**
 * Judges a change the way the plan asks: counts over equal periods are tested exactly; the
 * verdict follows the measure's polarity; figures without a test are stated, never coloured.
 */
export function judgeChange(
  measure: MeasureDefinition,
  values: { current: number; previous: number },
  labels: { current: string; previous: string },
): ChangeJudgement {
  const headline = {
    measureName: measure.name,
    unitWords: measure.unitWords,
    current: { label: labels.current, value: values.current },
    previous: { label: labels.previous, value: values.previous },
  };
  const countable = measure.unit === 'count' && Number.isInteger(values.current) && Number.isInteger(values.previous);
  if (!countable) {
    return {
      test: 'none',
      pValue: null,
      interval: null,
      ratio: null,
      significant: null,
      verdict: null,
      verdictLabel: null,
      tone: 'neutral',
      sentence: headlineSentence({
        ...headline,
        unitWords: measure.unit === 'percentage' ? '' : measure.unitWords,
        valueKind: 'rate',
      }),
    };
  }
  const change = countChange({ a: values.current, b: values.previous });
  const verdict = verdictFor({
    polarity: measure.polarity,
    direction: change.direction,
    significant: change.significant,
  });
  return {
    test: 'exact-poisson',
    pValue: change.pValue,
    interval: { lower: change.interval.lower, upper: change.interval.upper },
    ratio: change.ratio,
    significant: change.significant,
    verdict,
    verdictLabel: verdictLabel(verdict),
    tone: verdictTone(verdict),
    sentence: headlineSentence({
      ...headline,
      test: { significant: change.significant, pValue: change.pValue },
      verdict,
    }),
  };
}
