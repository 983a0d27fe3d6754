import { mostSimilarGroupOf, saveMostSimilarGroup } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { checkForces } from './forceSettingRules.js';
import { replaceForceList } from './replaceForceList.js';

/** Sets the forces a force is compared with (HMICFRS's most similar group); the force is always in its own group. */
export async function setMostSimilarGroup(
  ctx: ServiceContext,
  input: { force: string; peers: readonly string[] },
): Promise<{ force: string; peers: string[] }> {
  authorise(ctx, 'crime-data.import');
  await checkForces(ctx, [input.force], 'force');
  await checkForces(ctx, input.peers, 'peers');
  const peers = [...new Set(input.peers)].filter((peer) => peer !== input.force);
  const setting = { entityType: 'most_similar_group', read: mostSimilarGroupOf, save: saveMostSimilarGroup };
  await replaceForceList(ctx, { ...setting, force: input.force, values: peers });
  return { force: input.force, peers };
}
