import { BluelampProblem } from '../../domain/errors.js';
import { narrativeParts, type PlanPart, type UpdateState } from '../../domain/plans/index.js';
import type { PlanContent, QuarterNarrativeRow } from '../../store/index.js';

/** A chapter's or section's narrative for a quarter, as its writers and reviewers see it. */
export interface QuarterNarrativeView {
  readonly id: number;
  readonly planKey: string;
  readonly part: PlanPart;
  readonly quarter: string;
  readonly state: UpdateState;
  readonly narrative: string;
  readonly reviewComment: string | null;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
  readonly submittedBy: string | null;
  readonly reviewedBy: string | null;
  readonly publishedAt: string | null;
}

/** The part of the plan a narrative is written on, or a 404 naming the parts that take one. */
export function partOf(content: PlanContent, nodeRef: string): PlanPart {
  const parts = narrativeParts(content.nodes);
  const part = parts.find((candidate) => candidate.ref === nodeRef);
  if (part !== undefined) return part;
  throw new BluelampProblem(
    'not-found',
    `${content.plan.key} has no chapter or section ${nodeRef}; narratives go on ${parts.map((p) => p.ref).join(', ')}.`,
    'nodeRef',
  );
}

export function narrativeView(row: QuarterNarrativeRow, part: PlanPart): QuarterNarrativeView {
  return {
    id: row.id,
    planKey: row.plan_key,
    part,
    quarter: row.quarter,
    state: row.state as UpdateState,
    narrative: row.narrative,
    reviewComment: row.review_comment,
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    submittedBy: row.submitted_by,
    reviewedBy: row.reviewed_by,
    publishedAt: row.published_at,
  };
}

export function staleNarrative(current: QuarterNarrativeRow | undefined): BluelampProblem {
  return new BluelampProblem(
    'conflict',
    'Someone else changed this narrative since you opened it. Reload it, then make your change again.',
    'version',
    { currentVersion: current?.version ?? 0, currentState: current?.state ?? null },
  );
}
