import { heatMapOf, heatMapSentence, RATINGS, type HeatMap, type Rating } from '../../domain/risks/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { listRiskReviews, listStoredRisks } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { riskSummary, SCORE_SOURCE, type RiskSummary } from './riskViews.js';

export interface RiskFilter {
  /** Only the risks this board oversees. */
  readonly board?: string | undefined;
  /** Only the risks whose residual score is in this band. */
  readonly rating?: string | undefined;
}

export interface RiskRegister {
  readonly risks: readonly RiskSummary[];
  /** The residual heat map of the risks listed. */
  readonly heatMap: HeatMap;
  readonly sentence: string;
  /** Every board key any risk names, for the filter. */
  readonly boards: readonly string[];
  readonly source: string;
  /** Notes the risks carry about their scores (the demo's "author's reading"), each once. */
  readonly scoreNotes: readonly string[];
}

function checkedRating(value: string | undefined): Rating | undefined {
  if (value === undefined || value === '') return undefined;
  if ((RATINGS as readonly string[]).includes(value)) return value as Rating;
  throw new BluelampProblem('invalid-input', `The rating must be one of ${RATINGS.join(', ')}.`, 'rating');
}

/** The register, highest residual score first, with its heat map. */
export async function listRisks(ctx: ServiceContext, filter: RiskFilter = {}): Promise<RiskRegister> {
  authorise(ctx, 'board.read');
  const rating = checkedRating(filter.rating);
  const db = ctx.store.db;
  const stored = await listStoredRisks(db);
  const reviews = await listRiskReviews(db);
  const lastReview = (id: number) => reviews.filter((r) => r.riskId === id).at(-1)?.heldOn ?? null;
  const all = stored.map((risk) => riskSummary(risk, lastReview(risk.id)));
  const risks = all
    .filter((risk) => filter.board === undefined || filter.board === '' || risk.boards.includes(filter.board))
    .filter((risk) => rating === undefined || risk.residual.rating === rating)
    .sort((a, b) => b.residual.score - a.residual.score || a.ref.localeCompare(b.ref, 'en-GB', { numeric: true }));
  const heatMap = heatMapOf(risks.map((risk) => ({ ref: risk.ref, scores: risk.residual })));
  return {
    risks,
    heatMap,
    sentence: heatMapSentence(heatMap),
    boards: [...new Set(all.flatMap((risk) => risk.boards))].sort(),
    source: SCORE_SOURCE,
    scoreNotes: [...new Set(risks.flatMap((risk) => (risk.scoreNote === null ? [] : [risk.scoreNote])))],
  };
}
