import { BluelampProblem } from '../../domain/errors.js';
import { stopSearchScrutiny, type StopSearchScrutiny } from '../../domain/crime-data/index.js';
import { ethnicPopulationsOf, monthsHeld, sumStopSearches } from '../../store/index.js';
import { findPoliceForce } from './findPoliceForce.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

export interface StopSearchScrutinyView extends StopSearchScrutiny {
  readonly force: { readonly code: string; readonly name: string };
  readonly firstMonth: string;
  readonly lastMonth: string;
  /** Every month held for the force, to choose a span from. */
  readonly monthsHeld: readonly string[];
  /** Where the residents by ethnic group come from, when any are loaded. */
  readonly population: { readonly year: number; readonly source: string } | null;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The stop and search scrutiny of a force over a span of months (the latest 12 held by default). */
export async function getStopSearchScrutiny(
  ctx: ServiceContext,
  input: { force: string; firstMonth?: string; lastMonth?: string },
): Promise<StopSearchScrutinyView> {
  authorise(ctx, 'measures.read');
  const db = ctx.store.db;
  const force = await findPoliceForce(db, input.force);
  for (const [field, month] of [
    ['from', input.firstMonth],
    ['to', input.lastMonth],
  ] as const)
    if (month !== undefined && !MONTH.test(month))
      throw new BluelampProblem('invalid-input', `${field} must be a month such as 2018-04.`, field);
  const held = await monthsHeld(db, force.code, 'stop-and-search');
  const lastMonth = input.lastMonth ?? held.at(-1) ?? '';
  const firstMonth = input.firstMonth ?? held.filter((m) => m <= lastMonth).slice(-12)[0] ?? lastMonth;
  if (firstMonth > lastMonth)
    throw new BluelampProblem('invalid-input', 'The first month must not come after the last.', 'from');
  const rows = await sumStopSearches(db, {
    force: force.code,
    firstMonth,
    lastMonth,
    by: [
      'month',
      'officer_defined_ethnicity',
      'self_defined_ethnicity',
      'object_of_search',
      'outcome',
      'outcome_linked',
    ],
  });
  const population = await ethnicPopulationsOf(db, force.code, Number(lastMonth.slice(0, 4)));
  const scrutiny = stopSearchScrutiny(
    rows.map(({ values, count }) => ({
      month: values.month,
      officerDefined: values.officer_defined_ethnicity,
      selfDefined: values.self_defined_ethnicity,
      objectOfSearch: values.object_of_search,
      outcome: values.outcome,
      outcomeLinked: values.outcome_linked,
      searches: count,
    })),
    population?.groups ?? new Map(),
  );
  return {
    ...scrutiny,
    force,
    firstMonth,
    lastMonth,
    monthsHeld: held,
    population: population === null ? null : { year: population.year, source: population.source },
  };
}
