import { xmrChart, type SpecialCause } from '../measures/statistics/index.js';

/**
 * What an evidence pack says about one candidate category in one borough, from its monthly counts
 * over the three years before the priority year: the control chart, the rolling twelve-month
 * trend, and where the borough stands in London over the last twelve months.
 */
export interface MonthlyPoint {
  readonly month: string;
  readonly count: number;
  readonly centre: number;
  readonly lower: number;
  readonly upper: number;
  /** The rolling twelve-month total ending this month; null for the first eleven months. */
  readonly rolling12: number | null;
}

export interface BoroughStanding {
  /** 1 is the highest in London; by rate per 1,000 residents where every borough's population is known, else by count. */
  readonly rank: number;
  readonly of: number;
  readonly basis: 'rate' | 'count';
  /** The borough's share of London's count. */
  readonly share: number | null;
  readonly rate: number | null;
  readonly londonRate: number | null;
}

export interface ChartSummary {
  readonly points: readonly MonthlyPoint[];
  readonly signals: readonly SpecialCause[];
}

/** The XmR chart and rolling totals of a monthly series, in month order. */
export function chartSummary(series: readonly { month: string; count: number }[]): ChartSummary {
  if (series.length < 2) return { points: [], signals: [] };
  const chart = xmrChart(series.map((p) => p.count));
  const points = series.map((p, index) => {
    const window = index >= 11 ? series.slice(index - 11, index + 1) : null;
    const limits = chart.points[index];
    return {
      month: p.month,
      count: p.count,
      centre: chart.centre,
      // A count cannot fall below nothing, so neither can its limit.
      lower: Math.max(0, limits?.lower ?? 0),
      upper: limits?.upper ?? 0,
      rolling12: window === null ? null : window.reduce((sum, q) => sum + q.count, 0),
    };
  });
  return { points, signals: chart.signals };
}

/**
 * Where one borough stands among all of them over the same months. `populations` must hold every
 * borough for the ranking to be by rate; otherwise it is by count, and says so.
 */
export function boroughStanding(
  borough: string,
  counts: ReadonlyMap<string, number>,
  boroughs: readonly string[],
  populations: ReadonlyMap<string, number>,
): BoroughStanding {
  const byRate = boroughs.every((code) => (populations.get(code) ?? 0) > 0);
  const value = (code: string) => {
    const count = counts.get(code) ?? 0;
    return byRate ? (count / (populations.get(code) ?? 1)) * 1000 : count;
  };
  const own = value(borough);
  const rank = 1 + boroughs.filter((code) => value(code) > own).length;
  const london = boroughs.reduce((sum, code) => sum + (counts.get(code) ?? 0), 0);
  const residents = boroughs.reduce((sum, code) => sum + (populations.get(code) ?? 0), 0);
  return {
    rank,
    of: boroughs.length,
    basis: byRate ? 'rate' : 'count',
    share: london === 0 ? null : (counts.get(borough) ?? 0) / london,
    rate: byRate ? own : null,
    londonRate: byRate && residents > 0 ? (london / residents) * 1000 : null,
  };
}
