import {
  formatMonthCode,
  formatPeriod,
  periodCode,
  periodMonths,
  PERIOD_KINDS,
  requirePeriod,
  samePeriodLastYear,
} from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { allBoroughs, judgeChange, type Polarity } from '../../domain/measures/index.js';
import type { Verdict, VerdictTone } from '../../domain/measures/statistics/index.js';
import { categoryAndBelow, sumCrimeCountsByArea } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import { loadMeasure } from './measureAccess.js';

export interface BoroughChange {
  readonly code: string;
  readonly name: string;
  readonly current: number;
  readonly previous: number;
  readonly ratio: number | null;
  readonly interval: { readonly lower: number; readonly upper: number };
  readonly pValue: number;
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  readonly tone: VerdictTone;
}

export interface BoroughComparison {
  readonly measure: { readonly code: string; readonly name: string };
  readonly current: { readonly period: string; readonly label: string };
  readonly previous: { readonly period: string; readonly label: string };
  /** Every borough, largest rise in rate first, each with its own exact test. */
  readonly boroughs: readonly BoroughChange[];
}

/** One borough's change, tested exactly, with the verdict its measure's polarity gives. */
function boroughChange(
  borough: { code: string; name: string },
  current: number,
  previous: number,
  polarity: Polarity,
): BoroughChange {
  const judged = judgeChange({ current, previous }, polarity);
  return {
    code: borough.code,
    name: borough.name,
    current,
    previous,
    ratio: judged.ratio,
    interval: judged.interval,
    pValue: judged.pValue,
    verdict: judged.verdict,
    verdictLabel: judged.verdictLabel,
    tone: judged.tone,
  };
}

/**
 * Every borough's change in a crime measure between two periods, ranked by the rate ratio with
 * its 95% interval, so that a borough is singled out only where its change is real.
 */
export async function compareBoroughs(
  ctx: ServiceContext,
  input: { measure: string; period: string; against?: string | undefined },
): Promise<BoroughComparison> {
  authorise(ctx, 'measures.read');
  const db = ctx.store.db;
  const measure = await loadMeasure(db, input.measure);
  if (measure.crimeCategory === null) {
    throw new BluelampProblem(
      'invalid-input',
      `${measure.name} is not counted by borough from crime files.`,
      'measure',
    );
  }
  const period = requirePeriod(input.period, 'period', PERIOD_KINDS);
  const against =
    input.against === undefined ? samePeriodLastYear(period) : requirePeriod(input.against, 'against', PERIOD_KINDS);
  const categoryCodes = await categoryAndBelow(db, measure.crimeCategory);
  const totals = async (p: typeof period) => {
    const { first, last } = periodMonths(p);
    return sumCrimeCountsByArea(db, {
      categoryCodes,
      firstMonth: formatMonthCode(first),
      lastMonth: formatMonthCode(last),
    });
  };
  const [now, before] = [await totals(period), await totals(against)];
  const boroughs = allBoroughs(await loadOrganisationModel(ctx))
    .filter((b) => now.has(b.code) && before.has(b.code))
    .map((b) => boroughChange(b, now.get(b.code) ?? 0, before.get(b.code) ?? 0, measure.polarity))
    .sort((a, b) => (b.ratio ?? 0) - (a.ratio ?? 0));
  return {
    measure: { code: measure.code, name: measure.name },
    current: { period: periodCode(period), label: formatPeriod(period) },
    previous: { period: periodCode(against), label: formatPeriod(against) },
    boroughs,
  };
}
