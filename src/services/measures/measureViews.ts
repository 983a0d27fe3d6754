import { judgeChange, type MeasureDefinition } from '../../domain/measures/index.js';
import {
  headlineSentence,
  proportionChange,
  proportionSentence,
  type ProportionFigure,
  type ProportionSide,
  type Verdict,
  type VerdictTone,
} from '../../domain/measures/statistics/index.js';

/** A survey percentage's two sides and their difference, in percent and percentage points. */
export interface ProportionJudgement {
  readonly current: ProportionSide;
  readonly previous: ProportionSide;
  /** current − previous in percentage points. */
  readonly difference: number;
  /** Why the change is not tested, in words ("no sample size published for 2018-19, …"); null when tested. */
  readonly untestedReason: string | null;
}

/** What the comparison of two values means, with how sure we are. */
export interface ChangeJudgement {
  /**
   * "exact-poisson" for counts; "two-proportion" for survey percentages with sample sizes; "none"
   * where no test applies (a percentage without a sample size, pounds, days).
   */
  readonly test: 'exact-poisson' | 'two-proportion' | 'none';
  readonly pValue: number | null;
  /** The 95% interval: of the rate ratio for counts, of the difference in percentage points for percentages. */
  readonly interval: { readonly lower: number; readonly upper: number } | null;
  readonly ratio: number | null;
  readonly significant: boolean | null;
  readonly verdict: Verdict | null;
  readonly verdictLabel: string | null;
  readonly tone: VerdictTone;
  readonly sentence: string;
  /** For a percentage measure: both sides with their Wilson intervals and effective samples; null otherwise. */
  readonly proportions: ProportionJudgement | null;
}

/** The sample behind each side of a percentage: numerator, base, sample size and design effect as published. */
export type ProportionSamples = Readonly<Record<'current' | 'previous', Omit<ProportionFigure, 'value'>>>;

const NO_SAMPLE: Omit<ProportionFigure, 'value'> = {
  numerator: null,
  denominator: null,
  sampleSize: null,
  designEffect: null,
};

function proportionJudgement(
  measure: MeasureDefinition,
  values: { current: number; previous: number },
  labels: { current: string; previous: string },
  samples: ProportionSamples | undefined,
): ChangeJudgement {
  const change = proportionChange(
    {
      current: { ...(samples?.current ?? NO_SAMPLE), value: values.current },
      previous: { ...(samples?.previous ?? NO_SAMPLE), value: values.previous },
    },
    measure.polarity,
    labels,
  );
  return {
    test: change.untestedReason === null ? 'two-proportion' : 'none',
    pValue: change.pValue,
    interval: change.interval,
    ratio: null,
    significant: change.significant,
    verdict: change.verdict,
    verdictLabel: change.verdictLabel,
    tone: change.tone,
    sentence: proportionSentence(measure.name, change, labels),
    proportions: {
      current: change.current,
      previous: change.previous,
      difference: change.difference,
      untestedReason: change.untestedReason,
    },
  };
}

/**
 * A measure's change as its comparison shows it: counts are judged exactly; survey percentages by
 * the two-proportion test on their effective samples, given `samples`; figures without a test are
 * stated, never coloured, with the reason in the sentence.
 */
export function changeJudgement(
  measure: MeasureDefinition,
  values: { current: number; previous: number },
  labels: { current: string; previous: string },
  samples?: ProportionSamples,
): ChangeJudgement {
  if (measure.unit === 'percentage') return proportionJudgement(measure, values, labels, samples);
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
        valueKind: 'rate',
      }),
      proportions: null,
    };
  }
  const judged = judgeChange(values, measure.polarity);
  return {
    test: 'exact-poisson',
    pValue: judged.pValue,
    interval: { lower: judged.interval.lower, upper: judged.interval.upper },
    ratio: judged.ratio,
    significant: judged.significant,
    verdict: judged.verdict,
    verdictLabel: judged.verdictLabel,
    tone: judged.tone,
    sentence: headlineSentence({
      ...headline,
      test: { significant: judged.significant, pValue: judged.pValue },
      verdict: judged.verdict,
    }),
    proportions: null,
  };
}
