import { BluelampProblem } from '../../../domain/errors.js';
import type { MeasureDefinition, Polarity } from '../../../domain/measures/index.js';
import { formatInteger, roundTo, type ProportionSide } from '../../../domain/measures/statistics/index.js';
import {
  openDataTable,
  openDataView,
  shownFigure,
  type OpenDataTable,
  type OpenDataView,
} from '../../../domain/publishing/index.js';
import { authorise } from '../../authorise.js';
import type { ServiceContext } from '../../context.js';
import { compareMeasure, type MeasureComparison } from '../../measures/compareMeasure.js';
import { getMeasureSeries, type MeasureSeries } from '../../measures/getMeasureSeries.js';
import { listMeasures } from '../../measures/listMeasures.js';
import { countsSource, crimeFilesCovering, type FigureSource } from '../figureSources.js';
import { asPublic, HOME, MEASURES } from './publicContext.js';
import { labelledIfSynthetic, syntheticWarnings } from './syntheticFigures.js';

const AREA = 'London';

const POLARITY_WORDS: Readonly<Record<Polarity, string>> = {
  'lower-is-better': 'Lower is better',
  'higher-is-better': 'Higher is better',
  'increase-in-reporting-wanted': 'An increase in reporting is wanted',
  'context-only': 'Context only',
};

export function measurePath(code: string): string {
  return `${MEASURES.path}/${encodeURIComponent(code)}`;
}

interface MeasureFigures {
  readonly measure: MeasureDefinition;
  readonly series: MeasureSeries;
  /**
   * London's published figures outside the monthly series (the yearly figures the plan quotes):
   * each source's newest vintage per period, labelled, as the measure's series gives them.
   */
  readonly values: MeasureSeries['published'];
  readonly comparison: MeasureComparison | null;
  /** Where the monthly counts come from; null for a measure with none. */
  readonly countsSource: FigureSource | null;
}

async function unlessMissing<T>(work: Promise<T>): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof BluelampProblem && error.kind === 'not-found') return null;
    throw error;
  }
}

/** The latest period London has a value for: the last whole year of the series, else the last yearly figure. */
function latestPeriod(series: MeasureSeries, values: MeasureFigures['values']): string | null {
  const year = series.years.at(-1)?.label;
  if (year !== undefined) return year;
  const yearly = values.map((v) => v.period).filter((period) => period.startsWith('FY '));
  return (
    yearly.sort().at(-1) ??
    values
      .map((v) => v.period)
      .sort()
      .at(-1) ??
    null
  );
}

async function measureFigures(ctx: ServiceContext, measure: MeasureDefinition): Promise<MeasureFigures> {
  const series = await getMeasureSeries(ctx, { measure: measure.code, area: AREA });
  const values = series.published;
  const period = latestPeriod(series, values);
  const comparison =
    period === null ? null : await unlessMissing(compareMeasure(ctx, { measure: measure.code, area: AREA, period }));
  const first = series.months[0]?.month;
  const last = series.months.at(-1)?.month;
  const counted =
    first === undefined || last === undefined
      ? null
      : countsSource(await crimeFilesCovering(ctx.store.db, { first, last }));
  return { measure, series, values, comparison, countsSource: counted };
}

/** Whether a measure's monthly counts are made up. */
function countsSynthetic(figures: MeasureFigures): boolean {
  return figures.series.synthetic || (figures.countsSource?.synthetic ?? false);
}

/** Whether any figure the measure's page shows is made up: its monthly counts, or the values its verdict compares. */
function isSynthetic(figures: MeasureFigures): boolean {
  const { comparison } = figures;
  return (
    countsSynthetic(figures) ||
    figures.values.some((v) => v.synthetic) ||
    (comparison !== null && (comparison.current.synthetic || comparison.previous.synthetic))
  );
}

/** The page's notes on where its figures come from, and the licence statements they ask for. */
function sourceNotes(figures: readonly MeasureFigures[]): string[] {
  const counted = figures.flatMap((f) => (f.countsSource === null || f.countsSource.synthetic ? [] : [f.countsSource]));
  return [...new Set([...counted.map((c) => c.text), ...counted.flatMap((c) => c.attributions)])];
}

function verdictText(comparison: MeasureComparison | null): string {
  if (comparison === null) return 'Not enough figures to judge a change';
  const untested = comparison.judgement.proportions?.untestedReason ?? null;
  return comparison.judgement.verdictLabel ?? (untested === null ? 'Not tested' : `Not tested: ${untested}`);
}

