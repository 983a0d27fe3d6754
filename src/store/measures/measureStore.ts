import type { Selectable } from 'kysely';
import type {
  AreaKind,
  Frequency,
  MeasureDefinition,
  MeasureTarget,
  MeasureUnit,
  Observation,
  Polarity,
} from '../../domain/measures/index.js';
import type { Executor } from '../schema.js';
import type { MeasureTable, ObservationTable } from './tables.js';

function toMeasure(row: Selectable<MeasureTable>): MeasureDefinition {
  return {
    code: row.code,
    name: row.name,
    definition: row.definition,
    unit: row.unit as MeasureUnit,
    unitWords: row.unit_words,
    polarity: row.polarity as Polarity,
    frequency: row.frequency as Frequency,
    source: row.source,
    areaKinds: JSON.parse(row.area_kinds_json) as AreaKind[],
    breakdowns: JSON.parse(row.breakdowns_json) as string[],
    target: row.target_json === null ? null : (JSON.parse(row.target_json) as MeasureTarget),
    crimeCategory: row.crime_category,
    aims: JSON.parse(row.aims_json) as MeasureDefinition['aims'],
  };
}

export async function listMeasureDefinitions(db: Executor): Promise<MeasureDefinition[]> {
  return (await db.selectFrom('measures').selectAll().orderBy('position').execute()).map(toMeasure);
}

export async function findMeasureDefinition(db: Executor, code: string): Promise<MeasureDefinition | undefined> {
  const row = await db.selectFrom('measures').selectAll().where('code', '=', code).executeTakeFirst();
  return row === undefined ? undefined : toMeasure(row);
}

export async function insertMeasureDefinitions(db: Executor, measures: readonly MeasureDefinition[]): Promise<void> {
  const start =
    (
      await db
        .selectFrom('measures')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst()
    )?.n ?? 0;
  for (const [index, m] of measures.entries()) {
    await db
      .insertInto('measures')
      .values({
        code: m.code,
        name: m.name,
        definition: m.definition,
        unit: m.unit,
        unit_words: m.unitWords,
        polarity: m.polarity,
        frequency: m.frequency,
        source: m.source,
        area_kinds_json: JSON.stringify(m.areaKinds),
        breakdowns_json: JSON.stringify(m.breakdowns),
        target_json: m.target === null ? null : JSON.stringify(m.target),
        crime_category: m.crimeCategory,
        aims_json: JSON.stringify(m.aims),
        position: start + index + 1,
      })
      .execute();
  }
}

function toObservation(
  row: Selectable<ObservationTable>,
): Observation & { loadedAt: string; supersededAt: string | null } {
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
    status: row.status === 'provisional' ? 'provisional' : 'final',
    asAt: row.as_at,
    synthetic: row.synthetic === 1,
    loadedAt: row.loaded_at,
    supersededAt: row.superseded_at,
  };
}

export type StoredObservation = ReturnType<typeof toObservation>;

/** Every observation of a measure, current and superseded, oldest load first. */
export async function listObservations(
  db: Executor,
  query: { measureCode: string; areaCodes?: readonly string[] },
): Promise<StoredObservation[]> {
  let select = db.selectFrom('observations').selectAll().where('measure_code', '=', query.measureCode);
  if (query.areaCodes !== undefined && query.areaCodes.length > 0)
    select = select.where('area_code', 'in', [...query.areaCodes]);
  return (await select.orderBy('id').execute()).map(toObservation);
}

/**
 * Stores observations, each superseding the current one for its key if the value differs; an
 * identical reload changes nothing. Answers how many were new and how many revised an old value.
 */
export async function upsertObservations(
  db: Executor,
  observations: readonly Observation[],
  loadedAt: string,
): Promise<{ added: number; revised: number; unchanged: number }> {
  const tally = { added: 0, revised: 0, unchanged: 0 };
  for (const o of observations) {
    const current = await db
      .selectFrom('observations')
      .selectAll()
      .where('measure_code', '=', o.measureCode)
      .where('area_code', '=', o.areaCode)
      .where('period', '=', o.period)
      .where('breakdown', '=', o.breakdown ?? '')
      .where('superseded_at', 'is', null)
      .executeTakeFirst();
    if (current !== undefined) {
      const same =
        current.value === o.value &&
        current.numerator === o.numerator &&
        current.denominator === o.denominator &&
        current.sample_size === o.sampleSize &&
        current.status === o.status;
      if (same) {
        tally.unchanged += 1;
        continue;
      }
      await db.updateTable('observations').set({ superseded_at: loadedAt }).where('id', '=', current.id).execute();
      tally.revised += 1;
    } else {
      tally.added += 1;
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
        as_at: o.asAt,
        synthetic: o.synthetic ? 1 : 0,
        loaded_at: loadedAt,
        superseded_at: null,
      })
      .execute();
  }
  return tally;
}

/** Removes measures, observations, crime counts and the taxonomy: only the demo reset does this. */
export async function deleteAllMeasures(db: Executor): Promise<void> {
  for (const table of [
    'observations',
    'measures',
    'populations',
    'crime_count_revisions',
    'crime_counts',
    'crime_imports',
    'crime_category_mappings',
    'crime_categories',
  ] as const) {
    await db.deleteFrom(table).execute();
  }
}
