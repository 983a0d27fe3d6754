import type { IsoDate } from '../../domain/calendar/index.js';
import {
  heatMapOf,
  heatMapSentence,
  RATING_DEFINITIONS,
  ratingOf,
  riskScore,
  type PackRisk,
  type PackRisks,
  type RiskScores,
} from '../../domain/risks/index.js';
import { listRiskReviews, listStoredRisks, type StoredRisk, type StoredRiskReview } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { SCORE_SOURCE } from '../risks/riskViews.js';
import { boardReviewsRisks } from './boardReviewsRisks.js';

function residualAt(risk: StoredRisk, reviews: readonly StoredRiskReview[], date: IsoDate): RiskScores {
  // The board knew the scores its latest review by the meeting agreed; a risk never reviewed shows its current ones.
  const known = reviews.filter((r) => r.riskId === risk.id && r.heldOn <= date).at(-1);
  return (known?.residual as RiskScores | undefined) ?? risk.residual;
}

function packRisk(risk: StoredRisk, residual: RiskScores, reviewNote: string | null): PackRisk {
  const rating = ratingOf(residual);
  return {
    ref: risk.ref,
    title: risk.title,
    owner: risk.owner,
    treatment: risk.treatment,
    residual: {
      likelihood: residual.likelihood,
      impact: residual.impact,
      score: riskScore(residual),
      rating,
      ratingLabel: RATING_DEFINITIONS[rating].label,
      symbol: RATING_DEFINITIONS[rating].symbol,
    },
    reviewNote,
  };
}

/**
 * The risk section of a meeting's pack, or undefined for a board that does not review risks (the
 * board's own reviewsRisks flag says so). Read inside buildBoardPack, after its permission check.
 */
export async function packRisks(
  ctx: ServiceContext,
  meeting: { readonly id: number; readonly board: string; readonly date: IsoDate },
): Promise<PackRisks | undefined> {
  if (!(await boardReviewsRisks(ctx, meeting.board))) return undefined;
  const db = ctx.store.db;
  const overseen = (await listStoredRisks(db)).filter((risk) => risk.boards.includes(meeting.board));
  const reviews = await listRiskReviews(db);
  const here = (risk: StoredRisk) => reviews.find((r) => r.riskId === risk.id && r.meetingId === meeting.id);
  const risks = overseen
    .map((risk) => packRisk(risk, residualAt(risk, reviews, meeting.date), here(risk)?.note ?? null))
    .sort(
      (a, b) =>
        Number(b.reviewNote !== null) - Number(a.reviewNote !== null) ||
        b.residual.score - a.residual.score ||
        a.ref.localeCompare(b.ref, 'en-GB', { numeric: true }),
    );
  const heatMap = heatMapOf(risks.map((r) => ({ ref: r.ref, scores: r.residual as RiskScores })));
  return {
    board: meeting.board,
    heatMap,
    sentence: heatMapSentence(heatMap),
    risks,
    reviewedHere: risks.filter((r) => r.reviewNote !== null).length,
    source: SCORE_SOURCE,
    scoreNotes: [...new Set(overseen.flatMap((risk) => (risk.scoreNote === null ? [] : [risk.scoreNote])))],
  };
}
