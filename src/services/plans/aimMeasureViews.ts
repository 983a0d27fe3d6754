import {
  formatPeriod,
  parsePeriodCode,
  periodCode,
  periodMonths,
  samePeriodLastYear,
  type Period,
} from '../../domain/calendar/index.js';
import type { MeasureDefinition, Observation } from '../../domain/measures/index.js';
import type { ChangeJudgement } from '../measures/measureViews.js';

/** One figure of a measure's latest period: an area and group, the document that gave it and when it stood. */
export interface AimFigure {
  readonly areaCode: string;
  readonly areaName: string;
  /** The group it covers ("ethnicity: BAME; age: 16-24"); null for everyone. */
  readonly breakdown: string | null;
  readonly value: number;
  readonly source: string;
  readonly asAt: string | null;
  readonly synthetic: boolean;
}

/** The parts of a change's judgement the aims page shows; the measure's own page shows the rest. */
export type AimJudgement = Pick<
  ChangeJudgement,
  'test' | 'pValue' | 'significant' | 'verdict' | 'verdictLabel' | 'tone' | 'sentence'
>;

/** The change on the same period a year earlier, as compareMeasure judges it for London. */
export interface AimChange {
  readonly previousPeriod: string;
  readonly previousLabel: string;
  readonly currentValue: number;
  readonly previousValue: number;
  readonly source: string;
  readonly synthetic: boolean;
  readonly judgement: AimJudgement;
}

export interface AimMeasure {
  readonly code: string;
  readonly name: string;
  readonly definition: string;
  readonly unit: MeasureDefinition['unit'];
  readonly polarity: MeasureDefinition['polarity'];
  readonly frequency: MeasureDefinition['frequency'];
  /** Where its figures are expected from: what the page names while there are none. */
  readonly expectedSource: string;
  /** Its most recent period's figures, or null: "no figures yet". */
  readonly latest: { readonly period: string; readonly label: string; readonly figures: AimFigure[] } | null;
  /** Null where no one source gives London's figure for both the latest period and a year earlier. */
  readonly change: AimChange | null;
}

/** The last month a period covers, as a sortable number; unreadable periods sort first. */
function endOf(period: Period | null): number {
  if (period === null) return -1;
  const last = periodMonths(period).last;
  return last.year * 12 + last.month;
}

/**
 * The latest period among a measure's current figures: the one ending last, and of periods ending
 * in the same month the longest (a financial year before its final month), so a headline year is
 * preferred to a month inside it.
 */
export function latestPeriod(observations: readonly Observation[]): Period | null {
  let best: Period | null = null;
  for (const o of observations) {
    const period = parsePeriodCode(o.period);
    if (period === null) continue;
    const later = endOf(period) - endOf(best);
    const longer = best === null ? 1 : monthSpan(period) - monthSpan(best);
    if (later > 0 || (later === 0 && longer > 0)) best = period;
  }
  return best;
}

function monthSpan(period: Period): number {
  const { first, last } = periodMonths(period);
  return last.year * 12 + last.month - (first.year * 12 + first.month) + 1;
}

/** The figures of the latest period: London first, whole population before groups, then by area and group. */
export function latestFigures(
  observations: readonly Observation[],
  areaName: (code: string) => string,
): AimMeasure['latest'] {
  const period = latestPeriod(observations);
  if (period === null) return null;
  const code = periodCode(period);
  const figures = observations
    .filter((o) => o.period === code)
    .map((o): AimFigure => ({
      areaCode: o.areaCode,
      areaName: areaName(o.areaCode),
      breakdown: o.breakdown,
      value: o.value,
      source: o.source,
      asAt: o.asAt,
      synthetic: o.synthetic,
    }))
    .sort(
      (a, b) =>
        Number(a.areaName !== 'London') - Number(b.areaName !== 'London') ||
        Number(a.breakdown !== null) - Number(b.breakdown !== null) ||
        a.areaName.localeCompare(b.areaName) ||
        (a.breakdown ?? '').localeCompare(b.breakdown ?? ''),
    );
  return { period: code, label: formatPeriod(period), figures };
}

/** Whether London's whole-population figure exists for the latest period and the same period a year earlier. */
export function hasYearOnYear(observations: readonly Observation[], forceCode: string, latest: string): boolean {
  const period = parsePeriodCode(latest);
  if (period === null) return false;
  const earlier = periodCode(samePeriodLastYear(period));
  const london = observations.filter((o) => o.areaCode === forceCode && o.breakdown === null);
  return london.some((o) => o.period === latest) && london.some((o) => o.period === earlier);
}
