import type { Selectable } from 'kysely';
import type { UpdateState } from '../../domain/plans/index.js';
import type { Executor } from '../schema.js';
import type { QuarterNarrativeTable } from './tables.js';

export type QuarterNarrativeRow = Selectable<QuarterNarrativeTable>;

/** Every narrative on a plan's parts, in every version of the plan, by quarter then part. */
export async function listNarrativesOfPlan(db: Executor, planKey: string): Promise<QuarterNarrativeRow[]> {
  return db
    .selectFrom('quarter_narratives')
    .selectAll()
    .where('plan_key', '=', planKey)
    .orderBy('quarter')
    .orderBy('node_ref')
    .execute();
}

export async function findNarrative(
  db: Executor,
  planKey: string,
  nodeRef: string,
  quarter: string,
): Promise<QuarterNarrativeRow | undefined> {
  return db
    .selectFrom('quarter_narratives')
    .selectAll()
    .where('plan_key', '=', planKey)
    .where('node_ref', '=', nodeRef)
    .where('quarter', '=', quarter)
    .executeTakeFirst();
}

export async function findNarrativeById(db: Executor, id: number): Promise<QuarterNarrativeRow | undefined> {
  return db.selectFrom('quarter_narratives').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertNarrative(
  db: Executor,
  values: { planKey: string; nodeRef: string; quarter: string; narrative: string; at: string; by: string },
): Promise<QuarterNarrativeRow> {
  return db
    .insertInto('quarter_narratives')
    .values({
      plan_key: values.planKey,
      node_ref: values.nodeRef,
      quarter: values.quarter,
      state: 'draft',
      narrative: values.narrative,
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

export interface NarrativeChanges {
  readonly state?: UpdateState;
  readonly narrative?: string;
  readonly reviewComment?: string | null;
  readonly submittedBy?: string;
  readonly reviewedBy?: string;
  readonly publishedAt?: string;
}

/** Writes a change only at the version the writer read; undefined when someone else got there first. */
export async function updateNarrativeIfVersion(
  db: Executor,
  id: number,
  expectedVersion: number,
  changes: NarrativeChanges & { at: string; by: string },
): Promise<QuarterNarrativeRow | undefined> {
  return db
    .updateTable('quarter_narratives')
    .set((eb) => ({
      version: eb('version', '+', 1),
      updated_at: changes.at,
      // The author is whoever last wrote the words: a reviewer or a publisher does not become it.
      ...(changes.narrative === undefined ? {} : { narrative: changes.narrative, updated_by: changes.by }),
      ...(changes.state === undefined ? {} : { state: changes.state }),
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
