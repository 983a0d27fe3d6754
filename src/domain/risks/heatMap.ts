import { ratingOfScore, type Rating, type RiskScores, type ScaleValue } from './riskScores.js';

/** One square of the heat map: the risks whose scores fall there. */
export interface HeatMapCell {
  readonly likelihood: ScaleValue;
  readonly impact: ScaleValue;
  readonly score: number;
  readonly rating: Rating;
  readonly count: number;
  readonly refs: readonly string[];
}

export interface HeatMap {
  /** Rows from likelihood 5 (top) down to 1, each with impact 1 (left) to 5, as the grid is drawn. */
  readonly rows: readonly (readonly HeatMapCell[])[];
  readonly total: number;
  readonly which: 'residual' | 'inherent';
}

const SCALE: readonly ScaleValue[] = [1, 2, 3, 4, 5];

/** Places each risk in the square of its scores; every risk lands in exactly one square. */
export function heatMapOf(
  risks: readonly { readonly ref: string; readonly scores: RiskScores }[],
  which: 'residual' | 'inherent' = 'residual',
): HeatMap {
  const rows = [...SCALE].reverse().map((likelihood) =>
    SCALE.map((impact) => {
      const refs = risks
        .filter((r) => r.scores.likelihood === likelihood && r.scores.impact === impact)
        .map((r) => r.ref)
        .sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));
      const score = likelihood * impact;
      return { likelihood, impact, score, rating: ratingOfScore(score), count: refs.length, refs };
    }),
  );
  return { rows, total: risks.length, which };
}

/** A sentence for screen readers and the table's caption: where the risks sit. */
export function heatMapSentence(map: HeatMap): string {
  if (map.total === 0) return 'No risks are on the register, so the heat map is empty.';
  const cells = map.rows.flat().filter((cell) => cell.count > 0);
  const byRating = new Map<Rating, number>();
  for (const cell of cells) byRating.set(cell.rating, (byRating.get(cell.rating) ?? 0) + cell.count);
  const parts = (['very-high', 'high', 'medium', 'low'] as const)
    .filter((rating) => (byRating.get(rating) ?? 0) > 0)
    .map((rating) => `${byRating.get(rating)} ${rating.replace('-', ' ')}`);
  return `${map.total} ${map.total === 1 ? 'risk' : 'risks'} by ${map.which} score: ${parts.join(', ')}.`;
}
