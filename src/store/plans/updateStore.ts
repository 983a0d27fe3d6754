import { PostgresAdapter, sql, type Selectable } from 'kysely';
import type { UpdateState } from '../../domain/plans/index.js';
import type { Executor } from '../schema.js';
import type { MilestoneUpdateTable, UpdateEvidenceTable } from './tables.js';

export type MilestoneUpdateRow = Selectable<MilestoneUpdateTable>;

/** An update's content as the owner writes it. */
export interface UpdateContent {
  readonly statusCode: string;
  readonly narrative: string;
  readonly figures: readonly string[];
  readonly revisedDue: string | null;
  readonly revisionReason: string | null;
}

export async function listUpdatesOfMilestones(
  db: Executor,
  milestoneIds: readonly number[],
): Promise<MilestoneUpdateRow[]> {
  if (milestoneIds.length === 0) return [];
  return db
    .selectFrom('milestone_updates')
    .selectAll()
    .where('milestone_id', 'in', [...milestoneIds])
    .orderBy('milestone_id')
    .orderBy('quarter')
    .execute();
}

/** An update with the ref of its milestone, which is the same in every version of the plan. */
export type PlanUpdateRow = MilestoneUpdateRow & { milestone_ref: string };

/**
 * Every update on the plan's milestones, in this version and the versions before it: a new
 * version of a plan keeps its milestones' history, matched by ref.
 */
export async function listUpdatesOfPlan(db: Executor, planKey: string): Promise<PlanUpdateRow[]> {
  return db
    .selectFrom('milestone_updates as u')
    .innerJoin('milestones as m', 'm.id', 'u.milestone_id')
    .innerJoin('plans as p', 'p.id', 'm.plan_id')
    .selectAll('u')
    .select('m.ref as milestone_ref')
    .where('p.key', '=', planKey)
    .orderBy('u.quarter')
    .orderBy('u.id')
    .execute();
}

export async function findUpdate(
  db: Executor,
  milestoneId: number,
  quarter: string,
): Promise<MilestoneUpdateRow | undefined> {
  return db
    .selectFrom('milestone_updates')
    .selectAll()
    .where('milestone_id', '=', milestoneId)
    .where('quarter', '=', quarter)
    .executeTakeFirst();
}

export async function findUpdateById(db: Executor, id: number): Promise<MilestoneUpdateRow | undefined> {
  return db.selectFrom('milestone_updates').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUpdate(
  db: Executor,
  values: { milestoneId: number; quarter: string; state: UpdateState; content: UpdateContent; at: string; by: string },
): Promise<MilestoneUpdateRow> {
  return db
    .insertInto('milestone_updates')
    .values({
      milestone_id: values.milestoneId,
      quarter: values.quarter,
      state: values.state,
      status_code: values.content.statusCode,
      narrative: values.content.narrative,
      figures_json: JSON.stringify(values.content.figures),
      revised_due: values.content.revisedDue,
      revision_reason: values.content.revisionReason,
      review_comment: null,
      version: 1,
      created_at: values.at,
      updated_at: values.at,
      updated_by: values.by,
      submitted_by: null,
      reviewed_by: null,
      published_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface UpdateChanges {
  readonly state?: UpdateState;
  readonly content?: UpdateContent;
  readonly reviewComment?: string | null;
  readonly submittedBy?: string;
  readonly reviewedBy?: string;
  readonly publishedAt?: string;
}

/**
 * Writes a change only if the update is still at the version the writer read; the answer is the
 * new row, or undefined when someone else got there first.
 */
export async function updateIfVersion(
  db: Executor,
  id: number,
  expectedVersion: number,
  changes: UpdateChanges & { at: string; by: string },
): Promise<MilestoneUpdateRow | undefined> {
  const content = changes.content;
  return db
    .updateTable('milestone_updates')
    .set((eb) => ({
      version: eb('version', '+', 1),
      updated_at: changes.at,
      // The author is whoever last wrote the content: a reviewer or a publisher does not become it.
      ...(changes.content === undefined ? {} : { updated_by: changes.by }),
      ...(changes.state === undefined ? {} : { state: changes.state }),
      ...(content === undefined
        ? {}
        : {
            status_code: content.statusCode,
            narrative: content.narrative,
            figures_json: JSON.stringify(content.figures),
            revised_due: content.revisedDue,
            revision_reason: content.revisionReason,
          }),
      ...(changes.reviewComment === undefined ? {} : { review_comment: changes.reviewComment }),
      ...(changes.submittedBy === undefined ? {} : { submitted_by: changes.submittedBy }),
      ...(changes.reviewedBy === undefined ? {} : { reviewed_by: changes.reviewedBy }),
      ...(changes.publishedAt === undefined ? {} : { published_at: changes.publishedAt }),
    }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

export type EvidenceRow = Omit<Selectable<UpdateEvidenceTable>, 'content'>;

const EVIDENCE_COLUMNS = [
  'id',
  'update_id',
  'kind',
  'title',
  'url',
  'file_name',
  'media_type',
  'size_bytes',
  'sha256',
  'added_at',
  'added_by',
] as const;

export async function listEvidence(db: Executor, updateIds: readonly number[]): Promise<EvidenceRow[]> {
  if (updateIds.length === 0) return [];
  return db
    .selectFrom('update_evidence')
    .select(EVIDENCE_COLUMNS)
    .where('update_id', 'in', [...updateIds])
    .orderBy('id')
    .execute();
}

export async function insertEvidence(
  db: Executor,
  values: Omit<Selectable<UpdateEvidenceTable>, 'id'>,
): Promise<EvidenceRow> {
  return db.insertInto('update_evidence').values(values).returning(EVIDENCE_COLUMNS).executeTakeFirstOrThrow();
}

/**
 * How many files an update carries and their total size, for its quota. On PostgreSQL a
 * transaction-scoped lock on the update makes uploads to it wait their turn, so two at once cannot
 * both fit under the quota the other fills; SQLite already lets one writer in at a time.
 */
export async function claimEvidenceTotals(db: Executor, updateId: number): Promise<{ files: number; bytes: number }> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(hashtext('bluelamp_update_evidence'), ${updateId}::integer)`.execute(db);
  }
  const row = await db
    .selectFrom('update_evidence')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('files'),
      eb.fn.sum<number | string | null>('size_bytes').as('bytes'),
    ])
    .where('update_id', '=', updateId)
    .where('kind', '=', 'file')
    .executeTakeFirstOrThrow();
  return { files: Number(row.files), bytes: Number(row.bytes ?? 0) };
}

export async function findEvidenceFile(
  db: Executor,
  id: number,
): Promise<(EvidenceRow & { content: Buffer | null }) | undefined> {
  return db
    .selectFrom('update_evidence')
    .select([...EVIDENCE_COLUMNS, 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
}
