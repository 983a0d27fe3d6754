import { findStatus, statusScaleOf, type StatusDefinition, type UpdateState } from '../../domain/plans/index.js';
import type { EvidenceRow, MilestoneUpdateRow, PlanRecord } from '../../store/index.js';
import { statusView, type StatusView } from './planViews.js';

export interface EvidenceView {
  readonly id: number;
  readonly kind: 'link' | 'file';
  readonly title: string;
  readonly url: string | null;
  readonly fileName: string | null;
  readonly mediaType: string | null;
  readonly sizeBytes: number | null;
  readonly sha256: string | null;
  readonly addedAt: string;
  readonly addedBy: string;
}

export interface UpdateView {
  readonly id: number;
  readonly quarter: string;
  readonly state: UpdateState;
  readonly status: StatusView;
  readonly narrative: string;
  readonly figures: readonly string[];
  readonly revisedDue: string | null;
  readonly revisionReason: string | null;
  readonly reviewComment: string | null;
  readonly version: number;
  readonly updatedAt: string;
  /** Who wrote, submitted and reviewed it: shown to signed-in people only. */
  readonly people: {
    readonly updatedBy: string;
    readonly submittedBy: string | null;
    readonly reviewedBy: string | null;
  } | null;
  readonly publishedAt: string | null;
  readonly evidence: readonly EvidenceView[];
}

export function evidenceView(row: EvidenceRow): EvidenceView {
  return {
    id: row.id,
    kind: row.kind === 'file' ? 'file' : 'link',
    title: row.title,
    url: row.url,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    addedAt: row.added_at,
    addedBy: row.added_by,
  };
}

function statusOf(plan: PlanRecord, code: string): StatusDefinition {
  return (
    findStatus(statusScaleOf(plan), code) ?? { code, label: code, symbol: '?', meaning: '', category: 'not-started' }
  );
}

export function updateView(
  row: MilestoneUpdateRow,
  plan: PlanRecord,
  evidence: readonly EvidenceRow[],
  showPeople: boolean,
): UpdateView {
  return {
    id: row.id,
    quarter: row.quarter,
    state: row.state as UpdateState,
    status: statusView(statusOf(plan, row.status_code)),
    narrative: row.narrative,
    figures: JSON.parse(row.figures_json) as string[],
    revisedDue: row.revised_due,
    revisionReason: row.revision_reason,
    reviewComment: showPeople ? row.review_comment : null,
    version: row.version,
    updatedAt: row.updated_at,
    people: showPeople
      ? { updatedBy: row.updated_by, submittedBy: row.submitted_by, reviewedBy: row.reviewed_by }
      : null,
    publishedAt: row.published_at,
    evidence: showPeople ? evidence.filter((e) => e.update_id === row.id).map(evidenceView) : [],
  };
}