/** /public/measures: every measure with London's latest change and its verdict. */
export async function buildMeasuresView(ctx: ServiceContext): Promise<OpenDataView> {
  authorise(ctx, 'measures.read');
  const reader = asPublic(ctx);
  const { measures } = await listMeasures(reader);
  const figures: MeasureFigures[] = [];
  for (const measure of measures) figures.push(await measureFigures(reader, measure));
  const table = openDataTable(
    {
      name: 'measures',
      caption: `${measures.length} measures, London's latest change`,
      columns: [
        { key: 'measure', label: 'Measure' },
        { key: 'polarity', label: 'Which way is better' },
        { key: 'period', label: 'Latest period' },
        { key: 'value', label: 'Value', numeric: true },
        { key: 'previous', label: 'A year before', numeric: true },
        { key: 'changePercent', label: 'Change (%)', numeric: true },
        { key: 'verdict', label: 'Verdict' },
      ],
    },
    figures.map(({ measure, comparison }) => ({
      cells: {
        measure: measure.name,
        polarity: POLARITY_WORDS[measure.polarity],
        period: comparison?.current.label ?? null,
        value: comparison === null ? null : shownFigure(comparison.current.value, 1),
        previous: comparison === null ? null : shownFigure(comparison.previous.value, 1),
        changePercent: shownFigure(comparison?.changePercent ?? null, 1),
        verdict: verdictText(comparison),
      },
      links: { measure: measurePath(measure.code) },
    })),
  );
  const synthetic = figures.map(isSynthetic);
  return openDataView({
    path: MEASURES.path,
    title: 'Measures',
    lead:
      'The measures the Police and Crime Plan judges the force by. There are no numerical targets: each change is tested, ' +
      'and called an improvement or a deterioration only when it is statistically significant, in the direction the measure wants.',
    warnings: syntheticWarnings(synthetic.includes(true), 'The figures of the measures marked in the table'),
    notes: [
      'London, the latest whole financial year held for each measure, against the year before.',
      ...sourceNotes(figures),
    ],
    trail: [HOME],
    tables: [labelledIfSynthetic(table, synthetic)],
  });
}

function monthTable(series: MeasureSeries): OpenDataTable {
  return openDataTable(
    {
      name: 'months',
      caption: `${series.measure.name} in ${series.area.name}, month by month`,
      columns: [
        { key: 'month', label: 'Month' },
        { key: 'value', label: `Count (${series.measure.unitWords})`, numeric: true },
        { key: 'centre', label: 'Centre line', numeric: true },
        { key: 'lower', label: 'Lower control limit', numeric: true },
        { key: 'upper', label: 'Upper control limit', numeric: true },
        { key: 'rolling12', label: 'Rolling 12-month total', numeric: true },
      ],
    },
    series.months.map((month) => ({
      cells: {
        month: month.month,
        value: month.value,
        centre: shownFigure(month.centre, 1),
        lower: shownFigure(month.lower, 1),
        upper: shownFigure(month.upper, 1),
        rolling12: month.rolling12,
      },
    })),
  );
}

/** "as at 31 March 2019", or nothing where the source gives no date. */
function asAtWords(asAt: string | null): string {
  return asAt === null ? '' : `, as at ${asAt}`;
}

/**
 * The whole years the monthly counts give and every published figure, one row per period and
 * source, each saying where it comes from and as at when, and how far a published figure is from
 * the data's figure for the same period.
 */
function yearTable(figures: MeasureFigures): OpenDataTable {
  const data = figures.series.data;
  const fromSeries = figures.series.years.map((year) => ({
    period: year.label,
    value: year.value,
    source: `${data?.label ?? 'Data: the monthly counts'}${asAtWords(data?.asAt ?? null)}`,
    difference: null,
    synthetic: countsSynthetic(figures),
  }));
  const fromValues = figures.values.map((v) => ({
    period: v.label,
    value: v.value,
    source: `${v.sourceLabel}${asAtWords(v.asAt)}`,
    difference: v.difference,
    synthetic: v.synthetic,
  }));
  const rows = [...fromSeries, ...fromValues];
  const table = openDataTable(
    {
      name: 'values',
      caption: `${figures.measure.name} in London: whole years and published figures, each with its source`,
      columns: [
        { key: 'period', label: 'Period' },
        { key: 'value', label: `Value (${figures.measure.unitWords})`, numeric: true },
        { key: 'source', label: 'Source and as-at date' },
        { key: 'difference', label: 'Published minus data', numeric: true },
      ],
    },
    rows.map(({ period, value, source, difference }) => ({
      cells: { period, value: shownFigure(value, 1), source, difference: shownFigure(difference, 1) },
    })),
  );
  return labelledIfSynthetic(
    table,
    rows.map((row) => row.synthetic),
  );
}

