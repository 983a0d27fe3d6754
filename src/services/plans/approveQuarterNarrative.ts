import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { changeNarrativeState, type NarrativeStateInput } from './changeNarrativeState.js';
import type { QuarterNarrativeView } from './quarterNarrativeViews.js';

/** A reviewer accepts a submitted narrative; it is published with the quarter. */
export async function approveQuarterNarrative(
  ctx: ServiceContext,
  input: NarrativeStateInput,
): Promise<QuarterNarrativeView> {
  authorise(ctx, 'milestone-updates.review');
  return changeNarrativeState(ctx, 'approve', input);
}
