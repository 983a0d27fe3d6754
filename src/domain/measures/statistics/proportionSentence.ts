import type { Interval } from './binomialTest.js';
import type { ProportionChange, ProportionSide } from './proportionChange.js';
import { formatNumber, formatPointChange, formatProportion, formatPValue } from './sentences.js';

/** A percentage (0 to 100) to one decimal place: 72.86 → "72.9%". */
export function formatPercentTenths(percent: number): string {
  return `${formatNumber(percent, 1)}%`;
}

/** A 95% interval of percentages: "95% interval 72.9% to 75.1%". */
export function percentIntervalText(interval: Interval): string {
  return `95% interval ${formatPercentTenths(interval.lower)} to ${formatPercentTenths(interval.upper)}`;
}

/** A difference in percentage points to one decimal, signed: −3.04 → "−3.0 points". */
export function formatPoints(points: number): string {
  return formatPointChange(points / 100, 1);
}

/** A 95% interval of a difference in points: "95% interval −4.6 to −1.4 points". */
export function pointIntervalText(interval: Interval): string {
  return `95% interval ${formatNumber(interval.lower, 1)} to ${formatNumber(interval.upper, 1)} points`;
}

function figure(side: ProportionSide, label: string, withInterval: boolean): string {
  const interval = withInterval && side.interval !== null ? ` (${percentIntervalText(side.interval)})` : '';
  return `${formatProportion(side.percent / 100)}${interval} in ${label}`;
}

function judgedClause(change: ProportionChange): string {
  const { interval, pValue, significant, verdict } = change;
  if (interval === null || pValue === null || significant === null) return '';
  const opening = `the difference of ${formatPoints(change.difference)} (${pointIntervalText(interval)})`;
  if (!significant) return `; ${opening} is not statistically significant (${formatPValue(pValue)})`;
  const context = verdict === 'significant-change-context-only' ? ', shown for context and not judged' : '';
  return `; ${opening} is statistically significant (${formatPValue(pValue)})${context}`;
}

/**
 * The headline sentence of a survey percentage: "Public confidence: 71% (95% interval 69.9% to
 * 72.1%) in 2018-19, down from 74% (95% interval 72.9% to 75.1%) in 2017-18; the difference of
 * −3.0 points (95% interval −4.6 to −1.4 points) is statistically significant (p < 0.001)."
 * Untested, it gives the difference in points and says why there is no test.
 */
export function proportionSentence(
  measureName: string,
  change: ProportionChange,
  labels: { readonly current: string; readonly previous: string },
): string {
  const tested = change.untestedReason === null;
  const now = figure(change.current, labels.current, tested);
  const before = figure(change.previous, labels.previous, tested);
  const movement =
    change.direction === 'same'
      ? `the same as ${before}`
      : `${change.direction === 'up' ? 'up' : 'down'} from ${before}`;
  if (!tested) {
    return `${measureName}: ${now}, ${movement} (${formatPoints(change.difference)}); ${change.untestedReason ?? ''}.`;
  }
  return `${measureName}: ${now}, ${movement}${judgedClause(change)}.`;
}
