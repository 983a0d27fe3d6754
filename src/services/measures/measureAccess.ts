import { formatMonthCode, periodCode, periodMonths, type Period } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { sumOverPeriod, type MeasureArea, type MeasureDefinition } from '../../domain/measures/index.js';
import {
  categoryAndBelow,
  countsAreSynthetic,
  findMeasureDefinition,
  sumCrimeCounts,
  type Executor,
  type StoredObservation,
} from '../../store/index.js';

/** A measure by its code, or not-found naming the measure field. */
export async function loadMeasure(db: Executor, code: string): Promise<MeasureDefinition> {
  const measure = await findMeasureDefinition(db, code);
  if (measure === undefined) throw new BluelampProblem('not-found', `There is no measure "${code}".`, 'measure');
  return measure;
}

/** A measure's value for an area and period, and where it came from. */
export interface MeasureValue {
  readonly value: number;
  readonly source: 'observation' | 'crime-counts';
  readonly synthetic: boolean;
  /** Months the period needs that no loaded file covers; the value is left out when any are. */
  readonly missingMonths: readonly string[];
}

/** Monthly totals of a crime measure for an area over a span of months ("2015-04" → count). */
export async function crimeMonthly(
  db: Executor,
  measure: MeasureDefinition,
  area: MeasureArea,
  span: { first: string; last: string },
): Promise<Map<string, number>> {
  if (measure.crimeCategory === null) return new Map();
  const categoryCodes = await categoryAndBelow(db, measure.crimeCategory);
  return sumCrimeCounts(db, { areaCodes: area.boroughs, categoryCodes, firstMonth: span.first, lastMonth: span.last });
}

/**
 * The value of a measure: an observation loaded for exactly this area and period first, and for
 * crime measures otherwise the sum of the area's boroughs' monthly counts over the period.
 */
export async function measureValue(
  db: Executor,
  input: { measure: MeasureDefinition; area: MeasureArea; period: Period; observations: readonly StoredObservation[] },
): Promise<MeasureValue | null> {
  const code = periodCode(input.period);
  const held = input.observations.find(
    (o) => o.areaCode === input.area.code && o.period === code && o.breakdown === null && o.supersededAt === null,
  );
  if (held !== undefined)
    return { value: held.value, source: 'observation', synthetic: held.synthetic, missingMonths: [] };
  if (input.measure.crimeCategory === null) return null;
  const { first, last } = periodMonths(input.period);
  const span = { first: formatMonthCode(first), last: formatMonthCode(last) };
  const monthly = await crimeMonthly(db, input.measure, input.area, span);
  if (monthly.size === 0) return null;
  const total = sumOverPeriod(monthly, input.period);
  return {
    value: total.value,
    source: 'crime-counts',
    synthetic: await countsAreSynthetic(db, span),
    missingMonths: total.missing,
  };
}
