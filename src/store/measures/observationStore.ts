import type { Selectable } from 'kysely';
import { classifyVintage, type Observation, type VintageOutcome } from '../../domain/measures/index.js';
import type { Executor } from '../schema.js';
import type { ObservationTable } from './tables.js';

function toObservation(row: Selectable<ObservationTable>) {
  return {
    measureCode: row.measure_code,
    areaCode: row.area_code,
    period: row.period,
    breakdown: row.breakdown === '' ? null : row.breakdown,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    sampleSize: row.sample_size,
    designEffect: row.design_effect,
    status: row.status === 'provisional' ? ('provisional' as const) : ('final' as const),
    source: row.source,
    asAt: row.as_at,
    synthetic: row.synthetic === 1,
    loadedAt: row.loaded_at,
    loadedFrom: row.loaded_from,
    supersededAt: row.superseded_at,
  };
}

/** An observation as held: when and from which file it was loaded, and when a correction superseded it. */
export type StoredObservation = Observation & {
  readonly loadedAt: string;
  readonly loadedFrom: string | null;
  readonly supersededAt: string | null;
};

/** Every observation of a measure, every source and vintage, current and superseded, oldest load first. */
export async function listObservations(
  db: Executor,
  query: { measureCode: string; areaCodes?: readonly string[] },
): Promise<StoredObservation[]> {
  let select = db.selectFrom('observations').selectAll().where('measure_code', '=', query.measureCode);
  if (query.areaCodes !== undefined && query.areaCodes.length > 0)
    select = select.where('area_code', 'in', [...query.areaCodes]);
  return (await select.orderBy('id').execute()).map(toObservation);
}

/** What loading one observation did (or, in a dry run, would do). */
export interface ObservationOutcome {
  readonly observation: Observation;
  readonly outcome: VintageOutcome;
}

async function heldFor(db: Executor, o: Observation) {
  return db
    .selectFrom('observations')
    .selectAll()
    .where('measure_code', '=', o.measureCode)
    .where('area_code', '=', o.areaCode)
    .where('period', '=', o.period)
    .where('breakdown', '=', o.breakdown ?? '')
    .where('superseded_at', 'is', null)
    .execute();
}

const vintageValues = (row: Selectable<ObservationTable>) => ({ ...toObservation(row), status: row.status });

/** What each observation would do if loaded now, reading only: the dry run's answer. */
export async function classifyObservations(
  db: Executor,
  observations: readonly Observation[],
): Promise<ObservationOutcome[]> {
  const outcomes: ObservationOutcome[] = [];
  for (const o of observations) {
    const held = (await heldFor(db, o)).map(vintageValues);
    outcomes.push({ observation: o, outcome: classifyVintage(held, o) });
  }
  return outcomes;
}

/** What a load did, counted, with each observation's outcome. */
export interface ObservationLoad {
  /** New to their source: nothing was held from it for their measure, area, period and breakdown. */
  readonly added: number;
  /** Later as-at than every figure held from their source: shown from now on, the older ones kept. */
  readonly newerVintages: number;
  /** Older as-at than a figure held from their source: kept, while the newer figure is still shown. */
  readonly earlierVintages: number;
  /** The same source and as-at with other numbers: the old numbers kept as superseded. */
  readonly revised: number;
  readonly unchanged: number;
  readonly outcomes: readonly ObservationOutcome[];
}

/** Counts outcomes the way a load reports them. */
export function tallyOutcomes(outcomes: readonly ObservationOutcome[]): ObservationLoad {
  const count = (kind: VintageOutcome['kind']) => outcomes.filter((o) => o.outcome.kind === kind).length;
  return {
    added: count('added'),
    newerVintages: count('newer-vintage'),
    earlierVintages: count('earlier-vintage'),
    revised: count('revised'),
    unchanged: count('unchanged'),
    outcomes,
  };
}

/**
 * Stores observations by source and vintage. A figure from a source already held with the same
 * as-at and other numbers supersedes it (the old row is kept); one with another as-at is kept
 * beside the source's other vintages, whichever is newer, so an older file never replaces a
 * newer figure; an identical reload changes nothing.
 */
export async function upsertObservations(
  db: Executor,
  observations: readonly Observation[],
  loadedAt: string,
  /** The file they came from; null where the caller has none to name. */
  loadedFrom: string | null = null,
): Promise<ObservationLoad> {
  const outcomes: ObservationOutcome[] = [];
  for (const o of observations) {
    const held = await heldFor(db, o);
    const outcome = classifyVintage(held.map(vintageValues), o);
    outcomes.push({ observation: o, outcome });
    if (outcome.kind === 'unchanged') continue;
    if (outcome.kind === 'revised') {
      const same = held.filter((row) => row.source === o.source && row.as_at === o.asAt).map((row) => row.id);
      await db.updateTable('observations').set({ superseded_at: loadedAt }).where('id', 'in', same).execute();
    }
    await db
      .insertInto('observations')
      .values({
        measure_code: o.measureCode,
        area_code: o.areaCode,
        period: o.period,
        breakdown: o.breakdown ?? '',
        value: o.value,
        numerator: o.numerator,
        denominator: o.denominator,
        sample_size: o.sampleSize,
        design_effect: o.designEffect,
        status: o.status,
        source: o.source,
        as_at: o.asAt,
        synthetic: o.synthetic ? 1 : 0,
        loaded_at: loadedAt,
        loaded_from: loadedFrom,
        superseded_at: null,
      })
      .execute();
  }
  return tallyOutcomes(outcomes);
}

/** A crime file the loaded counts of a measure came from. */
export interface CountsFile {
  readonly fileName: string;
  readonly source: string;
  readonly firstMonth: string;
  readonly lastMonth: string;
  readonly loadedAt: string;
}

/**
 * The files that the counts of some areas and categories over a span of months were loaded from
 * (each count remembers the load that last wrote it), earliest months first: where a data figure
 * comes from.
 */
export async function countsFilesFor(
  db: Executor,
  query: { areaCodes: readonly string[]; categoryCodes: readonly string[]; firstMonth: string; lastMonth: string },
): Promise<CountsFile[]> {
  if (query.areaCodes.length === 0 || query.categoryCodes.length === 0) return [];
  const rows = await db
    .selectFrom('crime_imports')
    .select(['id', 'source', 'file_name', 'first_month', 'last_month', 'loaded_at'])
    // The loads named by the counts in range, found once: as a correlated EXISTS, SQLite built a
    // temporary index over every count for each query (80 ms on the demo), twice per report figure.
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('crime_counts')
        .select('crime_counts.import_id')
        .distinct()
        .where('crime_counts.area_code', 'in', [...query.areaCodes])
        .where('crime_counts.category_code', 'in', [...query.categoryCodes])
        .where('crime_counts.month', '>=', query.firstMonth)
        .where('crime_counts.month', '<=', query.lastMonth),
    )
    .orderBy('first_month')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    fileName: row.file_name,
    source: row.source,
    firstMonth: row.first_month,
    lastMonth: row.last_month,
    loadedAt: row.loaded_at,
  }));
}
