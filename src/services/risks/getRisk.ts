import { changedFields, type RiskFields } from '../../domain/risks/index.js';
import { listRiskReviews, listRiskVersions, listStoredMeetings } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findRisk, riskSummary, SCORE_SOURCE, scoreView, type RiskSummary, type ScoreView } from './riskViews.js';

export interface RiskReviewView {
  readonly meetingId: number;
  readonly meetingTitle: string;
  readonly board: string;
  readonly heldOn: string;
  readonly residual: ScoreView;
  readonly note: string;
  readonly recordedBy: string;
}

export interface RiskHistoryEntry {
  readonly version: number;
  readonly change: 'created' | 'edited' | 'reviewed';
  readonly changedAt: string;
  readonly changedBy: string;
  /** The fields this version changed from the one before (none for the first). */
  readonly changedFields: readonly string[];
  readonly residual: ScoreView;
  readonly fields: RiskFields;
}

export interface RiskPage {
  readonly risk: RiskSummary;
  readonly reviews: readonly RiskReviewView[];
  readonly history: readonly RiskHistoryEntry[];
  readonly source: string;
}

/** One risk with its board reviews, oldest first, and every version it has had, newest first. */
export async function getRisk(ctx: ServiceContext, input: { ref: string }): Promise<RiskPage> {
  authorise(ctx, 'board.read');
  const db = ctx.store.db;
  const risk = await findRisk(db, input.ref);
  const stored = await listRiskReviews(db, { riskId: risk.id });
  const meetings = await listStoredMeetings(db);
  const reviews = stored.map((review) => ({
    meetingId: review.meetingId,
    meetingTitle: meetings.find((m) => m.id === review.meetingId)?.title ?? `Meeting ${review.meetingId}`,
    board: review.board,
    heldOn: review.heldOn,
    residual: scoreView(review.residual as RiskFields['residual']),
    note: review.note,
    recordedBy: review.recordedBy,
  }));
  const versions = await listRiskVersions(db, risk.id);
  const history = versions.map((version, index) => ({
    version: version.version,
    change: version.change,
    changedAt: version.changedAt,
    changedBy: version.changedBy,
    changedFields: index === 0 ? [] : changedFields(versions[index - 1]?.fields ?? version.fields, version.fields),
    residual: scoreView(version.fields.residual),
    fields: version.fields,
  }));
  return {
    risk: riskSummary(risk, reviews.at(-1)?.heldOn ?? null),
    reviews,
    history: history.reverse(),
    source: SCORE_SOURCE,
  };
}
