import {
  formatMonthCode,
  formatPeriod,
  parsePeriodCode,
  periodMonths,
  type Period,
} from '../../domain/calendar/index.js';
import {
  compareAsAt,
  figureDifference,
  sourceLabel,
  sumOverPeriod,
  type MeasureArea,
} from '../../domain/measures/index.js';
import type { CountsFile, StoredObservation } from '../../store/index.js';
import { dataAsAt, publishedFigures } from './measureAccess.js';
import { DATA_SOURCE_NAME } from './sourceComparisons.js';

/** Where a series' monthly counts come from: the loaded crime files. */
export interface SeriesDataSource {
  readonly name: string;
  readonly label: string;
  readonly asAt: string | null;
  readonly synthetic: boolean;
  readonly files: readonly CountsFile[];
}

/** A published figure for a period, beside the figure the loaded data give for the same period. */
export interface PublishedBesideData {
  readonly period: string;
  readonly label: string;
  readonly source: string;
  readonly sourceLabel: string;
  readonly asAt: string | null;
  readonly value: number;
  readonly synthetic: boolean;
  readonly loadedFrom: string | null;
  readonly earlierVintages: number;
  /** The data's figure for the period; null unless the loaded counts cover every month of it. */
  readonly data: number | null;
  /** The published figure minus the data's; null without a data figure. */
  readonly difference: number | null;
}

export function seriesDataSource(files: readonly CountsFile[], synthetic: boolean): SeriesDataSource | null {
  if (files.length === 0) return null;
  const source = { kind: 'data' as const, name: DATA_SOURCE_NAME, synthetic };
  return {
    name: DATA_SOURCE_NAME,
    label: sourceLabel(source),
    asAt: dataAsAt(files),
    synthetic,
    files,
  };
}

/**
 * Every published figure for the whole of an area (each source's newest vintage, per period),
 * with the data's figure for the same period and the difference: nothing on a measure's page is
 * the published figure alone or the data alone without the other beside it.
 */
export function publishedBesideData(
  observations: readonly StoredObservation[],
  area: MeasureArea,
  monthly: ReadonlyMap<string, number>,
): PublishedBesideData[] {
  const periods = new Map<string, Period>();
  for (const o of observations) {
    if (o.areaCode !== area.code || o.breakdown !== null || o.supersededAt !== null) continue;
    const period = parsePeriodCode(o.period);
    if (period !== null) periods.set(o.period, period);
  }
  const rows = [...periods.entries()].flatMap(([code, period]) => {
    const total = monthly.size === 0 ? null : sumOverPeriod(monthly, period);
    const data = total === null || total.missing.length > 0 ? null : total.value;
    return publishedFigures(observations, area.code, period).map((figure) => ({
      period: code,
      label: formatPeriod(period),
      source: figure.source,
      sourceLabel: sourceLabel({ kind: 'published', name: figure.source, synthetic: figure.synthetic }),
      asAt: figure.asAt,
      value: figure.value,
      synthetic: figure.synthetic,
      loadedFrom: figure.loadedFrom,
      earlierVintages: figure.earlierVintages,
      data,
      difference: figureDifference(figure.value, data),
    }));
  });
  const startOf = new Map([...periods].map(([code, period]) => [code, formatMonthCode(periodMonths(period).first)]));
  const starts = (code: string) => startOf.get(code) ?? '';
  // In time order, then the newest as-at first within a period.
  return rows.sort(
    (a, b) =>
      starts(a.period).localeCompare(starts(b.period)) ||
      a.period.localeCompare(b.period) ||
      compareAsAt(b.asAt, a.asAt) ||
      a.source.localeCompare(b.source),
  );
}
