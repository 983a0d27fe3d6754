import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { changeUpdateState, type StateChangeInput } from './changeUpdateState.js';
import type { UpdateView } from './updateViews.js';

/** The performance team accepts a submitted update; it is published with the quarter. */
export async function approveMilestoneUpdate(ctx: ServiceContext, input: StateChangeInput): Promise<UpdateView> {
  authorise(ctx, 'milestone-updates.review');
  return changeUpdateState(ctx, 'approve', input);
}
