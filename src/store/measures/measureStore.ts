import type { Selectable } from 'kysely';
import type {
  AreaKind,
  Frequency,
  MeasureDefinition,
  MeasureKind,
  MeasureTarget,
  MeasureUnit,
  Polarity,
} from '../../domain/measures/index.js';
import type { Executor } from '../schema.js';
import type { MeasureTable } from './tables.js';

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
    kind: row.kind as MeasureKind,
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
        // A measure without a kind takes the column's default, performance (so do tables from before 0024).
        ...(m.kind === undefined ? {} : { kind: m.kind }),
      })
      .execute();
  }
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
