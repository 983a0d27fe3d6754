/** What the risk routes answer, as the route table declares it (src/api/risks/schemas.ts). */
import type { ResponseOf } from '../shared/apiTypes.js';

export type RiskRegister = ResponseOf<'listRisks'>;
export type RiskSummary = RiskRegister['risks'][number];
export type HeatMapCell = RiskRegister['heatMap']['rows'][number][number];
export type RiskPage = ResponseOf<'getRisk'>;
export type RiskReview = RiskPage['reviews'][number];
export type RiskHistoryEntry = RiskPage['history'][number];

export const RATING_CHOICES = [
  { value: '', label: 'Any rating' },
  { value: 'very-high', label: 'Very high (20–25)' },
  { value: 'high', label: 'High (10–16)' },
  { value: 'medium', label: 'Medium (5–9)' },
  { value: 'low', label: 'Low (1–4)' },
] as const;

export const TREATMENT_CHOICES = [
  { value: 'eliminate', label: 'Eliminate', hint: 'Stop the activity that gives rise to the risk.' },
  { value: 'tolerate', label: 'Tolerate', hint: 'Accept the risk as it stands and watch it.' },
  { value: 'treat', label: 'Treat', hint: 'Put controls in place to manage it.' },
  { value: 'reduce', label: 'Reduce', hint: 'Act to lower its likelihood or impact.' },
] as const;

export const LIKELIHOOD_CHOICES = ['1 Rare', '2 Unlikely', '3 Possible', '4 Likely', '5 Almost certain'];
export const IMPACT_CHOICES = ['1 Negligible', '2 Minor', '3 Moderate', '4 Major', '5 Severe'];
