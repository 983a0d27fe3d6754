import { monthCodesBetween, type YearMonth } from '../../domain/calendar/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { policeForceName } from '../../domain/crime-data/index.js';
import { countChange, type Interval } from '../../domain/measures/statistics/index.js';
import {
  categoryAndBelow,
  crimeTypesOf,
  forceAreaOf,
  latestPopulations,
  listPoliceForces,
  mostSimilarGroupOf,
  policeUkCategories,
  sumStreetCrimes,
  type GroupedCount,
  type StreetDimension,
} from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findPoliceForce } from './findPoliceForce.js';

export interface ForceCrimeRow {
  readonly code: string;
  readonly name: string;
  readonly crimes: number;
  readonly population: number | null;
  readonly ratePer1000: number | null;
  /** Months of the span with no street file loaded for the force: its total is short by them. */
  readonly monthsMissing: readonly string[];
}

export interface ForceCrimeComparison {
  readonly category: string;
  /** The categories police.uk files can be compared by, to choose another. */
  readonly categories: readonly { readonly code: string; readonly name: string }[];
  readonly firstMonth: string;
  readonly lastMonth: string;
  readonly force: ForceCrimeRow;
  readonly peers: readonly ForceCrimeRow[];
  /** HMICFRS's most similar group rate: every member's crimes over every member's residents, the force included. */
  readonly groupRatePer1000: number | null;
  /** The force's rate against its peers' pooled rate, tested exactly. */
  readonly againstPeers: {
    readonly ratio: number | null;
    readonly interval: Interval;
    readonly significant: boolean;
  } | null;
  readonly months: readonly { readonly month: string; readonly crimes: number }[];
  /** inArea is null for rows with no location. */
  readonly localAuthorities: readonly {
    readonly name: string;
    readonly crimes: number;
    readonly inArea: boolean | null;
  }[];
}

/** A month code as the caller wrote it: the command line passes it unchecked, and a wrong one finds no months. */
function looseMonth(code: string): YearMonth {
  const [year = 0, month = 1] = code.split('-').map(Number);
  return { year, month };
}

function forceRows(
  group: readonly string[],
  byForceMonth: readonly GroupedCount<StreetDimension>[],
  context: {
    forces: readonly { code: string; name: string }[];
    populations: Map<string, { population: number }>;
    wanted: readonly string[];
  },
): ForceCrimeRow[] {
  return group.map((code) => {
    const own = byForceMonth.filter((r) => r.values.force_code === code);
    const crimes = own.reduce((sum, r) => sum + r.count, 0);
    const population = context.populations.get(code)?.population ?? null;
    const held = new Set(own.map((r) => r.values.month));
    return {
      code,
      name: context.forces.find((f) => f.code === code)?.name ?? policeForceName(code),
      crimes,
      population,
      ratePer1000: population === null ? null : (crimes / population) * 1000,
      monthsMissing: context.wanted.filter((m) => !held.has(m)),
    };
  });
}

const sumOf = (list: readonly ForceCrimeRow[], pick: (r: ForceCrimeRow) => number): number =>
  list.reduce((total, r) => total + pick(r), 0);

/** The MSG rate (sum over sum, the force included) and the force against its peers pooled. */
function groupFigures(
  force: ForceCrimeRow,
  peers: readonly ForceCrimeRow[],
): Pick<ForceCrimeComparison, 'groupRatePer1000' | 'againstPeers'> {
  const rows = [force, ...peers];
  if (!rows.every((r) => r.population !== null) || force.population === null)
    return { groupRatePer1000: null, againstPeers: null };
  const groupRatePer1000 = (sumOf(rows, (r) => r.crimes) / sumOf(rows, (r) => r.population ?? 0)) * 1000;
  if (peers.length === 0) return { groupRatePer1000, againstPeers: null };
  const change = countChange({
    a: force.crimes,
    b: sumOf(peers, (r) => r.crimes),
    exposureA: force.population,
    exposureB: sumOf(peers, (r) => r.population ?? 0),
  });
  return {
    groupRatePer1000,
    againstPeers: { ratio: change.ratio, interval: change.interval, significant: change.significant },
  };
}

/**
 * A crime category for a force and its most similar group over a span of months, from the
 * police.uk street aggregates mapped through the taxonomy: counts, rates per 1,000 where the
 * population is loaded, the group rate as sum over sum, and the force's own areas month by month.
 */
export async function compareForces(
  ctx: ServiceContext,
  input: { force: string; category: string; firstMonth: string; lastMonth: string },
): Promise<ForceCrimeComparison> {
  authorise(ctx, 'measures.read');
  const db = ctx.store.db;
  await findPoliceForce(db, input.force);
  const crimeTypes = await crimeTypesOf(db, await categoryAndBelow(db, input.category));
  if (crimeTypes.length === 0)
    throw new BluelampProblem(
      'invalid-input',
      `"${input.category}" is not a category police.uk types map to.`,
      'category',
    );
  const group = [input.force, ...(await mostSimilarGroupOf(db, input.force))];
  const span = { firstMonth: input.firstMonth, lastMonth: input.lastMonth, crimeTypes };
  const byForceMonth = await sumStreetCrimes(db, { ...span, forces: group, by: ['force_code', 'month'] });
  const wanted = monthCodesBetween(looseMonth(input.firstMonth), looseMonth(input.lastMonth));
  const [force, ...peers] = forceRows(group, byForceMonth, {
    forces: await listPoliceForces(db),
    populations: await latestPopulations(db, group, Number(input.lastMonth.slice(0, 4))),
    wanted,
  }) as [ForceCrimeRow, ...ForceCrimeRow[]];
  const area = new Set(await forceAreaOf(db, input.force));
  const byPlace = await sumStreetCrimes(db, { ...span, forces: [input.force], by: ['local_authority'] });
  const own = byForceMonth.filter((r) => r.values.force_code === input.force);
  return {
    category: input.category,
    categories: await policeUkCategories(db),
    firstMonth: input.firstMonth,
    lastMonth: input.lastMonth,
    force,
    peers,
    ...groupFigures(force, peers),
    months: wanted.map((month) => ({ month, crimes: own.find((r) => r.values.month === month)?.count ?? 0 })),
    localAuthorities: byPlace
      .map((r) => ({
        name: r.values.local_authority === '' ? 'No location' : r.values.local_authority,
        crimes: r.count,
        inArea: r.values.local_authority === '' ? null : area.size === 0 || area.has(r.values.local_authority),
      }))
      .sort((a, b) => b.crimes - a.crimes),
  };
}
