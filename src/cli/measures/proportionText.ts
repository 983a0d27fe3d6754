import {
  formatInteger,
  formatNumber,
  formatPercentTenths,
  formatPoints,
  formatPValue,
  percentIntervalText,
  pointIntervalText,
  type ProportionSide,
} from '../../domain/measures/statistics/index.js';
import type { MeasureComparison } from '../../services/index.js';

function sideLine(label: string, side: ProportionSide): string {
  const figure = formatPercentTenths(side.percent);
  if (side.interval === null || side.sampleSize === null || side.effectiveSampleSize === null) {
    return `${label}: ${figure}, no sample size published`;
  }
  const deff = side.designEffectPublished
    ? `design effect ${formatNumber(side.designEffect, 2).replace(/\.?0+$/, '')}`
    : 'no design effect published, taken as 1';
  return `${label}: ${figure} (${percentIntervalText(side.interval)}), sample ${formatInteger(side.sampleSize)}, ${deff}, effective sample ${formatInteger(side.effectiveSampleSize)}`;
}

/**
 * A survey percentage's test as a person checks it: each side with its Wilson interval and the
 * effective sample it rests on, then the difference in points with its interval and p-value.
 */
export function proportionLines(c: MeasureComparison): string[] {
  const j = c.judgement;
  const p = j.proportions;
  if (p === null) return [];
  const lines = [sideLine(c.current.label, p.current), sideLine(c.previous.label, p.previous)];
  if (j.test === 'two-proportion' && j.interval !== null && j.pValue !== null) {
    lines.push(
      `Two-proportion test on the effective samples: difference ${formatPoints(p.difference)} (${pointIntervalText(j.interval)}), ${formatPValue(j.pValue)}`,
    );
  } else {
    lines.push(`Difference ${formatPoints(p.difference)}, not tested: ${p.untestedReason ?? 'no test applies'}`);
  }
  return lines;
}
