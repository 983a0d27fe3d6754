import { formatQuarterShort, monthOfDate, quarterEnd, type FinancialQuarter } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import type { HeadlineFigure, ReportChart } from '../../domain/publishing/index.js';
import type { ServiceContext } from '../context.js';
import { compareMeasure } from '../measures/compareMeasure.js';
import { getMeasureSeries } from '../measures/getMeasureSeries.js';

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

/** Each headline measure's quarter against the same quarter a year before, in the measures' own words. */
export async function headlineFigures(ctx: ServiceContext, quarter: FinancialQuarter): Promise<HeadlineFigure[]> {
  const figures: HeadlineFigure[] = [];
  for (const measure of HEADLINE_MEASURES) {
    const period = formatQuarterShort(quarter);
    const comparison = await unlessMissing(compareMeasure(ctx, { measure, area: AREA, period }));
    if (comparison === null) continue;
    figures.push({
      measure: comparison.measure.name,
      sentence: comparison.judgement.sentence,
      verdict: comparison.judgement.verdictLabel,
    });
  }
  return figures;
}

/** Recorded crime month by month over the two years to the quarter's end: this year's line and last year's. */
export async function crimeChart(ctx: ServiceContext, quarter: FinancialQuarter): Promise<ReportChart[]> {
  const series = await unlessMissing(getMeasureSeries(ctx, { measure: HEADLINE_MEASURES[0], area: AREA }));
  if (series === null) return [];
  const end = monthOfDate(quarterEnd(quarter));
  const last = `${end.year}-${String(end.month).padStart(2, '0')}`;
  const held = series.months.filter((m) => m.month <= last);
  const recent = held.slice(-12);
  if (recent.length === 0) return [];
  const yearBefore = new Map(held.map((m) => [m.month, m.value]));
  const monthBefore = (month: string) => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
  return [
    {
      title: `${series.measure.name} in ${series.area.name}, month by month`,
      categories: recent.map((m) => m.month),
      series: [
        { name: 'The last 12 months', values: recent.map((m) => m.value) },
        { name: 'A year earlier', values: recent.map((m) => yearBefore.get(monthBefore(m.month)) ?? null) },
      ],
    },
  ];
}
