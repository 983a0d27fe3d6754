import { boroughCodesByName, type Polarity } from '../../domain/measures/index.js';
import { normalisedAreaName } from '../../domain/organisation/index.js';
import { categoryAndBelow, crimeTypesOf, listSlices, sumStreetCrimes, type Executor } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { loadOrganisationModel } from '../organisation/loadOrganisationModel.js';
import type { ScorecardPeriods } from './priorityAccess.js';
import { countFigure, monthCodes, monthsAsAt, type StandingFigure } from './standingFigure.js';

export const POLICE_UK_STREET_SOURCE = 'police.uk street-level crime';

/** What police.uk gives for a category in a borough: a figure, a reason it cannot, or nothing loaded. */
export interface StreetReading {
  readonly figure: StandingFigure | null;
  /** Why the loaded files give no figure (months missing), null when they give one or none are loaded. */
  readonly note: string | null;
}

interface SpanCounts {
  readonly byBorough: Map<string, number>;
  /** The forces whose rows fall in each borough. */
  readonly forces: Map<string, Set<string>>;
}

/** A span's street counts of some crime types, by the borough its local authority is, London's boroughs only. */
async function spanCounts(
  db: Executor,
  query: { crimeTypes: readonly string[]; months: readonly string[]; byName: ReadonlyMap<string, string> },
): Promise<SpanCounts> {
  const rows = await sumStreetCrimes(db, {
    crimeTypes: query.crimeTypes,
    firstMonth: query.months[0] ?? '',
    lastMonth: query.months.at(-1) ?? '',
    by: ['force_code', 'local_authority'],
  });
  const byBorough = new Map<string, number>();
  const forces = new Map<string, Set<string>>();
  for (const row of rows) {
    const borough = query.byName.get(normalisedAreaName(row.values.local_authority));
    if (borough === undefined) continue;
    byBorough.set(borough, (byBorough.get(borough) ?? 0) + row.count);
    const held = forces.get(borough) ?? new Set<string>();
    forces.set(borough, held.add(row.values.force_code));
  }
  return { byBorough, forces };
}

/** The forces' street files of the months, and the months any of them lacks. */
async function filesOf(db: Executor, forces: ReadonlySet<string>, months: readonly string[]) {
  const slices = (await Promise.all([...forces].map((force) => listSlices(db, { force, layout: 'street' })))).flat();
  const wanted = new Set(months);
  const used = slices.filter((s) => wanted.has(s.month));
  const missing = [...forces].flatMap((force) =>
    months.filter((m) => !used.some((s) => s.force === force && s.month === m)).map((m) => `${m} (${force})`),
  );
  return { used, missing, forceNames: [...new Set(used.map((s) => s.forceName))].sort() };
}

/**
 * A standing priority's category counted from the loaded police.uk street files: each row's
 * local authority (read from its LSOA name) is the borough it is counted in. Both years' months
 * must be loaded for every force with rows in the borough, or a part-period would pass for a fall.
 */
export async function streetFigure(
  ctx: ServiceContext,
  input: {
    categoryCode: string;
    categoryName: string;
    borough: { code: string; name: string };
    londonCodes: readonly string[];
    periods: ScorecardPeriods;
    polarity: Polarity;
  },
): Promise<StreetReading> {
  const db = ctx.store.db;
  const crimeTypes = await crimeTypesOf(db, await categoryAndBelow(db, input.categoryCode));
  if (crimeTypes.length === 0) return { figure: null, note: null };
  const byName = boroughCodesByName(await loadOrganisationModel(ctx));
  const months = { current: monthCodes(input.periods.current.span), previous: monthCodes(input.periods.previous.span) };
  const current = await spanCounts(db, { crimeTypes, months: months.current, byName });
  const previous = await spanCounts(db, { crimeTypes, months: months.previous, byName });
  const forces = new Set([
    ...(current.forces.get(input.borough.code) ?? []),
    ...(previous.forces.get(input.borough.code) ?? []),
  ]);
  if (forces.size === 0) return { figure: null, note: null };
  const files = await filesOf(db, forces, [...months.previous, ...months.current]);
  if (files.missing.length > 0) {
    const note = `police.uk street files are loaded for only part of the compared months (none for ${files.missing.join(', ')}), so ${input.categoryName.toLowerCase()} from police.uk is not compared.`;
    return { figure: null, note };
  }
  const figure = countFigure({
    what: input.categoryName,
    borough: input.borough,
    londonCodes: input.londonCodes,
    counts: { current: current.byBorough, previous: previous.byBorough },
    periods: input.periods,
    polarity: input.polarity,
    source: {
      kind: 'data',
      name: `${POLICE_UK_STREET_SOURCE}, ${files.forceNames.join(' and ')} (${files.used.length} monthly files)`,
      asAt: monthsAsAt(files.used.map((s) => s.month)),
      synthetic: false,
    },
  });
  return { figure, note: null };
}
