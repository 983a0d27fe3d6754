import { BluelampProblem } from '../../errors.js';
import { checkPositive } from './checks.js';

/**
 * Statistical process control for monthly series: the XmR (individuals) chart and the u-chart
 * for counts with varying exposure, with the standard special-cause rules. A series inside its
 * limits with no signal shows common-cause variation: month-to-month movement that needs no
 * explanation.
 */

/** 3 / d2 with d2 = 1.128 for moving ranges of two: the XmR scaling of NHS "Making Data Count". */
export const XMR_SCALING = 2.66;

export interface SpcOptions {
  /** Consecutive points on one side of the centre line that make a shift; default 8. */
  readonly runLength?: number;
  /** Consecutive points each higher (or each lower) than the last that make a trend; default 6. */
  readonly trendLength?: number;
}

export interface ChartPoint {
  readonly index: number;
  /** The plotted value: the observation (XmR) or the rate count / exposure (u-chart). */
  readonly value: number;
  readonly centre: number;
  readonly lower: number;
  readonly upper: number;
}

export type SignalRule = 'outside-limits' | 'run' | 'trend';

export interface SpecialCause {
  readonly rule: SignalRule;
  readonly direction: 'above' | 'below' | 'increasing' | 'decreasing';
  /** The indexes of the points the signal covers, in order. */
  readonly indexes: readonly number[];
}

export interface XmrChart {
  readonly kind: 'xmr';
  readonly centre: number;
  /** |x_i − x_(i−1)|; null for the first point, which has no predecessor. */
  readonly movingRanges: readonly (number | null)[];
  readonly meanMovingRange: number;
  readonly points: readonly ChartPoint[];
  readonly signals: readonly SpecialCause[];
}

export interface UChart {
  readonly kind: 'u';
  /** ū = Σ count / Σ exposure. */
  readonly centre: number;
  readonly points: readonly ChartPoint[];
  readonly signals: readonly SpecialCause[];
}

/** Values this close (relative) count as equal, so rounding never makes a signal. */
const SAME = 1e-12;

function compare(x: number, y: number): -1 | 0 | 1 {
  if (Math.abs(x - y) <= SAME * Math.max(Math.abs(x), Math.abs(y))) return 0;
  return x > y ? 1 : -1;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * Maximal stretches of consecutive indexes, from `start`, on which `sign` keeps the same non-zero
 * value, reported when they have at least `minLength` members.
 */
function stretches(count: number, start: number, sign: (i: number) => -1 | 0 | 1, minLength: number) {
  const found: { from: number; to: number; sign: 1 | -1 }[] = [];
  let from = start;
  while (from < count) {
    const value = sign(from);
    let to = from;
    while (to + 1 < count && sign(to + 1) === value) to++;
    if (value !== 0 && to - from + 1 >= minLength) found.push({ from, to, sign: value });
    from = to + 1;
  }
  return found;
}

/** The special-cause rules: a point outside the limits; a run on one side; a steady trend. */
function specialCauses(points: readonly ChartPoint[], options: SpcOptions = {}): SpecialCause[] {
  const { runLength = 8, trendLength = 6 } = options;
  const signals: SpecialCause[] = [];
  for (const point of points) {
    if (compare(point.value, point.upper) > 0) {
      signals.push({ rule: 'outside-limits', direction: 'above', indexes: [point.index] });
    } else if (compare(point.value, point.lower) < 0) {
      signals.push({ rule: 'outside-limits', direction: 'below', indexes: [point.index] });
    }
  }
  const at = (i: number): ChartPoint => points[i] as ChartPoint;
  const side = (i: number) => compare(at(i).value, at(i).centre);
  for (const run of stretches(points.length, 0, side, runLength)) {
    const indexes = range(run.from, run.to).map((i) => at(i).index);
    signals.push({ rule: 'run', direction: run.sign > 0 ? 'above' : 'below', indexes });
  }
  // A trend of k points is k − 1 steps in the same direction; step i joins point i − 1 to point i.
  const step = (i: number) => compare(at(i).value, at(i - 1).value);
  for (const trend of stretches(points.length, 1, step, trendLength - 1)) {
    const indexes = range(trend.from - 1, trend.to).map((i) => at(i).index);
    signals.push({ rule: 'trend', direction: trend.sign > 0 ? 'increasing' : 'decreasing', indexes });
  }
  return signals;
}

/** The mean as the first value plus the mean deviation from it, so a constant series is exact. */
function stableMean(values: readonly number[]): number {
  const first = values[0] ?? 0;
  return first + values.reduce((sum, v) => sum + (v - first), 0) / values.length;
}

function checkFinite(values: readonly number[], field: string): void {
  values.forEach((value, i) => {
    if (!Number.isFinite(value)) {
      throw new BluelampProblem('invalid-input', `point ${i + 1} is not a number (${value})`, field);
    }
  });
}

/**
 * The XmR chart: centre line at the mean, limits at the mean ± 2.66 × the mean moving range,
 * the same for every point.
 */
export function xmrChart(values: readonly number[], options: SpcOptions = {}): XmrChart {
  if (values.length < 2) {
    throw new BluelampProblem('invalid-input', 'an XmR chart needs at least two points', 'values');
  }
  checkFinite(values, 'values');
  const centre = stableMean(values);
  const movingRanges = values.map((v, i) => (i === 0 ? null : Math.abs(v - (values[i - 1] ?? v))));
  const ranges = movingRanges.filter((r): r is number => r !== null);
  const meanMovingRange = ranges.reduce((sum, r) => sum + r, 0) / ranges.length;
  const spread = XMR_SCALING * meanMovingRange;
  const points = values.map((value, index) => ({
    index,
    value,
    centre,
    lower: centre - spread,
    upper: centre + spread,
  }));
  return { kind: 'xmr', centre, movingRanges, meanMovingRange, points, signals: specialCauses(points, options) };
}

export interface ExposedCount {
  readonly count: number;
  /** The area of opportunity: population in thousands, days, inspection units. */
  readonly exposure: number;
}

/**
 * The u-chart for counts over differing exposure: centre ū = Σc / Σn, limits ū ± 3√(ū / nᵢ) for
 * each point, the lower one floored at 0.
 */
export function uChart(series: readonly ExposedCount[], options: SpcOptions = {}): UChart {
  if (series.length === 0) throw new BluelampProblem('invalid-input', 'a u-chart needs at least one point', 'series');
  series.forEach(({ count, exposure }, i) => {
    checkPositive(exposure, `series[${i}].exposure`);
    if (!(count >= 0 && Number.isFinite(count))) {
      throw new BluelampProblem('invalid-input', `point ${i + 1} has no count (${count})`, `series[${i}].count`);
    }
  });
  const totalCount = series.reduce((sum, p) => sum + p.count, 0);
  const totalExposure = series.reduce((sum, p) => sum + p.exposure, 0);
  const centre = totalCount / totalExposure;
  const points = series.map(({ count, exposure }, index) => {
    const spread = 3 * Math.sqrt(centre / exposure);
    return { index, value: count / exposure, centre, lower: Math.max(0, centre - spread), upper: centre + spread };
  });
  return { kind: 'u', centre, points, signals: specialCauses(points, options) };
}
