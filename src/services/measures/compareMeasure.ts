import {
  formatPeriod,
  periodCode,
  periodMonths,
  samePeriodLastYear,
  type Period,
} from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { parsePeriodInput, resolveArea, type MeasureDefinition, type Polarity } from '../../domain/measures/index.js';
import { listObservations, populationOf, type Executor } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { loadMeasure, measureValue, type MeasureValue } from './measureAccess.js';
import { changeJudgement, type ChangeJudgement } from './measureViews.js';

export interface MeasureComparison {
  readonly measure: {
    readonly code: string;
    readonly name: string;
    readonly polarity: Polarity;
    readonly unit: string;
  };
  readonly area: { readonly code: string; readonly name: string };
  readonly current: { readonly period: string; readonly label: string } & MeasureValue;
  readonly previous: { readonly period: string; readonly label: string } & MeasureValue;
  readonly change: number;
  /** Percentage change; null when the earlier value is zero. */
  readonly changePercent: number | null;
  readonly judgement: ChangeJudgement;
  /** Per 1,000 residents, where the area's population is loaded for both years (a BCU or London sums its boroughs). */
  readonly rates: { readonly current: number; readonly previous: number } | null;
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

function periodFrom(text: string, field: string) {
  const period = parsePeriodInput(text);
  if (period === null) {
    throw new BluelampProblem(
      'invalid-input',
      `${field} must be a period such as 2015-16, 2015-16 Q1, R12 2016-03 or 2016-03, not "${text}".`,
      field,
    );
  }
  return period;
}

function missing(
  measure: MeasureDefinition,
  areaName: string,
  label: string,
  value: MeasureValue | null,
): BluelampProblem | null {
  if (value === null)
    return new BluelampProblem('not-found', `There is no value of ${measure.name} for ${areaName} in ${label}.`);
  if (value.missingMonths.length > 0) {
    return new BluelampProblem(
      'not-found',
      `${measure.name} for ${areaName} in ${label} is incomplete: no counts for ${value.missingMonths.join(', ')}.`,
    );
  }
  return null;
}

/**
 * A measure in one period against another (a year earlier by default): both values, the
 * change, whether it is real or noise, the verdict its polarity gives, and the sentence.
 */
export async function compareMeasure(
  ctx: ServiceContext,
  input: { measure: string; area: string; period: string; against?: string | undefined },
): Promise<MeasureComparison> {
  authorise(ctx, 'measures.read');
  const db = ctx.store.db;
  const measure = await loadMeasure(db, input.measure);
  const area = resolveArea(await loadOrganisationModel(ctx), input.area, ctx.today());
  const period = periodFrom(input.period, 'period');
  const against = input.against === undefined ? samePeriodLastYear(period) : periodFrom(input.against, 'against');
  const observations = await listObservations(db, { measureCode: measure.code });
  const current = await measureValue(db, { measure, area, period, observations });
  const previous = await measureValue(db, { measure, area, period: against, observations });
  const problem =
    missing(measure, area.name, formatPeriod(period), current) ??
    missing(measure, area.name, formatPeriod(against), previous);
  if (problem !== null || current === null || previous === null) throw problem ?? new Error('unreachable');
  const change = current.value - previous.value;
  const labels = { current: formatPeriod(period), previous: formatPeriod(against) };
  return {
    measure: { code: measure.code, name: measure.name, polarity: measure.polarity, unit: measure.unit },
    area: { code: area.code, name: area.name },
    current: { period: periodCode(period), label: labels.current, ...current },
    previous: { period: periodCode(against), label: labels.previous, ...previous },
    change,
    changePercent: previous.value === 0 ? null : (change / previous.value) * 100,
    judgement: changeJudgement(measure, { current: current.value, previous: previous.value }, labels),
    rates:
      measure.unit === 'count'
        ? await ratesFor(db, area.boroughs, { current: current.value, previous: previous.value, period, against })
        : null,
  };
}
