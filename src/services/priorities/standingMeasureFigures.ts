import { formatPeriod, parsePeriodCode, periodMonths } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { compareAsAt, resolveArea, type MeasureDefinition } from '../../domain/measures/index.js';
import { formatNumber, formatInteger } from '../../domain/measures/statistics/index.js';
import { listObservations, type StoredObservation } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { compareMeasure, type MeasureComparison } from '../measures/compareMeasure.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import type { ScorecardPeriods } from './priorityAccess.js';
import type { StandingFigure } from './standingFigure.js';

interface MeasureArea {
  readonly code: string;
  readonly name: string;
  readonly kind: 'borough' | 'london';
}

function fromComparison(found: MeasureComparison, kind: MeasureArea['kind'], sameMonths: boolean): StandingFigure {
  return {
    what: found.measure.name,
    area: kind,
    areaName: found.area.name,
    current: { label: found.current.label, value: found.current.value },
    previous: { label: found.previous.label, value: found.previous.value },
    sameMonths,
    changePercent: found.changePercent,
    londonChangePercent: null,
    verdictLabel: found.judgement.verdictLabel,
    tone: found.judgement.tone,
    sentence: found.judgement.sentence,
    source: {
      kind: found.headline.kind,
      name: found.current.sourceName,
      asAt: found.current.asAt,
      synthetic: found.current.synthetic,
    },
  };
}

/** The measure compared over a period and the same period a year earlier; null where no source gives both. */
async function compared(ctx: ServiceContext, measure: string, area: string, period: string) {
  try {
    return await compareMeasure(ctx, { measure, area, period });
  } catch (error) {
    // A measure with no values for these months is reported as not measured, not as a failure.
    if (error instanceof BluelampProblem && error.kind === 'not-found') return null;
    throw error;
  }
}

function valueWords(measure: MeasureDefinition, value: number): string {
  const decimals = Number.isInteger(value) ? 0 : 1;
  if (measure.unit === 'percentage') return `${formatNumber(value, decimals)}%`;
  const words = measure.unitWords.trim();
  return `${measure.unit === 'count' ? formatInteger(value) : formatNumber(value, decimals)}${words === '' ? '' : ` ${words}`}`;
}

/** One published figure with no figure of the year before from the same source: shown, never judged. */
function single(measure: MeasureDefinition, area: MeasureArea, held: StoredObservation, label: string): StandingFigure {
  return {
    what: measure.name,
    area: area.kind,
    areaName: area.name,
    current: { label, value: held.value },
    previous: null,
    sameMonths: false,
    changePercent: null,
    londonChangePercent: null,
    verdictLabel: null,
    tone: 'neutral',
    sentence: `${measure.name}: ${valueWords(measure, held.value)} in ${label}. No figure of the year before is loaded from the same source, so no change is judged.`,
    source: { kind: 'published', name: held.source, asAt: held.asAt, synthetic: held.synthetic },
  };
}

/**
 * The latest period the measure has a value for in the area, compared with the year before where
 * one source gives both, else shown alone: a figure of other months is better than a blank, as
 * long as it says which months it covers.
 */
async function latestPublished(
  ctx: ServiceContext,
  measure: MeasureDefinition,
  area: MeasureArea,
  observations: readonly StoredObservation[],
): Promise<StandingFigure | null> {
  const held = observations.filter((o) => o.areaCode === area.code && o.breakdown === null && o.supersededAt === null);
  const dated = held.flatMap((o) => {
    const period = parsePeriodCode(o.period);
    return period === null ? [] : [{ o, period, end: periodMonths(period).last }];
  });
  dated.sort((a, b) => a.end.year - b.end.year || a.end.month - b.end.month || compareAsAt(a.o.asAt, b.o.asAt));
  const latest = dated.at(-1);
  if (latest === undefined) return null;
  const found = await compared(ctx, measure.code, area.code, latest.o.period);
  if (found !== null) return fromComparison(found, area.kind, false);
  return single(measure, area, latest.o, formatPeriod(latest.period));
}

/**
 * A measure's figure for a standing priority: the compared months in the borough, else in London,
 * else the latest period it has a value for (borough first), saying which.
 */
export async function measureFigure(
  ctx: ServiceContext,
  measure: MeasureDefinition,
  query: { borough: { code: string; name: string }; periods: ScorecardPeriods },
): Promise<StandingFigure | null> {
  const london = resolveArea(await loadOrganisationModel(ctx), 'london', ctx.today());
  const areas: MeasureArea[] = [
    { ...query.borough, kind: 'borough' },
    { code: london.code, name: london.name, kind: 'london' },
  ];
  for (const area of areas) {
    const found = await compared(ctx, measure.code, area.code, query.periods.current.period);
    if (found !== null) return fromComparison(found, area.kind, true);
  }
  const observations = await listObservations(ctx.store.db, {
    measureCode: measure.code,
    areaCodes: areas.map((a) => a.code),
  });
  for (const area of areas) {
    const figure = await latestPublished(ctx, measure, area, observations);
    if (figure !== null) return figure;
  }
  return null;
}

/**
 * The measures a standing priority reads: the one it names, and its strands, the count measures
 * whose codes extend it ("knife-crime-with-injury"). A priority naming no measure reads the
 * strands of its own code ("hate-crime-race" for hate crime), since those flags are counted strand
 * by strand. Shares and rates under the same stem (repeat victims, sanction rates) are not
 * strands of the volume, and its repeat-victimisation measure is shown as such, not as a strand.
 */
export function measuresOf(
  all: readonly MeasureDefinition[],
  item: { code: string; measureCode: string | null; repeatMeasureCode: string | null },
): MeasureDefinition[] {
  const stem = item.measureCode ?? item.code;
  const strand = (m: MeasureDefinition) =>
    m.unit === 'count' && m.code.startsWith(`${stem}-`) && m.code !== item.repeatMeasureCode;
  return all.filter((m) => m.code === item.measureCode || strand(m));
}
