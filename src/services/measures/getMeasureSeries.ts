import { parseMonthCode, periodCode, type YearMonth } from '../../domain/calendar/index.js';
import { resolveArea, sumOverPeriod } from '../../domain/measures/index.js';
import { xmrChart, type SpecialCause } from '../../domain/measures/statistics/index.js';
import { countsAreSynthetic, crimeMonthsHeld, listObservations } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { crimeFiles, crimeMonthly, loadMeasure } from './measureAccess.js';
import {
  publishedBesideData,
  seriesDataSource,
  type PublishedBesideData,
  type SeriesDataSource,
} from './seriesSources.js';

export interface MeasureSeries {
  readonly measure: {
    readonly code: string;
    readonly name: string;
    readonly polarity: string;
    readonly unitWords: string;
  };
  /** The area, and what its figure holds in words (for London, the areas the force total counts). */
  readonly area: { readonly code: string; readonly name: string; readonly composition: string };
  /** Whether any of the counts are the demo's generated ones. */
  readonly synthetic: boolean;
  /** Monthly values with their control limits (XmR chart) and, from the twelfth month, the rolling-year total. */
  readonly months: readonly {
    month: string;
    value: number;
    centre: number;
    lower: number;
    upper: number;
    rolling12: number | null;
  }[];
  readonly signals: readonly SpecialCause[];
  /** Whole financial years in the series. */
  readonly years: readonly { period: string; label: string; value: number }[];
  /** The loaded files the monthly counts come from, labelled; null where no counts are loaded. */
  readonly data: SeriesDataSource | null;
  /** Every published figure for the area, labelled with source and as-at, beside the data's figure and the difference. */
  readonly published: readonly PublishedBesideData[];
}

function monthOf(code: string): YearMonth {
  const month = parseMonthCode(code);
  if (month === null) throw new Error(`not a month code: ${code}`);
  return month;
}

/**
 * A crime measure's monthly series for an area: the counts, XmR control limits with the usual
 * special-cause signals, the rolling 12-month total and the complete financial years, with the
 * files the counts came from and every published figure beside the data's own.
 */
export async function getMeasureSeries(
  ctx: ServiceContext,
  input: { measure: string; area: string },
): Promise<MeasureSeries> {
  authorise(ctx, 'measures.read');
  const db = ctx.store.db;
  const measure = await loadMeasure(db, input.measure);
  const area = resolveArea(await loadOrganisationModel(ctx), input.area, ctx.today());
  const held = await crimeMonthsHeld(db);
  const monthly =
    held.first === null || held.last === null
      ? new Map<string, number>()
      : await crimeMonthly(db, measure, area, { first: held.first, last: held.last });
  const codes = [...monthly.keys()].sort();
  const values = codes.map((code) => monthly.get(code) ?? 0);
  const chart = values.length >= 2 ? xmrChart(values) : null;
  const months = codes.map((month, index) => {
    const point = chart?.points[index];
    const window = index >= 11 ? values.slice(index - 11, index + 1).reduce((sum, v) => sum + v, 0) : null;
    return {
      month,
      value: values[index] ?? 0,
      centre: point?.centre ?? 0,
      lower: point?.lower ?? 0,
      upper: point?.upper ?? 0,
      rolling12: window,
    };
  });
  const years = [];
  if (codes.length > 0) {
    for (let year = monthOf(codes[0] ?? '').year - 1; year <= monthOf(codes.at(-1) ?? '').year; year += 1) {
      const period = { kind: 'financial-year' as const, financialYear: { startYear: year } };
      const total = sumOverPeriod(monthly, period);
      if (total.missing.length === 0)
        years.push({
          period: periodCode(period),
          label: `${year}-${String((year + 1) % 100).padStart(2, '0')}`,
          value: total.value,
        });
    }
  }
  const synthetic = (await countsAreSynthetic(db)) && codes.length > 0;
  const files =
    held.first === null || held.last === null
      ? []
      : await crimeFiles(db, measure, area, { first: held.first, last: held.last });
  const observations = await listObservations(db, { measureCode: measure.code, areaCodes: [area.code] });
  return {
    measure: { code: measure.code, name: measure.name, polarity: measure.polarity, unitWords: measure.unitWords },
    area: { code: area.code, name: area.name, composition: area.composition },
    synthetic,
    months,
    signals: chart?.signals ?? [],
    years,
    data: seriesDataSource(files, synthetic),
    published: publishedBesideData(observations, area, monthly),
  };
}
