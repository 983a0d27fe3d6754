import { BluelampProblem } from '../../domain/errors.js';
import type {
  FindingDocument,
  InspectionDocument,
  PillarJudgment,
  RecommendationDocument,
} from '../../domain/inspections/index.js';
import {
  listComparators,
  listJudgments,
  listStoredFindings,
  listStoredInspections,
  type Executor,
  type StoredFinding,
  type StoredJudgment,
} from '../../store/index.js';
import { findInspectionProgramme } from '../../store/inspections/inspectionDocumentRows.js';

function pillarsOf(judgments: readonly StoredJudgment[]): PillarJudgment[] {
  return judgments
    .filter((judgment) => judgment.level === 'pillar')
    .map((pillar) => ({
      key: pillar.key,
      name: pillar.name,
      question: pillar.question ?? '',
      grade: pillar.grade,
      previousGrade: pillar.previousGrade,
      components: judgments
        .filter((judgment) => judgment.level === 'component' && judgment.parentKey === pillar.key)
        .map(({ key, name, aliases, grade, previousGrade, carriedForward, themes }) => ({
          key,
          name,
          aliases,
          grade,
          previousGrade,
          carriedForward,
          themes,
        })),
    }));
}

/** A stored finding as the document holds it: optional parts left out when empty, as a report leaves them out. */
function findingOf(finding: StoredFinding, recommendations: readonly RecommendationDocument[]): FindingDocument {
  const document: FindingDocument = {
    ref: finding.ref,
    kind: finding.kind as FindingDocument['kind'],
    component: finding.component,
    text: finding.text,
    ...(finding.parts.length > 0 ? { parts: finding.parts } : {}),
    ...(recommendations.length > 0 ? { recommendations } : {}),
    ...(finding.owner === null ? {} : { owner: finding.owner }),
    ...(finding.raisedIn === null ? {} : { raisedIn: finding.raisedIn }),
    ...(finding.priorStatus === null ? {} : { priorStatus: finding.priorStatus }),
  };
  return document;
}

async function findingsOf(db: Executor, inspectionId: number): Promise<FindingDocument[]> {
  const stored = await listStoredFindings(db, inspectionId);
  // A recommendation is stored as a finding of its own, naming its cause of concern as parent.
  const recommendationsOf = (ref: string): RecommendationDocument[] =>
    stored
      .filter((finding) => finding.kind === 'recommendation' && finding.parentRef === ref)
      .map((finding) => ({ ref: finding.ref, text: finding.text, due: finding.dueRule ?? { kind: 'none' } }));
  return stored
    .filter((finding) => finding.kind !== 'recommendation')
    .map((finding) => findingOf(finding, recommendationsOf(finding.ref)));
}

/**
 * A stored inspection rebuilt as the document it was loaded from, for export. Findings' states
 * and the force's response are not part of a report, so they are left out.
 */
export async function inspectionDocumentOf(db: Executor, key: string): Promise<InspectionDocument> {
  const inspection = (await listStoredInspections(db)).find((stored) => stored.key === key);
  if (inspection === undefined) throw new BluelampProblem('not-found', `No inspection "${key}" is loaded.`, 'key');
  const programme = await findInspectionProgramme(db, inspection.programmeKey);
  if (programme === null) throw new Error(`The programme ${inspection.programmeKey} of ${key} is not stored.`);
  const comparators = await listComparators(db, inspection.id);
  return {
    key: inspection.key,
    programme,
    force: inspection.force,
    title: inspection.title,
    publishedOn: inspection.publishedOn,
    source: inspection.source,
    pillars: pillarsOf(await listJudgments(db, inspection.id)),
    findings: await findingsOf(db, inspection.id),
    ...(comparators.length > 0 ? { mostSimilarGroup: comparators } : {}),
  };
}
