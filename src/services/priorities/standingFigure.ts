import { formatMonthCode, lastDayOfMonth, parseMonthCode, type MonthSpan } from '../../domain/calendar/index.js';
import { judgeChange, type Polarity } from '../../domain/measures/index.js';
import {
  headlineSentence,
  percentChange,
  type CountPair,
  type VerdictTone,
} from '../../domain/measures/statistics/index.js';
import { monthsOfSpan, sumOfAreas } from '../../domain/priorities/index.js';
import type { ScorecardPeriods } from './priorityAccess.js';

/**
 * One figure shown for a standing priority, whatever it was read from: counts of a crime category
 * (the MPS borough series, police.uk street files) or a measure's published values. Each says
 * where it comes from and as at when, and whether it covers the scorecard's compared months or,
 * for a published figure of another period, which period it does cover.
 */
export interface StandingFigure {
  /** What is counted: a crime category's or a measure's name. */
  readonly what: string;
  readonly area: 'borough' | 'london';
  readonly areaName: string;
  readonly current: { readonly label: string; readonly value: number };
  /** Null for a single published figure with nothing earlier to judge it against. */
  readonly previous: { readonly label: string; readonly value: number } | null;
  /** Whether it covers the scorecard's compared months; false for a published figure of another period. */
  readonly sameMonths: boolean;
  readonly changePercent: number | null;
  /** London's change over the same months, for counts held by borough. */
  readonly londonChangePercent: number | null;
  /** Null where no change could be judged: a figure with nothing to compare is never "no change". */
  readonly verdictLabel: string | null;
  readonly tone: VerdictTone;
  readonly sentence: string;
  readonly source: {
    readonly kind: 'data' | 'published';
    readonly name: string;
    /** The last day of the latest month the data run to, or the date the published figure stood. */
    readonly asAt: string | null;
    readonly synthetic: boolean;
  };
}

/** The as-at of counts: the last day of the latest month the loaded files run to. */
export function monthsAsAt(months: readonly string[]): string | null {
  const last = parseMonthCode([...months].sort().at(-1) ?? '');
  return last === null ? null : lastDayOfMonth(last);
}

export function monthCodes(span: MonthSpan): string[] {
  return monthsOfSpan(span).map(formatMonthCode);
}

/**
 * A borough's count over the compared months against the same months a year earlier, tested
 * exactly and judged by the priority's polarity, with London's change beside it.
 */
export function countFigure(input: {
  what: string;
  borough: { code: string; name: string };
  londonCodes: readonly string[];
  counts: { current: Map<string, number>; previous: Map<string, number> };
  periods: ScorecardPeriods;
  polarity: Polarity;
  source: StandingFigure['source'];
}): StandingFigure {
  const { counts, periods, borough } = input;
  const pair: CountPair = {
    current: counts.current.get(borough.code) ?? 0,
    previous: counts.previous.get(borough.code) ?? 0,
  };
  const judged = judgeChange(pair, input.polarity);
  const current = { label: periods.current.label, value: pair.current };
  const previous = { label: periods.previous.label, value: pair.previous };
  return {
    what: input.what,
    area: 'borough',
    areaName: borough.name,
    current,
    previous,
    sameMonths: true,
    changePercent: judged.changePercent,
    londonChangePercent: percentChange(
      sumOfAreas(counts.current, input.londonCodes),
      sumOfAreas(counts.previous, input.londonCodes),
    ),
    verdictLabel: judged.verdictLabel,
    tone: judged.tone,
    sentence: headlineSentence({
      measureName: `${input.what} in ${borough.name}`,
      unitWords: '',
      current,
      previous,
      verdict: judged.verdict,
    }),
    source: input.source,
  };
}
