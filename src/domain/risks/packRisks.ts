import type { HeatMap } from './heatMap.js';
import type { Rating } from './riskScores.js';

/** A risk as a board pack lists it: its residual rating now, and what this meeting said of it. */
export interface PackRisk {
  readonly ref: string;
  readonly title: string;
  readonly owner: string;
  readonly treatment: string;
  readonly residual: {
    readonly likelihood: number;
    readonly impact: number;
    readonly score: number;
    readonly rating: Rating;
    readonly ratingLabel: string;
    readonly symbol: string;
  };
  /** The note of this meeting's review, or null when the meeting did not review it. */
  readonly reviewNote: string | null;
}

/**
 * The risk section of a pack for a board that reviews risks: the heat map of the risks it
 * oversees (residual scores as at the meeting) and the list, those reviewed at the meeting first.
 */
export interface PackRisks {
  readonly board: string;
  readonly heatMap: HeatMap;
  readonly sentence: string;
  readonly risks: readonly PackRisk[];
  readonly reviewedHere: number;
  readonly source: string;
  readonly scoreNotes: readonly string[];
}
