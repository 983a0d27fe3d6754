import { forceAreaOf, saveForceArea } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { checkForces } from './forceSettingRules.js';
import { replaceForceList } from './replaceForceList.js';

/** Sets the local authorities a force polices, so rows elsewhere are counted as out of its area. */
export async function setForceArea(
  ctx: ServiceContext,
  input: { force: string; localAuthorities: readonly string[] },
): Promise<{ force: string; localAuthorities: string[] }> {
  authorise(ctx, 'crime-data.import');
  await checkForces(ctx, [input.force], 'force');
  const localAuthorities = [...new Set(input.localAuthorities.map((name) => name.trim()))].filter((n) => n !== '');
  const setting = { entityType: 'police_force_area', read: forceAreaOf, save: saveForceArea };
  await replaceForceList(ctx, { ...setting, force: input.force, values: localAuthorities });
  return { force: input.force, localAuthorities };
}
