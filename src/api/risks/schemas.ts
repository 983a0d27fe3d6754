import { z } from 'zod';
import { BOARD_KEY, RATINGS, TREATMENTS } from '../../domain/risks/index.js';
import { text } from '../plans/schemas.js';

/** What the risk register's routes accept and answer. */

const date = z.iso.date({ error: 'must be a real date written YYYY-MM-DD' });
const scale = z.literal([1, 2, 3, 4, 5], { error: 'must be a whole number from 1 to 5' });
const scores = z.strictObject({ likelihood: scale, impact: scale });
const ref = z.string().regex(/^[A-Z][A-Z0-9]{0,9}-[0-9]{1,4}$/, 'must be a risk ref such as SR-1');
const boardKey = z.string().regex(BOARD_KEY, 'must be a board key such as audit-panel');
const linkKey = z.string().trim().min(1).max(100);

export const riskParams = z.strictObject({ ref });

export const registerQuery = z.strictObject({
  board: boardKey.optional().describe('Only the risks this board oversees'),
  rating: z.enum(RATINGS).optional().describe('Only the risks whose residual score is in this band'),
});

export const riskFields = z.strictObject({
  title: text(300).min(1),
  owner: text(200).min(1).describe('Who owns the risk: a name or a role'),
  cause: text(4000).min(1),
  consequence: text(4000).min(1),
  inherent: scores.describe('Before controls: likelihood and impact, 1–5 each'),
  residual: scores.describe('After controls: likelihood and impact, 1–5 each'),
  treatment: z.enum(TREATMENTS),
  controls: z.array(text(1000).min(1)).max(50),
  actions: z.array(z.strictObject({ text: text(1000).min(1), owner: text(200).min(1), dueOn: date })).max(50),
  boards: z.array(boardKey).min(1).max(10).describe('Keys of the boards that oversee it, e.g. audit-panel'),
  milestones: z.array(z.strictObject({ plan: linkKey, ref: linkKey })).max(50),
  findings: z.array(z.strictObject({ inspection: linkKey, ref: linkKey })).max(50),
  scoreNote: text(500).nullable().describe('Said wherever the scores are shown, e.g. whose reading they are'),
});

export const newRiskBody = riskFields.extend({ ref });

export const editRiskBody = z.strictObject({
  expectedVersion: z.number().int().min(1),
  fields: riskFields,
  reason: text(500).optional(),
});

export const reviewBody = z.strictObject({
  expectedVersion: z.number().int().min(1),
  meeting: z.number().int().positive().max(2_147_483_647),
  residual: scores,
  note: text(2000).min(1),
});

const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

const scoreView = z.object({
  likelihood: scale,
  impact: scale,
  score: z.number().int(),
  rating: z.enum(RATINGS),
  ratingLabel: z.string(),
  symbol: z.string(),
  likelihoodLabel: z.string(),
  impactLabel: z.string(),
  text: z.string(),
});

const riskSummary = riskFields.omit({ inherent: true, residual: true }).extend({
  ref: z.string(),
  controls: list(z.string()),
  actions: list(z.object({ text: z.string(), owner: z.string(), dueOn: z.string() })),
  boards: list(z.string()),
  milestones: list(z.object({ plan: z.string(), ref: z.string() })),
  findings: list(z.object({ inspection: z.string(), ref: z.string() })),
  inherent: scoreView,
  residual: scoreView,
  treatmentLabel: z.string(),
  lastReviewedOn: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

const heatCell = z.object({
  likelihood: scale,
  impact: scale,
  score: z.number().int(),
  rating: z.enum(RATINGS),
  count: z.number().int(),
  refs: list(z.string()),
});

export const register = z.object({
  risks: list(riskSummary),
  heatMap: z.object({ rows: list(list(heatCell)), total: z.number().int(), which: z.enum(['residual', 'inherent']) }),
  sentence: z.string(),
  boards: list(z.string()),
  source: z.string(),
  scoreNotes: list(z.string()),
});

export const riskPage = z.object({
  risk: riskSummary,
  reviews: list(
    z.object({
      meetingId: z.number().int(),
      meetingTitle: z.string(),
      board: z.string(),
      heldOn: z.string(),
      residual: scoreView,
      note: z.string(),
      recordedBy: z.string(),
    }),
  ),
  history: list(
    z.object({
      version: z.number().int(),
      change: z.enum(['created', 'edited', 'reviewed']),
      changedAt: z.string(),
      changedBy: z.string(),
      changedFields: list(z.string()),
      residual: scoreView,
      fields: z.unknown(),
    }),
  ),
  source: z.string(),
});

export const riskWritten = z.object({
  ref: z.string(),
  version: z.number().int(),
  changed: list(z.string()).optional(),
});
