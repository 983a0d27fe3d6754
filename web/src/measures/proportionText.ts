import type { MeasureComparison } from './measureTypes.js';
import { formatCount, formatPValue, formatSigned, formatTenths } from '../shared/format.js';

type Judgement = MeasureComparison['judgement'];
export type ProportionJudgement = NonNullable<Judgement['proportions']>;
export type ProportionSide = ProportionJudgement['current'];
type Interval = NonNullable<Judgement['interval']>;

/** A percentage to one decimal place: "71.0%". */
export function percentText(percent: number): string {
  return `${formatTenths(percent)}%`;
}

/** "95% interval 69.9% to 72.1%". */
export function percentIntervalWords(interval: Interval): string {
  return `95% interval ${percentText(interval.lower)} to ${percentText(interval.upper)}`;
}

/** "−3.0 points (95% interval −4.6 to −1.4 points)". */
export function pointsWords(difference: number, interval: Interval | null): string {
  const points = `${formatSigned(difference, formatTenths)} points`;
  if (interval === null) return points;
  const end = (value: number) => formatSigned(value, formatTenths);
  return `${points} (95% interval ${end(interval.lower)} to ${end(interval.upper)} points)`;
}

/** "sample 8,000, design effect 1.3, effective sample 6,154", or why there is no sample. */
export function sampleWords(side: ProportionSide): string {
  if (side.sampleSize === null || side.effectiveSampleSize === null) return 'no sample size published';
  const deff = side.designEffectPublished
    ? `design effect ${String(Math.round(side.designEffect * 100) / 100)}`
    : 'no design effect published, taken as 1';
  return `sample ${formatCount(side.sampleSize)}, ${deff}, effective sample ${formatCount(side.effectiveSampleSize)}`;
}

/** The test in words: "two-proportion test on the effective samples, p < 0.001". */
export function proportionTestWords(judgement: Judgement): string | null {
  if (judgement.test !== 'two-proportion' || judgement.pValue === null) return null;
  return `two-proportion test on the effective samples, ${formatPValue(judgement.pValue)}`;
}
