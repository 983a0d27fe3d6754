import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { changeNarrativeState, type NarrativeStateInput } from './changeNarrativeState.js';
import type { QuarterNarrativeView } from './quarterNarrativeViews.js';

/** A reviewer sends a narrative back to its writer with a comment saying what to change. */
export async function returnQuarterNarrative(
  ctx: ServiceContext,
  input: NarrativeStateInput,
): Promise<QuarterNarrativeView> {
  authorise(ctx, 'milestone-updates.review');
  return changeNarrativeState(ctx, 'return', input);
}
