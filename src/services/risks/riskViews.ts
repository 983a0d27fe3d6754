import {
  impactLabel,
  likelihoodLabel,
  RATING_DEFINITIONS,
  ratingOf,
  riskFieldsOf,
  riskScore,
  scoreText,
  TREATMENT_LABELS,
  type Rating,
  type Risk,
  type RiskScores,
} from '../../domain/risks/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { findStoredRisk, type Executor, type StoredRisk } from '../../store/index.js';

/** A score with its words, so no page or command works out a rating again. */
export interface ScoreView extends RiskScores {
  readonly score: number;
  readonly rating: Rating;
  readonly ratingLabel: string;
  readonly symbol: string;
  readonly likelihoodLabel: string;
  readonly impactLabel: string;
  readonly text: string;
}

export function scoreView(scores: RiskScores): ScoreView {
  const rating = ratingOf(scores);
  return {
    likelihood: scores.likelihood,
    impact: scores.impact,
    score: riskScore(scores),
    rating,
    ratingLabel: RATING_DEFINITIONS[rating].label,
    symbol: RATING_DEFINITIONS[rating].symbol,
    likelihoodLabel: likelihoodLabel(scores.likelihood),
    impactLabel: impactLabel(scores.impact),
    text: scoreText(scores),
  };
}

export interface RiskSummary extends Omit<Risk, 'inherent' | 'residual'> {
  readonly inherent: ScoreView;
  readonly residual: ScoreView;
  readonly treatmentLabel: string;
  /** The last board review, if any. */
  readonly lastReviewedOn: string | null;
}

export function riskSummary(risk: StoredRisk, lastReviewedOn: string | null): RiskSummary {
  return {
    ...riskFieldsOf(risk),
    ref: risk.ref,
    version: risk.version,
    updatedAt: risk.updatedAt,
    updatedBy: risk.updatedBy,
    inherent: scoreView(risk.inherent),
    residual: scoreView(risk.residual),
    treatmentLabel: TREATMENT_LABELS[risk.treatment],
    lastReviewedOn,
  };
}

export async function findRisk(db: Executor, ref: string): Promise<StoredRisk> {
  const risk = await findStoredRisk(db, ref);
  if (risk === undefined) throw new BluelampProblem('not-found', `There is no risk "${ref}".`, 'ref');
  return risk;
}

/** The words every page of the register carries about where the scores come from. */
export const SCORE_SOURCE =
  'Likelihood and impact are scored 1–5 by the risk owner and agreed at the board that oversees the risk; score = likelihood × impact. Bands: low 1–4, medium 5–9, high 10–16, very high 20–25.';
