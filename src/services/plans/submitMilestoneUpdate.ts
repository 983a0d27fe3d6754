import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { changeUpdateState, type StateChangeInput } from './changeUpdateState.js';
import type { UpdateView } from './updateViews.js';

/** The owner hands a draft to the performance team for review. */
export async function submitMilestoneUpdate(ctx: ServiceContext, input: StateChangeInput): Promise<UpdateView> {
  authorise(ctx, 'milestone-updates.write');
  return changeUpdateState(ctx, 'submit', input);
}
