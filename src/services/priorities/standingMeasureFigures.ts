import { BluelampProblem } from '../../domain/errors.js';
import type { StandingPriority } from '../../domain/priorities/index.js';
import type { VerdictTone } from '../../domain/measures/statistics/index.js';
import type { ServiceContext } from '../context.js';
import { compareMeasure } from '../measures/compareMeasure.js';
import type { ScorecardPeriods } from './priorityAccess.js';

/** A measure's value for the compared months, in the borough where it is held, else London. */
export interface MeasureFigure {
  readonly measureCode: string;
  readonly measureName: string;
  readonly area: 'borough' | 'london';
  readonly areaName: string;
  readonly current: number;
  readonly previous: number;
  readonly changePercent: number | null;
  readonly verdictLabel: string | null;
  readonly tone: VerdictTone;
  readonly sentence: string;
}

export interface StandingMeasureFigures {
  /** Offences: domestic abuse and hate crime are flags on offences, counted by their own measures. */
  readonly volume: MeasureFigure | null;
  /** Repeat victimisation, which the plan asks to fall, where a measure of it has values. */
  readonly repeat: MeasureFigure | null;
}

async function figureFor(
  ctx: ServiceContext,
  measureCode: string,
  area: { code: string; kind: 'borough' | 'london' },
  periods: ScorecardPeriods,
): Promise<MeasureFigure | null> {
  try {
    const found = await compareMeasure(ctx, {
      measure: measureCode,
      area: area.code,
      period: periods.current.period,
      against: periods.previous.period,
    });
    return {
      measureCode,
      measureName: found.measure.name,
      area: area.kind,
      areaName: found.area.name,
      current: found.current.value,
      previous: found.previous.value,
      changePercent: found.changePercent,
      verdictLabel: found.judgement.verdictLabel,
      tone: found.judgement.tone,
      sentence: found.judgement.sentence,
    };
  } catch (error) {
    // A measure with no values for these months is reported as not measured, not as a failure.
    if (error instanceof BluelampProblem && error.kind === 'not-found') return null;
    throw error;
  }
}

async function boroughOrLondon(
  ctx: ServiceContext,
  measureCode: string | null,
  borough: string,
  periods: ScorecardPeriods,
) {
  if (measureCode === null) return null;
  return (
    (await figureFor(ctx, measureCode, { code: borough, kind: 'borough' }, periods)) ??
    (await figureFor(ctx, measureCode, { code: 'london', kind: 'london' }, periods))
  );
}

export async function standingMeasureFigures(
  ctx: ServiceContext,
  item: StandingPriority,
  query: { borough: string; periods: ScorecardPeriods },
): Promise<StandingMeasureFigures | null> {
  if (item.measureCode === null && item.repeatMeasureCode === null) return null;
  return {
    volume: await boroughOrLondon(ctx, item.measureCode, query.borough, query.periods),
    repeat: await boroughOrLondon(ctx, item.repeatMeasureCode, query.borough, query.periods),
  };
}
