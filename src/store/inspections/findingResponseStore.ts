import type {
  ComparatorForce,
  EvidenceItem,
  FindingState,
  Grade,
  NewEvidenceItem,
} from '../../domain/inspections/index.js';
import type { Executor } from '../schema.js';

/**
 * The force's response to findings: state changes with their evidence, and links to the
 * milestones that act on them. A state change is written only if the finding is still in the
 * state the caller read, so two people deciding at once cannot both win.
 */

export interface StoredFindingEvent {
  readonly id: number;
  readonly findingId: number;
  readonly happenedAt: string;
  readonly actor: string;
  readonly from: FindingState;
  readonly to: FindingState;
  readonly note: string | null;
  readonly evidence: readonly EvidenceItem[];
}

export interface StoredFindingLink {
  readonly findingId: number;
  readonly relation: 'action' | 'addresses';
  readonly planKey: string;
  readonly milestoneRef: string;
  readonly linkedAt: string;
  readonly linkedBy: string;
}

export interface FindingMove {
  readonly findingId: number;
  readonly from: FindingState;
  readonly to: FindingState;
  readonly happenedAt: string;
  readonly actor: string;
  readonly note: string | null;
  readonly evidence: readonly NewEvidenceItem[];
  /** The number of moves the caller saw; when given, the move is written only if no other came since. */
  readonly seenVersion?: number | undefined;
}

/**
 * Records a move and its evidence; false when the finding has moved since it was read. Call it
 * inside a transaction and roll back on false: a stale version is found after the state is set.
 */
