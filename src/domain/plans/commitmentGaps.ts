import type { NodeDeliverer } from './planDocument.js';

/** One commitment nothing delivers: no milestone or item in any plan names it. */
export interface CommitmentGap {
  readonly ref: string;
  readonly title: string;
  /** The chapter it sits in, for the reader to find it in the plan. */
  readonly chapter: string | null;
  /** Who the plan says delivers it, or null where the plan does not say. */
  readonly deliverer: NodeDeliverer | null;
  /** Its chapter is linked as a whole: context, not delivery. */
  readonly chapterLinked: boolean;
}

/** The board pack's section on the police and crime plan's commitments that nothing delivers. */
export interface PackCommitmentGaps {
  readonly planKey: string;
  readonly planTitle: string;
  readonly version: number;
  readonly total: number;
  readonly gaps: readonly CommitmentGap[];
}
