import { currentMinimum } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import type { MinimumInForce } from './complianceAccess.js';
import { DEFAULT_MINIMUM } from '../../domain/neighbourhoods/index.js';

export interface NeighbourhoodMinimumSetting extends MinimumInForce {
  readonly setAt: string | null;
  readonly setBy: string | null;
  readonly reason: string | null;
}

/** The posts every ward should have filled, and who set that and when (the plan's 2 and 1 until someone does). */
export async function getNeighbourhoodMinimum(ctx: ServiceContext): Promise<NeighbourhoodMinimumSetting> {
  authorise(ctx, 'neighbourhoods.read');
  const stored = await currentMinimum(ctx.store.db);
  return stored === undefined
    ? { ...DEFAULT_MINIMUM, isDefault: true, setAt: null, setBy: null, reason: null }
    : { ...stored, isDefault: false };
}
