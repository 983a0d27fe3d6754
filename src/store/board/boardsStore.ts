import type { BoardOwner, BoardRecord, BoardReport, BoardVisibility, PaperKind } from '../../domain/board/index.js';
import type { Executor } from '../schema.js';

/** Boards as data (migration 0026) and each meeting's papers, as stored. */

interface BoardRow {
  key: string;
  name: string;
  owner: string;
  visibility: string;
  reports: string;
  reviews_risks: number;
}

function boardOf(row: BoardRow): BoardRecord {
  return {
    key: row.key,
    name: row.name,
    owner: row.owner as BoardOwner,
    visibility: row.visibility as BoardVisibility,
    reports: JSON.parse(row.reports) as BoardReport[],
    reviewsRisks: row.reviews_risks === 1,
  };
}

const BOARD_COLUMNS = ['key', 'name', 'owner', 'visibility', 'reports', 'reviews_risks'] as const;

/** Every board, by name. */
export async function listStoredBoards(db: Executor): Promise<BoardRecord[]> {
  const rows = await db.selectFrom('boards').select(BOARD_COLUMNS).orderBy('name').execute();
  return rows.map(boardOf);
}

export async function findStoredBoard(db: Executor, key: string): Promise<BoardRecord | undefined> {
  const row = await db.selectFrom('boards').select(BOARD_COLUMNS).where('key', '=', key).executeTakeFirst();
  return row === undefined ? undefined : boardOf(row);
}

export async function findStoredBoardByName(db: Executor, name: string): Promise<BoardRecord | undefined> {
  const row = await db.selectFrom('boards').select(BOARD_COLUMNS).where('name', '=', name).executeTakeFirst();
  return row === undefined ? undefined : boardOf(row);
}

/** Adds the board or replaces what is held for its key. */
export async function saveStoredBoard(
  db: Executor,
  board: BoardRecord,
  stamp: { readonly at: string; readonly by: string },
): Promise<void> {
  const values = {
    name: board.name,
    owner: board.owner,
    visibility: board.visibility,
    reports: JSON.stringify(board.reports),
    reviews_risks: board.reviewsRisks ? 1 : 0,
    updated_at: stamp.at,
    updated_by: stamp.by,
  };
  await db
    .insertInto('boards')
    .values({ key: board.key, ...values })
    .onConflict((oc) => oc.column('key').doUpdateSet(values))
    .execute();
}

export interface StoredPaper {
  readonly kind: PaperKind;
  readonly text: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export interface StoredPaperFile {
  readonly id: number;
  readonly kind: PaperKind;
  readonly fileName: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly addedAt: string;
}

export async function listStoredPapers(db: Executor, meetingId: number): Promise<StoredPaper[]> {
  const rows = await db
    .selectFrom('board_meeting_papers')
    .select(['kind', 'text', 'updated_at', 'updated_by'])
    .where('meeting_id', '=', meetingId)
    .execute();
  return rows.map((r) => ({
    kind: r.kind as PaperKind,
    text: r.text,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  }));
}

export async function saveStoredPaper(
  db: Executor,
  meetingId: number,
  paper: { readonly kind: PaperKind; readonly text: string; readonly at: string; readonly by: string },
): Promise<void> {
  const values = { text: paper.text, updated_at: paper.at, updated_by: paper.by };
  await db
    .insertInto('board_meeting_papers')
    .values({ meeting_id: meetingId, kind: paper.kind, ...values })
    .onConflict((oc) => oc.columns(['meeting_id', 'kind']).doUpdateSet(values))
    .execute();
}

export async function listStoredPaperFiles(db: Executor, meetingId: number): Promise<StoredPaperFile[]> {
  const rows = await db
    .selectFrom('board_meeting_paper_files')
    .select(['id', 'kind', 'file_name', 'media_type', 'size_bytes', 'sha256', 'added_at'])
    .where('meeting_id', '=', meetingId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as PaperKind,
    fileName: r.file_name,
    mediaType: r.media_type,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    addedAt: r.added_at,
  }));
}

export interface NewPaperFile {
  readonly meetingId: number;
  readonly kind: PaperKind;
  readonly fileName: string;
  readonly mediaType: string;
  readonly sha256: string;
  readonly content: Uint8Array;
  readonly addedAt: string;
  readonly addedBy: string;
}

export async function insertStoredPaperFile(db: Executor, file: NewPaperFile): Promise<number> {
  const { id } = await db
    .insertInto('board_meeting_paper_files')
    .values({
      meeting_id: file.meetingId,
      kind: file.kind,
      file_name: file.fileName,
      media_type: file.mediaType,
      size_bytes: file.content.length,
      sha256: file.sha256,
      content: file.content,
      added_at: file.addedAt,
      added_by: file.addedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function findStoredPaperFile(
  db: Executor,
  meetingId: number,
  fileId: number,
): Promise<{ fileName: string; mediaType: string; sha256: string; content: Uint8Array } | undefined> {
  const row = await db
    .selectFrom('board_meeting_paper_files')
    .select(['file_name', 'media_type', 'sha256', 'content'])
    .where('meeting_id', '=', meetingId)
    .where('id', '=', fileId)
    .executeTakeFirst();
  return row === undefined
    ? undefined
    : { fileName: row.file_name, mediaType: row.media_type, sha256: row.sha256, content: row.content };
}

/** The meetings of public boards, newest first: what the public site lists papers for. */
export async function listPublicBoardMeetingIds(db: Executor): Promise<number[]> {
  const rows = await db
    .selectFrom('board_meetings')
    .innerJoin('boards', 'boards.key', 'board_meetings.board')
    .select('board_meetings.id as id')
    .where('boards.visibility', '=', 'public')
    .orderBy('board_meetings.held_on', 'desc')
    .orderBy('board_meetings.id', 'desc')
    .execute();
  return rows.map((r) => r.id);
}

export async function deleteAllMeetingPapers(db: Executor): Promise<void> {
  await db.deleteFrom('board_meeting_paper_files').execute();
  await db.deleteFrom('board_meeting_papers').execute();
}
