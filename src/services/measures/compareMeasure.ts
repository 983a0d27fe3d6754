import {
  formatPeriod,
  periodCode,
  periodMonths,
  PERIOD_KINDS,
  requirePeriod,
  samePeriodLastYear,
  type Period,
} from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  resolveArea,
  type FigureSourceKind,
  type MeasureDefinition,
  type Polarity,
} from '../../domain/measures/index.js';
import { listObservations, populationOf, type Executor } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { loadMeasure } from './measureAccess.js';
import type { ChangeJudgement } from './measureViews.js';
import { sourceComparisons, type SourceComparison, type SourceFigure } from './sourceComparisons.js';

/** The headline source's figure for one period, as reports and sentences quote it. */
export interface MeasureValue {
  readonly value: number;
  /** "crime-counts" for a figure computed from the loaded data, "observation" for a published one. */
  readonly source: 'observation' | 'crime-counts';
  /** The source's name, as `sources` shows it. */
  readonly sourceName: string;
  readonly asAt: string | null;
  readonly synthetic: boolean;
  /** Always empty here: a headline covers its whole period (the data's gaps are shown in `sources`). */
  readonly missingMonths: readonly string[];
}

export interface MeasureComparison {
  readonly measure: {
    readonly code: string;
    readonly name: string;
    readonly polarity: Polarity;
    readonly unit: string;
  };
  /** The area, and what its figure holds in words (for London, the areas the force total counts). */
  readonly area: { readonly code: string; readonly name: string; readonly composition: string };
  /** The headline source's figures, change and judgement: see `headline` for which source and why. */
  readonly current: { readonly period: string; readonly label: string } & MeasureValue;
  readonly previous: { readonly period: string; readonly label: string } & MeasureValue;
  readonly change: number;
  /** Percentage change; null when the earlier value is zero. */
  readonly changePercent: number | null;
  readonly judgement: ChangeJudgement;
  /** Per 1,000 residents, where the area's population is loaded for both years (a BCU or London sums its boroughs). */
  readonly rates: { readonly current: number; readonly previous: number } | null;
  readonly headline: {
    readonly kind: FigureSourceKind;
    readonly name: string;
    readonly label: string;
    readonly synthetic: boolean;
    readonly reason: string;
  };
  /** Every source's figures side by side, the headline first, each judged on its own pair and set against the headline. */
  readonly sources: readonly SourceComparison[];
}

/** The population year a period is read against: the mid-year estimate of the year it starts in. */
function populationYear(period: Period): number {
  return periodMonths(period).first.year;
}

async function ratesFor(
  db: Executor,
  boroughs: readonly string[],
  values: { current: number; previous: number; period: Period; against: Period },
): Promise<MeasureComparison['rates']> {
  const now = await populationOf(db, boroughs, populationYear(values.period));
  const before = await populationOf(db, boroughs, populationYear(values.against));
  if (now === null || before === null) return null;
  return { current: (values.current / now) * 1000, previous: (values.previous / before) * 1000 };
}

/** Why no source can be compared: a period no source gives (or only in part), or periods given by different sources. */
function noComparison(
  measure: MeasureDefinition,
  areaName: string,
  labels: { current: string; previous: string },
  sources: readonly SourceComparison[],
): BluelampProblem {
  for (const side of ['current', 'previous'] as const) {
    if (sources.some((s) => s[side].value !== null)) continue;
    const gaps = sources.find((s) => s[side].missingMonths.length > 0)?.[side].missingMonths;
    return new BluelampProblem(
      'not-found',
      gaps === undefined
        ? `There is no value of ${measure.name} for ${areaName} in ${labels[side]}.`
        : `${measure.name} for ${areaName} in ${labels[side]} is incomplete: no counts for ${gaps.join(', ')}.`,
    );
  }
  const gives = sources.map(
    (s) => `${s.source.label} gives ${s.current.value === null ? labels.previous : labels.current} only`,
  );
  return new BluelampProblem(
    'not-found',
    `No one source gives ${measure.name} for ${areaName} in both ${labels.current} and ${labels.previous} (${gives.join('; ')}); figures from different sources are not compared as a change.`,
  );
}

function headlineValue(source: SourceComparison, figure: SourceFigure): MeasureValue {
  return {
    value: figure.value ?? 0,
    source: source.source.kind === 'data' ? 'crime-counts' : 'observation',
    sourceName: source.source.name,
    asAt: figure.asAt,
    synthetic: source.source.synthetic,
    missingMonths: [],
  };
}

/**
 * A measure in one period against another (a year earlier by default), from every source that
 * has figures: the data computed from the loaded files and each published document or dataset,
 * side by side with their as-at dates and how far they differ. Each source's change is judged on
 * its own two figures; the top-level values, change and sentence are the headline source's, and
 * `headline` says which source that is and why (see compareFigureSources), so nothing is
 * preferred silently.
 */
export async function compareMeasure(
  ctx: ServiceContext,
  input: { measure: string; area: string; period: string; against?: string | undefined },
): Promise<MeasureComparison> {
  authorise(ctx, 'measures.read');
  const db = ctx.store.db;
  const measure = await loadMeasure(db, input.measure);
  const area = resolveArea(await loadOrganisationModel(ctx), input.area, ctx.today());
  const period = requirePeriod(input.period, 'period', PERIOD_KINDS);
  const against =
    input.against === undefined ? samePeriodLastYear(period) : requirePeriod(input.against, 'against', PERIOD_KINDS);
  const labels = { current: formatPeriod(period), previous: formatPeriod(against) };
  const { sources, headlineReason } = await sourceComparisons(db, {
    measure,
    area,
    periods: { current: period, previous: against },
    labels,
    observations: await listObservations(db, { measureCode: measure.code }),
  });
  const headline = sources.find((s) => s.headline);
  if (headline?.judgement == null || headline.change === null) throw noComparison(measure, area.name, labels, sources);
  const current = headlineValue(headline, headline.current);
  const previous = headlineValue(headline, headline.previous);
  return {
    measure: { code: measure.code, name: measure.name, polarity: measure.polarity, unit: measure.unit },
    area: { code: area.code, name: area.name, composition: area.composition },
    current: { period: periodCode(period), label: labels.current, ...current },
    previous: { period: periodCode(against), label: labels.previous, ...previous },
    change: headline.change,
    changePercent: headline.changePercent,
    judgement: headline.judgement,
    rates:
      measure.unit === 'count'
        ? await ratesFor(db, area.boroughs, { current: current.value, previous: previous.value, period, against })
        : null,
    headline: { ...headline.source, reason: headlineReason },
    sources,
  };
}
