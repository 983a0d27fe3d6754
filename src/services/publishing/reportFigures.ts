import {
  formatMonthName,
  formatQuarterShort,
  monthOfDate,
  quarterEnd,
  quarterStart,
  type FinancialQuarter,
} from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import type { HeadlineFigure, ReportChart } from '../../domain/publishing/index.js';
import { resolveArea } from '../../domain/measures/index.js';
import { countsAreSynthetic } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { compareMeasure, type MeasureComparison } from '../measures/compareMeasure.js';
import { crimeMonthly, loadMeasure } from '../measures/measureAccess.js';
import { listMeasures } from '../measures/listMeasures.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { missingPeriod, noFiguresSentence } from './noFigures.js';
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

/**
 * A headline measure's comparison, or the period it has no figures for (no figure, no verdict),
 * or null for a measure this installation does not define at all.
 */
async function comparisonOrMissing(
  ctx: ServiceContext,
  code: string,
  quarter: FinancialQuarter,
): Promise<MeasureComparison | { name: string; missing: string } | null> {
  try {
    return await compareMeasure(ctx, { measure: code, area: AREA, period: formatQuarterShort(quarter) });
  } catch (error) {
    if (!(error instanceof BluelampProblem) || error.kind !== 'not-found') throw error;
    const measure = (await listMeasures(ctx)).measures.find((m) => m.code === code);
    return measure === undefined ? null : { name: measure.name, missing: missingPeriod(error, quarter) };
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
 * The headline's own label, for an output that quotes one source's figures: which source and as
 * at when, and how many other sources give figures for the same periods (the measure's page and
 * `measures compare` show them side by side), so that nothing is quoted as if it were the only one.
 */
export function headlineLabel(comparison: MeasureComparison): string {
  const asAt = comparison.current.asAt === null ? '' : `, as at ${comparison.current.asAt}`;
  const others = comparison.sources.filter((s) => !s.headline && s.current.value !== null).length;
  const besides =
    others === 0
      ? ''
      : `; ${others} other source${others === 1 ? ' gives' : 's give'} a figure for ${comparison.current.label}, shown beside it on the measure's page`;
  return `Headline figure: ${comparison.headline.label}${asAt}${besides}.`;
}

/**
 * Where a comparison of a quarter with the same quarter a year before gets its two figures: the
 * crime files summed, or the publication quoted, with the headline's label; the synthetic label
 * when either is made up.
 */
export async function comparisonSource(
  ctx: ServiceContext,
  comparison: MeasureComparison,
  quarter: FinancialQuarter,
): Promise<FigureSource> {
  const synthetic = comparison.current.synthetic || comparison.previous.synthetic;
  if (synthetic) return { text: SYNTHETIC_LABEL, synthetic: true, attributions: [] };
  const label = headlineLabel(comparison);
  if (comparison.current.source === 'crime-counts') {
    const source = countsSource(await crimeFilesCovering(ctx.store.db, quarterAndYearBefore(quarter)));
    return { ...source, text: `${source.text} ${label}` };
  }
  return {
    text: `Source: ${comparison.current.sourceName}, as published. ${label}`,
    synthetic: false,
    attributions: [],
  };
}

export interface ReportFigures {
  readonly headlines: HeadlineFigure[];
  readonly charts: ReportChart[];
  /** The licence statements the figures' sources ask for, once each. */
  readonly attributions: string[];
}

/**
 * The report's figures: each headline measure's quarter against the same quarter a year before,
 * in the measures' own words (or "no figures for" the period that has none), and recorded crime
 * month by month; each with where it comes from.
 */
export async function reportFigures(ctx: ServiceContext, quarter: FinancialQuarter): Promise<ReportFigures> {
  const headlines: HeadlineFigure[] = [];
  const attributions: string[] = [];
  for (const measure of HEADLINE_MEASURES) {
    const comparison = await comparisonOrMissing(ctx, measure, quarter);
    if (comparison === null) continue;
    if ('missing' in comparison) {
      headlines.push({
        measure: comparison.name,
        sentence: noFiguresSentence(comparison.name, comparison.missing),
        verdict: null,
      });
      continue;
    }
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

/** The month codes of the twelve months that end with the quarter's last, oldest first. */
function twelveMonthsTo(quarter: FinancialQuarter): string[] {
  const { year, month } = monthOfDate(quarterEnd(quarter));
  return Array.from({ length: 12 }, (_, i) => {
    const index = year * 12 + (month - 1) - (11 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/**
 * Recorded crime month by month over the twelve months to the quarter's end, with the same months
 * a year before. The window is fixed to the quarter reported, so missing months show as gaps
 * rather than an older window standing in for it; no chart when none of the quarter's months is held.
 */
async function crimeChart(
  ctx: ServiceContext,
  quarter: FinancialQuarter,
): Promise<{ chart: ReportChart; attributions: readonly string[] }[]> {
  const db = ctx.store.db;
  const measure = await unlessMissing(loadMeasure(db, HEADLINE_MEASURES[0]));
  if (measure === null) return [];
  const area = resolveArea(await loadOrganisationModel(ctx), AREA, ctx.today());
  const months = twelveMonthsTo(quarter);
  const last = months.at(-1) ?? '';
  // Only the two years drawn are summed: the measure's whole series read every count held.
  const held = await crimeMonthly(db, measure, area, twoYearsTo(last));
  if (months.slice(-3).every((month) => held.get(month) == null)) return [];
  const monthBefore = (month: string) => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
  const counted = countsSource(await crimeFilesCovering(db, twoYearsTo(last)));
  const synthetic = await countsAreSynthetic(db);
  const source = synthetic ? { text: SYNTHETIC_LABEL, synthetic: true, attributions: [] } : counted;
  const to = formatMonthName(monthOfDate(quarterEnd(quarter)));
  return [
    {
      chart: {
        title: `${measure.name} in ${area.name}, month by month, the 12 months to ${to}`,
        categories: months,
        series: [
          { name: `12 months to ${to}`, values: months.map((m) => held.get(m) ?? null) },
          { name: 'A year earlier', values: months.map((m) => held.get(monthBefore(m)) ?? null) },
        ],
        source: source.text,
        synthetic: source.synthetic,
      },
      attributions: source.attributions,
    },
  ];
}
