import { GRADE_LABELS, type Grade } from '../../domain/inspections/index.js';
import {
  listComparators,
  listJudgments,
  listOrgUnits,
  listPoliceForces,
  listStoredInspections,
  type StoredInspection,
  type StoredJudgment,
} from '../../store/index.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { findInspection } from './findingAccess.js';

/** Where a force's grades in the comparison come from. */
export type GradeSource = 'this-report' | 'own-report' | 'report-figure' | 'none';

export interface ComparedForce {
  readonly force: string;
  readonly name: string;
  readonly subject: boolean;
  readonly carriedForward: boolean;
  readonly source: GradeSource;
  /** The key of the force's own inspection in the same programme, when it is loaded. */
  readonly inspectionKey: string | null;
}

export interface ComparedGrade {
  readonly force: string;
  readonly grade: Grade | null;
  readonly gradeLabel: string | null;
}

export interface ComparedJudgment {
  readonly key: string;
  readonly name: string;
  readonly level: 'pillar' | 'component';
  readonly grades: readonly ComparedGrade[];
}

export interface GradeComparison {
  readonly inspection: { readonly key: string; readonly title: string; readonly programmeYear: string };
  readonly forces: readonly ComparedForce[];
  readonly judgments: readonly ComparedJudgment[];
  /** How many of the group's forces have no grades at all here. */
  readonly forcesWithoutGrades: number;
}

function graded(force: string, grade: Grade | null | undefined): ComparedGrade {
  const known = grade ?? null;
  return { force, grade: known, gradeLabel: known === null ? null : GRADE_LABELS[known] };
}

/**
 * A force's grades beside its most similar group's. A group force's grades come from its own
 * report in the same programme when that is loaded (pillars and components), else from the
 * pillar grades this report's comparison figure gives, else they are not known and say so.
 */
export async function getGradeComparison(ctx: ServiceContext, input: { inspection: string }): Promise<GradeComparison> {
  authorise(ctx, 'inspections.read');
  const db = ctx.store.db;
  const subject = await findInspection(db, input.inspection);
  const comparators = await listComparators(db, subject.id);
  const programmeReports = (await listStoredInspections(db)).filter((i) => i.programmeKey === subject.programmeKey);
  const judgmentsOf = new Map<string, StoredJudgment[]>([[subject.force, await listJudgments(db, subject.id)]]);
  // The force's name as police.uk gives it where that is loaded; else the force running Bluelamp,
  // whose reports these are.
  const known =
    (await listPoliceForces(db)).find((force) => force.code === subject.force) ??
    (await listOrgUnits(db, ['force']))[0];
  const forces: ComparedForce[] = [
    {
      force: subject.force,
      name: known?.name ?? subject.force,
      subject: true,
      carriedForward: false,
      source: 'this-report',
      inspectionKey: subject.key,
    },
  ];
  for (const comparator of comparators) {
    const own: StoredInspection | undefined = programmeReports.find((i) => i.force === comparator.force);
    if (own !== undefined) judgmentsOf.set(comparator.force, await listJudgments(db, own.id));
    const fromFigure = Object.values(comparator.pillarGrades).some((grade) => grade !== undefined);
    const source: GradeSource = own !== undefined ? 'own-report' : fromFigure ? 'report-figure' : 'none';
    forces.push({ ...comparator, subject: false, source, inspectionKey: own?.key ?? null });
  }
  const judgments = (judgmentsOf.get(subject.force) ?? []).map((judgment): ComparedJudgment => ({
    key: judgment.key,
    name: judgment.name,
    level: judgment.level,
    grades: forces.map((force) => {
      const own = judgmentsOf.get(force.force)?.find((j) => j.key === judgment.key);
      if (own !== undefined) return graded(force.force, own.grade);
      const comparator = comparators.find((c) => c.force === force.force);
      return graded(force.force, judgment.level === 'pillar' ? comparator?.pillarGrades[judgment.key] : null);
    }),
  }));
  return {
    inspection: { key: subject.key, title: subject.title, programmeYear: subject.programmeYear },
    forces,
    judgments,
    forcesWithoutGrades: forces.filter((force) => force.source === 'none').length,
  };
}
