import { PAPER_KIND_LABELS, PAPER_KINDS, type BoardVisibility, type PaperKind } from '../../domain/board/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { listStoredPaperFiles, listStoredPapers, type Executor } from '../../store/index.js';

/** One of a meeting's papers with the files attached to it, empty text where none is written yet. */
export interface MeetingPaperView {
  readonly kind: PaperKind;
  readonly label: string;
  readonly text: string;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
  readonly files: readonly {
    readonly id: number;
    readonly fileName: string;
    readonly mediaType: string;
    readonly sizeBytes: number;
    readonly sha256: string;
    readonly addedAt: string;
    /** Where to read it: the API serves it, to the public where the board is public. */
    readonly path: string;
  }[];
}

export function paperFilePath(meetingId: number, fileId: number): string {
  return `/api/board/meetings/${meetingId}/papers/files/${fileId}`;
}

export function checkedPaperKind(value: string, field = 'kind'): PaperKind {
  if (!(PAPER_KINDS as readonly string[]).includes(value)) {
    throw new BluelampProblem(
      'invalid-input',
      `${field} must be one of ${PAPER_KINDS.join(', ')}, not "${value}".`,
      field,
    );
  }
  return value as PaperKind;
}

/** The agenda, minutes and decisions of a meeting, always all three and in that order. */
export async function meetingPapers(db: Executor, meetingId: number): Promise<MeetingPaperView[]> {
  const papers = await listStoredPapers(db, meetingId);
  const files = await listStoredPaperFiles(db, meetingId);
  return PAPER_KINDS.map((kind) => {
    const paper = papers.find((p) => p.kind === kind);
    return {
      kind,
      label: PAPER_KIND_LABELS[kind],
      text: paper?.text ?? '',
      updatedAt: paper?.updatedAt ?? null,
      updatedBy: paper?.updatedBy ?? null,
      files: files
        .filter((f) => f.kind === kind)
        .map((f) => ({
          id: f.id,
          fileName: f.fileName,
          mediaType: f.mediaType,
          sizeBytes: f.sizeBytes,
          sha256: f.sha256,
          addedAt: f.addedAt,
          path: paperFilePath(meetingId, f.id),
        })),
    };
  });
}

/** The permission reading a board's papers takes: the public's for a public board, a signed-in reader's otherwise. */
export function papersPermission(visibility: BoardVisibility): 'reports.read' | 'board.read' {
  return visibility === 'public' ? 'reports.read' : 'board.read';
}
