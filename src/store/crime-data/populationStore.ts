import type { Executor } from '../schema.js';

/** Sets each area's population for a year, replacing the figure held. */
export async function writePopulations(
  db: Executor,
  rows: readonly { areaCode: string; year: number; population: number }[],
): Promise<void> {
  for (const row of rows) {
    await db.deleteFrom('populations').where('area_code', '=', row.areaCode).where('year', '=', row.year).execute();
    await db
      .insertInto('populations')
      .values({ area_code: row.areaCode, year: row.year, population: row.population })
      .execute();
  }
}

/** Residents of a set of boroughs in a year: a BCU or London is the sum of its boroughs; null unless all are known. */
export async function populationOf(db: Executor, areaCodes: readonly string[], year: number): Promise<number | null> {
  if (areaCodes.length === 0) return null;
  const rows = await db
    .selectFrom('populations')
    .select(['area_code', 'population'])
    .where('year', '=', year)
    .where('area_code', 'in', [...areaCodes])
    .execute();
  return rows.length === new Set(areaCodes).size ? rows.reduce((sum, row) => sum + row.population, 0) : null;
}

/** Replaces the residents of an area by ethnic group for the years the rows give. */
export async function writeEthnicPopulations(
  db: Executor,
  rows: readonly { areaCode: string; year: number; ethnicGroup: string; population: number; source: string }[],
): Promise<void> {
  for (const row of rows) {
    await db
      .deleteFrom('ethnic_populations')
      .where('area_code', '=', row.areaCode)
      .where('year', '=', row.year)
      .where('ethnic_group', '=', row.ethnicGroup)
      .execute();
    await db
      .insertInto('ethnic_populations')
      .values({
        area_code: row.areaCode,
        year: row.year,
        ethnic_group: row.ethnicGroup,
        population: row.population,
        source: row.source,
      })
      .execute();
  }
}

/** The latest year's residents by ethnic group at or before a year, with the year used. */
export async function ethnicPopulationsOf(
  db: Executor,
  areaCode: string,
  year: number,
): Promise<{ year: number; source: string; groups: Map<string, number> } | null> {
  const latest = await db
    .selectFrom('ethnic_populations')
    .select((eb) => eb.fn.max<number>('year').as('year'))
    .where('area_code', '=', areaCode)
    .where('year', '<=', year)
    .executeTakeFirst();
  const used = latest?.year ?? null;
  if (used === null) return null;
  const rows = await db
    .selectFrom('ethnic_populations')
    .select(['ethnic_group', 'population', 'source'])
    .where('area_code', '=', areaCode)
    .where('year', '=', used)
    .execute();
  return {
    year: used,
    source: rows[0]?.source ?? '',
    groups: new Map(rows.map((row) => [row.ethnic_group, row.population])),
  };
}

/** The latest population of each area at or before a year. */
export async function latestPopulations(
  db: Executor,
  areaCodes: readonly string[],
  year: number,
): Promise<Map<string, { year: number; population: number }>> {
  if (areaCodes.length === 0) return new Map();
  const rows = await db
    .selectFrom('populations')
    .select(['area_code', 'year', 'population'])
    .where('area_code', 'in', [...areaCodes])
    .where('year', '<=', year)
    .orderBy('year')
    .execute();
  return new Map(rows.map((row) => [row.area_code, { year: row.year, population: row.population }]));
}
