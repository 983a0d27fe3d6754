import { judgeChange, type MeasureDefinition } from '../../domain/measures/index.js';
import { headlineSentence, type Verdict, type VerdictTone } from '../../domain/measures/statistics/index.js';

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
 * A measure's change as its comparison shows it: counts are judged exactly; figures without a
 * test are stated, never coloured.
 */
export function changeJudgement(
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
  };
}