/** The headline's source in words, for a verdict quoted from one source of several. */
function headlineNote(comparison: MeasureComparison | null): string[] {
  if (comparison === null) return [];
  const others = comparison.sources.length - 1;
  const asAt = asAtWords(comparison.current.asAt);
  const besides = others > 0 ? ` ${others} other source${others === 1 ? '' : 's'} in the table below.` : '';
  return [`Headline source: ${comparison.headline.label}${asAt}. ${comparison.headline.reason}${besides}`];
}

/** How a survey percentage's change was tested, or why it was not: the samples behind each side in words. */
function proportionNote(comparison: MeasureComparison | null): string[] {
  const proportions = comparison?.judgement.proportions ?? null;
  if (comparison === null || proportions === null) return [];
  if (proportions.untestedReason !== null) return [`The change is not tested: ${proportions.untestedReason}.`];
  const side = (label: string, s: ProportionSide) =>
    `${label}: sample ${formatInteger(s.sampleSize ?? 0)}, ${
      s.designEffectPublished ? `design effect ${roundTo(s.designEffect, 2)}` : 'no design effect published, taken as 1'
    }, effective sample ${formatInteger(s.effectiveSampleSize ?? 0)}`;
  return [
    'A survey percentage is tested with the two-proportion test, each year counting for its effective sample ' +
      `(the sample divided by the survey's design effect). ${side(comparison.current.label, proportions.current)}; ` +
      `${side(comparison.previous.label, proportions.previous)}.`,
  ];
}

/** /public/measures/:code: the verdict sentence, the month-by-month control chart and the figures behind it. */
export async function buildMeasureView(ctx: ServiceContext, input: { measure: string }): Promise<OpenDataView> {
  authorise(ctx, 'measures.read');
  const reader = asPublic(ctx);
  const measure = (await listMeasures(reader)).measures.find((m) => m.code === input.measure);
  if (measure === undefined)
    throw new BluelampProblem('not-found', `There is no measure "${input.measure}".`, 'measure');
  const figures = await measureFigures(reader, measure);
  const synthetic = isSynthetic(figures);
  const months = labelledIfSynthetic(monthTable(figures.series), countsSynthetic(figures));
  const hasMonths = figures.series.months.length > 0;
  return openDataView({
    path: measurePath(measure.code),
    title: measure.name,
    lead: `${measure.definition} ${POLARITY_WORDS[measure.polarity]}. Source: ${measure.source}.`,
    highlights: [figures.comparison?.judgement.sentence ?? `${verdictText(null)} for London yet.`],
    warnings: syntheticWarnings(synthetic, 'These figures'),
    notes: [
      ...sourceNotes([figures]),
      ...headlineNote(figures.comparison),
      ...proportionNote(figures.comparison),
      `London's figure holds ${figures.series.area.composition}.`,
      'A change is tested before it is called better or worse; the verdict follows the measure’s polarity.',
      ...(hasMonths
        ? [
            'The control chart’s centre line is the average month; the limits show how far a month can stray by chance alone.',
          ]
        : []),
    ],
    trail: [HOME, MEASURES],
    tables: [...(hasMonths ? [months] : []), yearTable(figures)],
    chart: hasMonths
      ? {
          title: `${measure.name} in London, month by month`,
          description:
            `Line chart of ${measure.name.toLowerCase()} in London, ${figures.series.measure.unitWords} per month, ` +
            `with the control chart's centre line and limits. The figures are in the table below it.`,
          table: months.name,
          categoryColumn: 'month',
          seriesColumns: ['value', 'centre', 'lower', 'upper'],
          unit: `${figures.series.measure.unitWords} per month`,
        }
      : null,
  });
}

/** Every measure's public path. */
export async function listMeasurePaths(ctx: ServiceContext): Promise<string[]> {
  authorise(ctx, 'measures.read');
  return (await listMeasures(asPublic(ctx))).measures.map((measure) => measurePath(measure.code));
}
