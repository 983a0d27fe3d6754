import { countOrgUnits } from '../../store/index.js';
import type { ServiceContext } from '../context.js';

/** Whether the database holds no organisation yet: a new install, where the demo may be loaded. */
export async function isDatabaseEmpty(ctx: ServiceContext): Promise<boolean> {
  return (await countOrgUnits(ctx.store.db)) === 0;
}
