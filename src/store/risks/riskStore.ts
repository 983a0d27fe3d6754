import type { Selectable } from 'kysely';
import type { Risk, RiskFields } from '../../domain/risks/index.js';
import type { Executor } from '../schema.js';
import type { RiskTable } from './tables.js';

export interface StoredRisk extends Risk {
  readonly id: number;
}

export interface StoredRiskReview {
  readonly id: number;
  readonly riskId: number;
  readonly meetingId: number;
  readonly board: string;
  readonly heldOn: string;
  readonly residual: { readonly likelihood: number; readonly impact: number };
  readonly note: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export interface StoredRiskVersion {
  readonly version: number;
  readonly change: 'created' | 'edited' | 'reviewed';
  readonly fields: RiskFields;
  readonly changedAt: string;
  readonly changedBy: string;
}

function columnsOf(fields: RiskFields) {
  return {
    title: fields.title,
    owner: fields.owner,
    cause: fields.cause,
    consequence: fields.consequence,
    inherent_likelihood: fields.inherent.likelihood,
    inherent_impact: fields.inherent.impact,
    residual_likelihood: fields.residual.likelihood,
    residual_impact: fields.residual.impact,
    treatment: fields.treatment,
    controls: JSON.stringify(fields.controls),
    actions: JSON.stringify(fields.actions),
    boards: JSON.stringify(fields.boards),
    milestone_links: JSON.stringify(fields.milestones),
    finding_links: JSON.stringify(fields.findings),
    score_note: fields.scoreNote,
  };
}

// The columns were written from checked fields, so reading them back trusts their shape.
function riskOf(row: Selectable<RiskTable>): StoredRisk {
  return {
    id: row.id,
    ref: row.ref,
    title: row.title,
    owner: row.owner,
    cause: row.cause,
    consequence: row.consequence,
    inherent: { likelihood: row.inherent_likelihood, impact: row.inherent_impact } as RiskFields['inherent'],
    residual: { likelihood: row.residual_likelihood, impact: row.residual_impact } as RiskFields['residual'],
    treatment: row.treatment as RiskFields['treatment'],
    controls: JSON.parse(row.controls) as string[],
    actions: JSON.parse(row.actions) as RiskFields['actions'],
    boards: JSON.parse(row.boards) as string[],
    milestones: JSON.parse(row.milestone_links) as RiskFields['milestones'],
    findings: JSON.parse(row.finding_links) as RiskFields['findings'],
    scoreNote: row.score_note,
    version: row.version,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export async function listStoredRisks(db: Executor): Promise<StoredRisk[]> {
  const rows = await db.selectFrom('risks').selectAll().orderBy('id').execute();
  return rows.map(riskOf);
}

export async function findStoredRisk(db: Executor, ref: string): Promise<StoredRisk | undefined> {
  const row = await db.selectFrom('risks').selectAll().where('ref', '=', ref).executeTakeFirst();
  return row === undefined ? undefined : riskOf(row);
}

async function insertVersion(
  db: Executor,
  riskId: number,
  version: number,
  change: StoredRiskVersion['change'],
  fields: RiskFields,
  at: string,
  by: string,
): Promise<void> {
  await db
    .insertInto('risk_versions')
    .values({ risk_id: riskId, version, change, fields: JSON.stringify(fields), changed_at: at, changed_by: by })
    .execute();
}

export async function insertRisk(
  db: Executor,
  ref: string,
  fields: RiskFields,
  at: string,
  by: string,
): Promise<number> {
  const row = await db
    .insertInto('risks')
    .values({ ref, ...columnsOf(fields), version: 1, updated_at: at, updated_by: by })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertVersion(db, row.id, 1, 'created', fields, at, by);
  return row.id;
}

/**
 * Writes a new version only if the risk is still at the version the writer read; false when
 * someone else changed it first (the caller's conflict).
 */
export async function updateRisk(
  db: Executor,
  risk: { readonly id: number; readonly version: number },
  change: 'edited' | 'reviewed',
  fields: RiskFields,
  at: string,
  by: string,
): Promise<boolean> {
  const updated = await db
    .updateTable('risks')
    .set({ ...columnsOf(fields), version: risk.version + 1, updated_at: at, updated_by: by })
    .where('id', '=', risk.id)
    .where('version', '=', risk.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) return false;
  await insertVersion(db, risk.id, risk.version + 1, change, fields, at, by);
  return true;
}

export async function listRiskVersions(db: Executor, riskId: number): Promise<StoredRiskVersion[]> {
  const rows = await db
    .selectFrom('risk_versions')
    .selectAll()
    .where('risk_id', '=', riskId)
    .orderBy('version')
    .execute();
  return rows.map((row) => ({
    version: row.version,
    change: row.change as StoredRiskVersion['change'],
    fields: JSON.parse(row.fields) as RiskFields,
    changedAt: row.changed_at,
    changedBy: row.changed_by,
  }));
}

export async function insertRiskReview(db: Executor, review: Omit<StoredRiskReview, 'id'>): Promise<void> {
  await db
    .insertInto('risk_reviews')
    .values({
      risk_id: review.riskId,
      meeting_id: review.meetingId,
      board: review.board,
      held_on: review.heldOn,
      residual_likelihood: review.residual.likelihood,
      residual_impact: review.residual.impact,
      note: review.note,
      recorded_at: review.recordedAt,
      recorded_by: review.recordedBy,
    })
    .execute();
}

/** Reviews of the given risks, or of every risk, oldest meeting first. */
export async function listRiskReviews(
  db: Executor,
  filter: { readonly riskId?: number; readonly meetingId?: number } = {},
): Promise<StoredRiskReview[]> {
  let query = db.selectFrom('risk_reviews').selectAll();
  if (filter.riskId !== undefined) query = query.where('risk_id', '=', filter.riskId);
  if (filter.meetingId !== undefined) query = query.where('meeting_id', '=', filter.meetingId);
  const rows = await query.orderBy('held_on').orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    riskId: row.risk_id,
    meetingId: row.meeting_id,
    board: row.board,
    heldOn: row.held_on,
    residual: { likelihood: row.residual_likelihood, impact: row.residual_impact },
    note: row.note,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
  }));
}

/** Empties the register (the demo's reset), children first. */
export async function deleteAllRisks(db: Executor): Promise<void> {
  await db.deleteFrom('risk_reviews').execute();
  await db.deleteFrom('risk_versions').execute();
  await db.deleteFrom('risks').execute();
}

/** The meetings of one board, oldest first: the demo reviews risks at the Audit Panel's. */
export async function listMeetingsOfBoard(
  db: Executor,
  board: string,
): Promise<{ readonly id: number; readonly heldOn: string }[]> {
  const rows = await db
    .selectFrom('board_meetings')
    .select(['id', 'held_on'])
    .where('board', '=', board)
    .orderBy('held_on')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: row.id, heldOn: row.held_on }));
}