export async function recordFindingMove(db: Executor, move: FindingMove): Promise<boolean> {
  const changed = await db
    .updateTable('inspection_findings')
    .set({ state: move.to })
    .where('id', '=', move.findingId)
    .where('state', '=', move.from)
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) !== 1) return false;
  // Counted after the update, which holds the finding's row: no other move can land in between.
  if (move.seenVersion !== undefined && (await countFindingMoves(db, move.findingId)) !== move.seenVersion) {
    return false;
  }
  const { id } = await db
    .insertInto('finding_events')
    .values({
      finding_id: move.findingId,
      happened_at: move.happenedAt,
      actor: move.actor,
      from_state: move.from,
      to_state: move.to,
      note: move.note,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (move.evidence.length > 0) {
    await db
      .insertInto('finding_evidence')
      .values(move.evidence.map((item) => evidenceRow(move.findingId, id, item)))
      .execute();
  }
  return true;
}

function evidenceRow(findingId: number, eventId: number, { title, url, file }: NewEvidenceItem) {
  return {
    finding_id: findingId,
    event_id: eventId,
    title,
    url,
    file_name: file?.fileName ?? null,
    media_type: file?.mediaType ?? null,
    size_bytes: file?.sizeBytes ?? null,
    sha256: file?.sha256 ?? null,
    content: file === null ? null : Buffer.from(file.content),
  };
}

// Everything but the bytes: pages list evidence; only a download reads a file.
const EVIDENCE_COLUMNS = ['id', 'event_id', 'title', 'url', 'file_name', 'media_type', 'size_bytes'] as const;

/** Every move of these findings, oldest first, each with the evidence given with it. */
export async function listFindingEvents(db: Executor, findingIds: readonly number[]): Promise<StoredFindingEvent[]> {
  if (findingIds.length === 0) return [];
  const events = await db
    .selectFrom('finding_events')
    .selectAll()
    .where('finding_id', 'in', [...findingIds])
    .orderBy('happened_at')
    .orderBy('id')
    .execute();
  const evidence = await db
    .selectFrom('finding_evidence')
    .select(EVIDENCE_COLUMNS)
    .where('finding_id', 'in', [...findingIds])
    .orderBy('id')
    .execute();
  return events.map((event) => ({
    id: event.id,
    findingId: event.finding_id,
    happenedAt: event.happened_at,
    actor: event.actor,
    from: event.from_state as FindingState,
    to: event.to_state as FindingState,
    note: event.note,
    evidence: evidence
      .filter((item) => item.event_id === event.id)
      .map((item): EvidenceItem => ({
        id: item.id,
        kind: item.file_name === null ? 'link' : 'file',
        title: item.title,
        url: item.url,
        fileName: item.file_name,
        mediaType: item.media_type,
        sizeBytes: item.size_bytes,
      })),
  }));
}

/** An uploaded evidence file with the finding it was given for; undefined when there is none by that id. */
export async function findFindingEvidenceFile(db: Executor, id: number) {
  return db
    .selectFrom('finding_evidence')
    .select(['id', 'finding_id', 'file_name', 'media_type', 'sha256', 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
}

async function countFindingMoves(db: Executor, findingId: number): Promise<number> {
  const row = await db
    .selectFrom('finding_events')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('finding_id', '=', findingId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function countFindingEvidence(db: Executor, findingId: number): Promise<number> {
  const row = await db
    .selectFrom('finding_evidence')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('finding_id', '=', findingId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertFindingLink(db: Executor, link: StoredFindingLink): Promise<void> {
  await db
    .insertInto('finding_links')
    .values({
      finding_id: link.findingId,
      relation: link.relation,
      plan_key: link.planKey,
      milestone_ref: link.milestoneRef,
      linked_at: link.linkedAt,
      linked_by: link.linkedBy,
    })
    .execute();
}

/** Removes a link to an existing milestone; actions stay, as their plan's history does. */
export async function deleteAddressingLink(
  db: Executor,
  findingId: number,
  planKey: string,
  milestoneRef: string,
): Promise<boolean> {
  const deleted = await db
    .deleteFrom('finding_links')
    .where('finding_id', '=', findingId)
    .where('plan_key', '=', planKey)
    .where('milestone_ref', '=', milestoneRef)
    .where('relation', '=', 'addresses')
    .executeTakeFirst();
  return Number(deleted.numDeletedRows) === 1;
}

/** The links of these findings, in the order they were made. */
export async function listFindingLinks(db: Executor, findingIds: readonly number[]): Promise<StoredFindingLink[]> {
  if (findingIds.length === 0) return [];
  const rows = await db
    .selectFrom('finding_links')
    .selectAll()
    .where('finding_id', 'in', [...findingIds])
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    findingId: row.finding_id,
    relation: row.relation,
    planKey: row.plan_key,
    milestoneRef: row.milestone_ref,
    linkedAt: row.linked_at,
    linkedBy: row.linked_by,
  }));
}

/** The report's most similar group, in the report's order. */
export async function listComparators(db: Executor, inspectionId: number): Promise<ComparatorForce[]> {
  const rows = await db
    .selectFrom('inspection_comparators')
    .selectAll()
    .where('inspection_id', '=', inspectionId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    force: row.force_code,
    name: row.force_name,
    pillarGrades: JSON.parse(row.pillar_grades_json) as Partial<Record<string, Grade>>,
    carriedForward: row.carried_forward === 1,
  }));
}

/** What the public reads of the force's response to a finding: the summary and the day it was published. */
export interface FindingPublicSummary {
  readonly summary: string;
  readonly publishedOn: string;
}

export async function findFindingPublicSummary(db: Executor, findingId: number): Promise<FindingPublicSummary | null> {
  const row = await db
    .selectFrom('inspection_findings')
    .select(['public_summary', 'public_summary_on'])
    .where('id', '=', findingId)
    .executeTakeFirst();
  if (row?.public_summary == null || row.public_summary_on == null) return null;
  return { summary: row.public_summary, publishedOn: row.public_summary_on };
}

/** Replaces the published summary: the public sees the latest; the audit trail keeps each one. */
export async function setFindingPublicSummary(
  db: Executor,
  findingId: number,
  published: FindingPublicSummary,
): Promise<void> {
  await db
    .updateTable('inspection_findings')
    .set({ public_summary: published.summary, public_summary_on: published.publishedOn })
    .where('id', '=', findingId)
    .execute();
}
