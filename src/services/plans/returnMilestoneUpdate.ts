import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { changeUpdateState, type StateChangeInput } from './changeUpdateState.js';
import type { UpdateView } from './updateViews.js';

/** The performance team sends an update back to its owner with a comment saying what to change. */
export async function returnMilestoneUpdate(ctx: ServiceContext, input: StateChangeInput): Promise<UpdateView> {
  authorise(ctx, 'milestone-updates.review');
  return changeUpdateState(ctx, 'return', input);
}
