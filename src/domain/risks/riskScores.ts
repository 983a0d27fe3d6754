/**
 * Risk scoring on the usual public-sector 5 × 5 matrix: likelihood and impact each from 1 to 5,
 * and the score is their product (1 to 25). The reference documents name the treatments but give
 * no scales or scores, so the words here are the ones audit committees commonly use.
 */
export const LIKELIHOOD_LABELS = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'] as const;
export const IMPACT_LABELS = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'] as const;

export type ScaleValue = 1 | 2 | 3 | 4 | 5;

export function likelihoodLabel(value: ScaleValue): string {
  return LIKELIHOOD_LABELS[value - 1] ?? String(value);
}

export function impactLabel(value: ScaleValue): string {
  return IMPACT_LABELS[value - 1] ?? String(value);
}

export function isScaleValue(value: unknown): value is ScaleValue {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

export interface RiskScores {
  readonly likelihood: ScaleValue;
  readonly impact: ScaleValue;
}

export function riskScore(scores: RiskScores): number {
  return scores.likelihood * scores.impact;
}

export const RATINGS = ['low', 'medium', 'high', 'very-high'] as const;
export type Rating = (typeof RATINGS)[number];

export interface RatingDefinition {
  readonly code: Rating;
  readonly label: string;
  /** Lowest and highest score in the band. */
  readonly from: number;
  readonly to: number;
  /** A mark that tells the bands apart without colour. */
  readonly symbol: string;
}

/**
 * The bands: low 1–4, medium 5–9, high 10–16, very high 20–25. Every score a product can take
 * falls in exactly one. The cut at 10 puts any risk scored 5 on one scale and 2 or more on the
 * other (a severe impact that is merely unlikely; an almost certain one of minor impact) at
 * "high", so the board sees it; "very high" needs 4 or 5 on both scales, the corner where a
 * board expects to act at once.
 */
export const RATING_DEFINITIONS: Readonly<Record<Rating, RatingDefinition>> = {
  low: { code: 'low', label: 'Low', from: 1, to: 4, symbol: '○' },
  medium: { code: 'medium', label: 'Medium', from: 5, to: 9, symbol: '◐' },
  high: { code: 'high', label: 'High', from: 10, to: 16, symbol: '●' },
  'very-high': { code: 'very-high', label: 'Very high', from: 17, to: 25, symbol: '▲' },
};

export function ratingOfScore(score: number): Rating {
  if (score >= RATING_DEFINITIONS['very-high'].from) return 'very-high';
  if (score >= RATING_DEFINITIONS.high.from) return 'high';
  if (score >= RATING_DEFINITIONS.medium.from) return 'medium';
  return 'low';
}

export function ratingOf(scores: RiskScores): Rating {
  return ratingOfScore(riskScore(scores));
}

/** "12 (high): likely × moderate" */
export function scoreText(scores: RiskScores): string {
  const score = riskScore(scores);
  const rating = RATING_DEFINITIONS[ratingOf(scores)].label.toLowerCase();
  const likelihood = likelihoodLabel(scores.likelihood).toLowerCase();
  const impact = impactLabel(scores.impact).toLowerCase();
  return `${score} (${rating}): ${likelihood} likelihood × ${impact} impact`;
}

/** The four treatments the Police and Crime Plan names for its strategic risks. */
export const TREATMENTS = ['eliminate', 'tolerate', 'treat', 'reduce'] as const;
export type Treatment = (typeof TREATMENTS)[number];

export const TREATMENT_LABELS: Readonly<Record<Treatment, string>> = {
  eliminate: 'Eliminate: stop the activity that gives rise to the risk',
  tolerate: 'Tolerate: accept the risk as it stands and watch it',
  treat: 'Treat: put controls in place to manage it',
  reduce: 'Reduce: act to lower its likelihood or impact',
};
