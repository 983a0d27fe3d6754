import { listPoliceForces, listSlices, mostSimilarGroupOf } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';

/** The forces with police.uk data loaded, with their most similar groups. */
export async function listPoliceUkForces(
  ctx: ServiceContext,
): Promise<{ code: string; name: string; peers: string[]; months: { first: string; last: string } | null }[]> {
  authorise(ctx, 'measures.read');
  const db = ctx.store.db;
  const slices = await listSlices(db);
  return Promise.all(
    (await listPoliceForces(db)).map(async (force) => {
      const months = slices.filter((s) => s.force === force.code).map((s) => s.month);
      return {
        ...force,
        peers: await mostSimilarGroupOf(db, force.code),
        months: months.length === 0 ? null : { first: months[0] ?? '', last: months.at(-1) ?? '' },
      };
    }),
  );
}
