import {
  FINDING_KINDS,
  FINDING_STATES,
  GRADE_LABELS,
  type FindingKind,
  type FindingState,
  type Grade,
} from '../../domain/inspections/index.js';
import { listJudgments, listStoredFindings, type StoredFinding, type StoredJudgment } from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findInspection } from './findingAccess.js';
import { countByKind, type InspectionView, type JudgmentView } from './inspectionViews.js';

/** How many findings of each kind stand in each state. */
function countByState(findings: readonly StoredFinding[]): InspectionView['byState'] {
  const zero = () => Object.fromEntries(FINDING_STATES.map((state) => [state, 0])) as Record<FindingState, number>;
  const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, zero()])) as Record<
    FindingKind,
    Record<FindingState, number>
  >;
  for (const finding of findings) counts[finding.kind][finding.state] += 1;
  return counts;
}

/** A judgment with its grades in words. */
function judgmentView(judgment: StoredJudgment): JudgmentView {
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

/** An inspection by key or id: its judgment table, and its findings counted by kind and by state. */
export async function getInspection(ctx: ServiceContext, input: { inspection: string }): Promise<InspectionView> {
  authorise(ctx, 'inspections.read');
  const inspection = await findInspection(ctx.store.db, input.inspection);
  const judgments = await listJudgments(ctx.store.db, inspection.id);
  const findings = await listStoredFindings(ctx.store.db, inspection.id);
  const pillars = judgments
    .filter((j) => j.level === 'pillar')
    .map((pillar) => ({
      ...judgmentView(pillar),
      components: judgments.filter((j) => j.level === 'component' && j.parentKey === pillar.key).map(judgmentView),
    }));
  return { ...inspection, findings: countByKind(findings), byState: countByState(findings), pillars };
}
