import { FINDING_KINDS, type FindingKind, type FindingState } from '../../domain/inspections/index.js';
import type { StoredFinding, StoredInspection, StoredJudgment } from '../../store/index.js';

export interface JudgmentView extends Omit<StoredJudgment, 'parentKey' | 'level'> {
  readonly gradeLabel: string;
  readonly previousGradeLabel: string | null;
}

export interface PillarView extends JudgmentView {
  readonly components: readonly JudgmentView[];
}

export interface InspectionSummary extends StoredInspection {
  readonly findings: Readonly<Record<FindingKind, number>>;
}

export interface InspectionView extends InspectionSummary {
  readonly pillars: readonly PillarView[];
  /** How many findings of each kind stand in each state. */
  readonly byState: Readonly<Record<FindingKind, Readonly<Record<FindingState, number>>>>;
}

/** Every kind counted, with 0 where none was raised, so each table has the same columns. */
export function countByKind(findings: readonly StoredFinding[]): Record<FindingKind, number> {
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;
  for (const finding of findings) counts[finding.kind] += 1;
  return counts;
}

/** A file to download. */
export interface InspectionFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: Buffer;
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV = 'text/csv; charset=utf-8';
