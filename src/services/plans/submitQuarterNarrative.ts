import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { changeNarrativeState, type NarrativeStateInput } from './changeNarrativeState.js';
import type { QuarterNarrativeView } from './quarterNarrativeViews.js';

/** The performance team sends a narrative for review; it can no longer be edited until returned. */
export async function submitQuarterNarrative(
  ctx: ServiceContext,
  input: NarrativeStateInput,
): Promise<QuarterNarrativeView> {
  authorise(ctx, 'plans.edit');
  return changeNarrativeState(ctx, 'submit', input);
}
