import type { Polarity } from '../../domain/measures/index.js';
import type {
  PriorityChoice,
  PrioritySet,
  StandingPriority,
  StandingPriorityKind,
} from '../../domain/priorities/index.js';
import type { Executor } from '../schema.js';

/** The categories boroughs may choose, in the order they are offered. */
export async function listEligibleCategoryCodes(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('priority_eligible_categories')
    .select('category_code')
    .orderBy('position')
    .execute();
  return rows.map((row) => row.category_code);
}

export async function replaceEligibleCategories(db: Executor, codes: readonly string[]): Promise<void> {
  await db.deleteFrom('priority_eligible_categories').execute();
  if (codes.length === 0) return;
  await db
    .insertInto('priority_eligible_categories')
    .values(codes.map((category_code, position) => ({ category_code, position })))
    .execute();
}

export async function listStandingPriorities(db: Executor): Promise<StandingPriority[]> {
  const rows = await db.selectFrom('standing_priorities').selectAll().orderBy('position').execute();
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    kind: row.kind as StandingPriorityKind,
    categoryCode: row.category_code,
    measureCode: row.measure_code,
    repeatMeasureCode: row.repeat_measure_code,
    polarity: row.polarity as Polarity,
  }));
}

export async function replaceStandingPriorities(db: Executor, list: readonly StandingPriority[]): Promise<void> {
  await db.deleteFrom('standing_priorities').execute();
  if (list.length === 0) return;
  await db
    .insertInto('standing_priorities')
    .values(
      list.map((item, position) => ({
        code: item.code,
        name: item.name,
        kind: item.kind,
        category_code: item.categoryCode,
        measure_code: item.measureCode,
        repeat_measure_code: item.repeatMeasureCode,
        polarity: item.polarity,
        position,
      })),
    )
    .execute();
}

/** How many versions a borough's set for a year has. */
export async function countPrioritySetVersions(db: Executor, boroughCode: string, year: string): Promise<number> {
  const row = await db
    .selectFrom('priority_sets')
    .select((eb) => eb.fn.countAll<number | string>().as('versions'))
    .where('borough_code', '=', boroughCode)
    .where('financial_year', '=', year)
    .executeTakeFirst();
  return Number(row?.versions ?? 0);
}

export async function insertPrioritySet(db: Executor, set: PrioritySet): Promise<void> {
  const { id } = await db
    .insertInto('priority_sets')
    .values({
      borough_code: set.boroughCode,
      financial_year: set.year,
      version: set.version,
      agreed_by: set.agreedBy,
      agreed_on: set.agreedOn,
      source: set.source,
      reason: set.reason,
      recorded_at: set.recordedAt,
      recorded_by: set.recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('priority_choices')
    .values(
      set.priorities.map((choice, position) => ({
        priority_set_id: id,
        position,
        category_code: choice.categoryCode,
        qualifier: choice.qualifier,
      })),
    )
    .execute();
}

/**
 * Priority sets for a year, every version or only each borough's latest, oldest version first.
 * An optional borough narrows it to one.
 */
export async function listPrioritySets(
  db: Executor,
  query: { year: string; boroughCode?: string; latestOnly: boolean },
): Promise<PrioritySet[]> {
  let select = db.selectFrom('priority_sets').selectAll().where('financial_year', '=', query.year);
  if (query.boroughCode !== undefined) select = select.where('borough_code', '=', query.boroughCode);
  const sets = await select.orderBy('borough_code').orderBy('version').execute();
  const latest = new Map(sets.map((set) => [set.borough_code, set.version]));
  const kept = query.latestOnly ? sets.filter((set) => latest.get(set.borough_code) === set.version) : sets;
  if (kept.length === 0) return [];
  const choices = await db
    .selectFrom('priority_choices')
    .selectAll()
    .where(
      'priority_set_id',
      'in',
      kept.map((set) => set.id),
    )
    .orderBy('priority_set_id')
    .orderBy('position')
    .execute();
  const bySet = new Map<number, PriorityChoice[]>();
  for (const choice of choices) {
    const list = bySet.get(choice.priority_set_id) ?? [];
    list.push({ categoryCode: choice.category_code, qualifier: choice.qualifier });
    bySet.set(choice.priority_set_id, list);
  }
  return kept.map((set) => ({
    boroughCode: set.borough_code,
    year: set.financial_year,
    version: set.version,
    priorities: bySet.get(set.id) ?? [],
    agreedBy: set.agreed_by,
    agreedOn: set.agreed_on,
    source: set.source,
    reason: set.reason,
    recordedAt: set.recorded_at,
    recordedBy: set.recorded_by,
  }));
}

/** The years that have any priority set, latest first. */
export async function listPriorityYears(db: Executor): Promise<string[]> {
  const rows = await db
    .selectFrom('priority_sets')
    .select('financial_year')
    .distinct()
    .orderBy('financial_year', 'desc')
    .execute();
  return rows.map((row) => row.financial_year);
}

export async function deleteAllPriorities(db: Executor): Promise<void> {
  await db.deleteFrom('priority_choices').execute();
  await db.deleteFrom('priority_sets').execute();
  await db.deleteFrom('standing_priorities').execute();
  await db.deleteFrom('priority_eligible_categories').execute();
}
