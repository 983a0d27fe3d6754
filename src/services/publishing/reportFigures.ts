import {
  formatQuarterShort,
  monthOfDate,
  quarterEnd,
  quarterStart,
  type FinancialQuarter,
} from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import type { HeadlineFigure, ReportChart } from '../../domain/publishing/index.js';
import type { ServiceContext } from '../context.js';
import { compareMeasure, type MeasureComparison } from '../measures/compareMeasure.js';
import { getMeasureSeries } from '../measures/getMeasureSeries.js';
import { countsSource, crimeFilesCovering, SYNTHETIC_LABEL, type FigureSource } from './figureSources.js';

/** The measures a progress report leads with, where they hold values for the quarter. */
export const HEADLINE_MEASURES = ['crime-total', 'violence-against-the-person', 'knife-crime', 'gun-crime'] as const;

const AREA = 'London';

/** A figure the data cannot give is left out, not shown as zero; any other failure is a real one. */
async function unlessMissing<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof BluelampProblem && error.kind === 'not-found') return null;
    throw error;
  }
}

function monthCode(date: string): string {
  const { year, month } = monthOfDate(date);
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** "2018-06" → "2016-07": the first month of the two years that end with the given one. */
function twoYearsTo(last: string): { first: string; last: string } {
  const [year = 0, month = 1] = last.split('-').map(Number);
  const startMonth = (month % 12) + 1;
  const startYear = year - 2 + (startMonth === 1 ? 1 : 0);
  return { first: `${startYear}-${String(startMonth).padStart(2, '0')}`, last };
}

/** The quarter's months and the same months a year before, as one span of month codes. */
function quarterAndYearBefore(quarter: FinancialQuarter): { first: string; last: string } {
  const first = monthCode(quarterStart(quarter));
  return { first: `${Number(first.slice(0, 4)) - 1}${first.slice(4)}`, last: monthCode(quarterEnd(quarter)) };
}

/**
 * Where a comparison of a quarter with the same quarter a year before gets its two figures: the
 * crime files summed, or the publication quoted; the synthetic label when either is made up.
 */
export async function comparisonSource(
  ctx: ServiceContext,
  comparison: MeasureComparison,
  quarter: FinancialQuarter,
): Promise<FigureSource> {
  const synthetic = comparison.current.synthetic || comparison.previous.synthetic;
  if (comparison.current.source === 'crime-counts') {
    const source = countsSource(await crimeFilesCovering(ctx.store.db, quarterAndYearBefore(quarter)));
    return synthetic ? { text: SYNTHETIC_LABEL, synthetic: true, attributions: [] } : source;
  }
  if (synthetic) return { text: SYNTHETIC_LABEL, synthetic: true, attributions: [] };
  return { text: `Source: ${comparison.current.sourceName}, as published.`, synthetic: false, attributions: [] };
}

export interface ReportFigures {
  readonly headlines: HeadlineFigure[];
  readonly charts: ReportChart[];
  /** The licence statements the figures' sources ask for, once each. */
  readonly attributions: string[];
}

/**
 * The report's figures: each headline measure's quarter against the same quarter a year before,
 * in the measures' own words, and recorded crime month by month; each with where it comes from.
 */
export async function reportFigures(ctx: ServiceContext, quarter: FinancialQuarter): Promise<ReportFigures> {
  const headlines: HeadlineFigure[] = [];
  const attributions: string[] = [];
  for (const measure of HEADLINE_MEASURES) {
    const period = formatQuarterShort(quarter);
    const comparison = await unlessMissing(compareMeasure(ctx, { measure, area: AREA, period }));
    if (comparison === null) continue;
    const source = await comparisonSource(ctx, comparison, quarter);
    attributions.push(...source.attributions);
    headlines.push({
      measure: comparison.measure.name,
      sentence: comparison.judgement.sentence,
      verdict: comparison.judgement.verdictLabel,
      source: source.text,
      synthetic: source.synthetic,
    });
  }
  const charts = await crimeChart(ctx, quarter);
  attributions.push(...charts.flatMap((chart) => chart.attributions));
  return {
    headlines,
    charts: charts.map(({ chart }) => chart),
    attributions: [...new Set(attributions)],
  };
}

/** Recorded crime month by month over the two years to the quarter's end: this year's line and last year's. */
async function crimeChart(
  ctx: ServiceContext,
  quarter: FinancialQuarter,
): Promise<{ chart: ReportChart; attributions: readonly string[] }[]> {
  const series = await unlessMissing(getMeasureSeries(ctx, { measure: HEADLINE_MEASURES[0], area: AREA }));
  if (series === null) return [];
  const last = monthCode(quarterEnd(quarter));
  const held = series.months.filter((m) => m.month <= last);
  const recent = held.slice(-12);
  if (recent.length === 0) return [];
  const yearBefore = new Map(held.map((m) => [m.month, m.value]));
  const monthBefore = (month: string) => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
  const counted = countsSource(await crimeFilesCovering(ctx.store.db, twoYearsTo(last)));
  const source = series.synthetic ? { text: SYNTHETIC_LABEL, synthetic: true, attributions: [] } : counted;
  return [
    {
      chart: {
        title: `${series.measure.name} in ${series.area.name}, month by month`,
        categories: recent.map((m) => m.month),
        series: [
          { name: 'The last 12 months', values: recent.map((m) => m.value) },
          { name: 'A year earlier', values: recent.map((m) => yearBefore.get(monthBefore(m.month)) ?? null) },
        ],
        source: source.text,
        synthetic: source.synthetic,
      },
      attributions: source.attributions,
    },
  ];
}
