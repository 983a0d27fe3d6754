import type { Executor } from '../schema.js';

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

export async function forceAreaOf(db: Executor, forceCode: string): Promise<string[]> {
  const rows = await db
    .selectFrom('police_force_areas')
    .select('local_authority')
    .where('force_code', '=', forceCode)
    .orderBy('local_authority')
    .execute();
  return rows.map((row) => row.local_authority);
}

export async function saveForceArea(db: Executor, forceCode: string, authorities: readonly string[]): Promise<void> {
  await db.deleteFrom('police_force_areas').where('force_code', '=', forceCode).execute();
  if (authorities.length === 0) return;
  await db
    .insertInto('police_force_areas')
    .values(authorities.map((name) => ({ force_code: forceCode, local_authority: name })))
    .execute();
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
