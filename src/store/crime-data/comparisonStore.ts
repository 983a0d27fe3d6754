import type { Executor } from '../schema.js';

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

export async function mostSimilarGroupOf(db: Executor, forceCode: string): Promise<string[]> {
  const rows = await db
    .selectFrom('most_similar_groups')
    .select('peer_code')
    .where('force_code', '=', forceCode)
    .orderBy('position')
    .execute();
  return rows.map((row) => row.peer_code);
}

export async function saveMostSimilarGroup(db: Executor, forceCode: string, peers: readonly string[]): Promise<void> {
  await db.deleteFrom('most_similar_groups').where('force_code', '=', forceCode).execute();
  if (peers.length === 0) return;
  await db
    .insertInto('most_similar_groups')
    .values(peers.map((peer, position) => ({ force_code: forceCode, peer_code: peer, position })))
    .execute();
}

export async function saveForceArea(db: Executor, forceCode: string, authorities: readonly string[]): Promise<void> {
  await db.deleteFrom('police_force_areas').where('force_code', '=', forceCode).execute();
  if (authorities.length === 0) return;
  await db
    .insertInto('police_force_areas')
    .values(authorities.map((name) => ({ force_code: forceCode, local_authority: name })))
    .execute();
}

export async function forceAreaOf(db: Executor, forceCode: string): Promise<string[]> {
  const rows = await db
    .selectFrom('police_force_areas')
    .select('local_authority')
    .where('force_code', '=', forceCode)
    .orderBy('local_authority')
    .execute();
  return rows.map((row) => row.local_authority);
}

/** Empties every police.uk table, children first (a demo reset). */
export async function deleteAllPoliceUkData(db: Executor): Promise<void> {
  for (const table of [
    'street_crime_counts',
    'crime_outcome_counts',
    'stop_search_counts',
    'police_uk_slices',
    'police_uk_load_log',
    'police_forces',
    'police_force_areas',
    'most_similar_groups',
    'ethnic_populations',
  ] as const)
    await db.deleteFrom(table).execute();
}

/** The police.uk crime types the taxonomy maps; any other loads as unmapped. */
export async function policeUkCrimeTypes(db: Executor): Promise<Set<string>> {
  const rows = await db
    .selectFrom('crime_category_mappings')
    .select('crime_type')
    .where('source', '=', 'police-uk')
    .execute();
  return new Set(rows.flatMap((row) => (row.crime_type === null ? [] : [row.crime_type])));
}

/** Every force's configured local authorities. */
export async function allForceAreas(db: Executor): Promise<Map<string, Set<string>>> {
  const areas = new Map<string, Set<string>>();
  for (const row of await db.selectFrom('police_force_areas').select(['force_code', 'local_authority']).execute()) {
    const held = areas.get(row.force_code) ?? new Set<string>();
    held.add(row.local_authority);
    areas.set(row.force_code, held);
  }
  return areas;
}
