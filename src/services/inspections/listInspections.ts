import {
  FINDING_KINDS,
  FINDING_STATES,
  GRADE_LABELS,
  type FindingKind,
  type FindingState,
  type Grade,
} from '../../domain/inspections/index.js';
import {
  listJudgments,
  listStoredFindings,
  listStoredInspections,
  type StoredFinding,
  type StoredInspection,
  type StoredJudgment,
} from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findInspection } from './findingAccess.js';

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

function countByKind(findings: readonly StoredFinding[]): Record<FindingKind, number> {
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;
  for (const finding of findings) counts[finding.kind] += 1;
  return counts;
}

function countByState(findings: readonly StoredFinding[]): InspectionView['byState'] {
  const zero = () => Object.fromEntries(FINDING_STATES.map((state) => [state, 0])) as Record<FindingState, number>;
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, zero()])) as Record<
    FindingKind,
    Record<FindingState, number>
  >;
  for (const finding of findings) counts[finding.kind][finding.state] += 1;
  return counts;
}

function view(judgment: StoredJudgment): JudgmentView {
  const label = (grade: Grade | null) => (grade === null ? null : GRADE_LABELS[grade]);
  return {
    key: judgment.key,
    name: judgment.name,
    question: judgment.question,
    aliases: judgment.aliases,
    themes: judgment.themes,
    grade: judgment.grade,
    previousGrade: judgment.previousGrade,
    carriedForward: judgment.carriedForward,
    gradeLabel: GRADE_LABELS[judgment.grade],
    previousGradeLabel: label(judgment.previousGrade),
  };
}

/** Every inspection loaded, latest first, with how many findings of each kind it raised. */
export async function listInspections(ctx: ServiceContext): Promise<{ inspections: InspectionSummary[] }> {
  authorise(ctx, 'inspections.read');
  const findings = await listStoredFindings(ctx.store.db);
  const inspections = await listStoredInspections(ctx.store.db);
  return {
    inspections: inspections.map((i) => ({
      ...i,
      findings: countByKind(findings.filter((f) => f.inspectionKey === i.key)),
    })),
  };
}

/** An inspection by key or id: its judgment table, and its findings counted by kind and by state. */
export async function getInspection(ctx: ServiceContext, input: { inspection: string }): Promise<InspectionView> {
  authorise(ctx, 'inspections.read');
  const inspection = await findInspection(ctx.store.db, input.inspection);
  const judgments = await listJudgments(ctx.store.db, inspection.id);
  const findings = await listStoredFindings(ctx.store.db, inspection.id);
  const pillars = judgments
    .filter((j) => j.level === 'pillar')
    .map((pillar) => ({
      ...view(pillar),
      components: judgments.filter((j) => j.level === 'component' && j.parentKey === pillar.key).map(view),
    }));
  return { ...inspection, findings: countByKind(findings), byState: countByState(findings), pillars };
}
