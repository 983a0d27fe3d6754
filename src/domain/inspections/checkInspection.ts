import { addMonths, dateParts, daysInMonth, makeDate, parseIsoDate, type IsoDate } from '../calendar/index.js';
import { GRADES, type DueRule, type FindingDocument, type InspectionDocument } from './inspectionDocument.js';

export interface InspectionProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * The day a recommendation falls due: publication day for "immediate", the same day of the month
 * N months on for "within N months" (the month's last day when it is shorter), or the date given.
 * Null when the report sets no deadline.
 */
export function dueDateOf(rule: DueRule, publishedOn: IsoDate): IsoDate | null {
  switch (rule.kind) {
    case 'immediate':
      return publishedOn;
    case 'within-months': {
      const { year, month, day } = dateParts(publishedOn);
      const target = addMonths({ year, month }, rule.months);
      return makeDate(target.year, target.month, Math.min(day, daysInMonth(target.year, target.month)));
    }
    case 'by-date':
      return rule.date;
    case 'none':
      return null;
  }
}

function dueRuleProblem(rule: DueRule): string | null {
  if (rule.kind === 'within-months' && !(Number.isInteger(rule.months) && rule.months > 0 && rule.months <= 120)) {
    return `"within ${rule.months} months" is not a whole number of months from 1 to 120`;
  }
  if (rule.kind === 'by-date' && parseIsoDate(rule.date) === null) return `"${rule.date}" is not a date`;
  return null;
}

function checkFinding(
  finding: FindingDocument,
  index: number,
  components: ReadonlySet<string>,
  problems: InspectionProblem[],
) {
  const path = `findings[${index}]`;
  if (finding.component.trim() === '')
    problems.push({ path: `${path}.component`, message: 'every finding needs its component' });
  else if (!components.has(finding.component)) {
    problems.push({
      path: `${path}.component`,
      message: `"${finding.component}" is not a component of this inspection`,
    });
  }
  if (finding.text.trim() === '') problems.push({ path: `${path}.text`, message: 'is required' });
  const recommendations = finding.recommendations ?? [];
  if (finding.kind === 'cause-of-concern' && recommendations.length === 0) {
    problems.push({ path: `${path}.recommendations`, message: 'a cause of concern needs at least one recommendation' });
  }
  if (finding.kind !== 'cause-of-concern' && recommendations.length > 0) {
    problems.push({ path: `${path}.recommendations`, message: 'only a cause of concern carries recommendations' });
  }
  recommendations.forEach((recommendation, r) => {
    const problem = dueRuleProblem(recommendation.due);
    if (problem !== null) problems.push({ path: `${path}.recommendations[${r}].due`, message: problem });
    if (recommendation.text.trim() === '')
      problems.push({ path: `${path}.recommendations[${r}].text`, message: 'is required' });
  });
}

function checkRefs(document: InspectionDocument, problems: InspectionProblem[]) {
  const seen = new Set<string>();
  const refs = document.findings.flatMap((f, i) => [
    { ref: f.ref, path: `findings[${i}].ref` },
    ...(f.recommendations ?? []).map((r, j) => ({ ref: r.ref, path: `findings[${i}].recommendations[${j}].ref` })),
  ]);
  for (const { ref, path } of refs) {
    if (!/^[A-Za-z0-9][A-Za-z0-9.\-_/]{0,39}$/.test(ref))
      problems.push({ path, message: `"${ref}" is not a reference such as INV-AFI-1` });
    else if (seen.has(ref)) problems.push({ path, message: `"${ref}" is used twice` });
    seen.add(ref);
  }
}

function checkComparators(document: InspectionDocument, problems: InspectionProblem[]) {
  const pillars = new Set(document.pillars.map((pillar) => pillar.key));
  const forces = new Set<string>([document.force]);
  (document.mostSimilarGroup ?? []).forEach((comparator, i) => {
    const path = `mostSimilarGroup[${i}]`;
    if (comparator.force.trim() === '') problems.push({ path: `${path}.force`, message: 'is required' });
    else if (forces.has(comparator.force))
      problems.push({ path: `${path}.force`, message: `"${comparator.force}" is already in the comparison` });
    forces.add(comparator.force);
    for (const [pillar, grade] of Object.entries(comparator.pillarGrades)) {
      if (!pillars.has(pillar))
        problems.push({ path: `${path}.pillarGrades`, message: `"${pillar}" is not a pillar of this inspection` });
      if (grade !== undefined && !GRADES.includes(grade))
        problems.push({ path: `${path}.pillarGrades`, message: `"${grade}" is not on the grade scale` });
    }
  });
}

/** Every problem with an inspection document, each with the path to it. */
/**
 * The most findings, recommendations included, one inspection may hold. A PEEL report raises
 * dozens; a file with thousands is a mistake, and is refused before anything is checked or stored.
 */
export const MAX_FINDINGS_PER_INSPECTION = 5_000;

function countFindings(document: InspectionDocument): number {
  return document.findings.reduce((sum, finding) => sum + 1 + (finding.recommendations?.length ?? 0), 0);
}

export function checkInspection(document: InspectionDocument): InspectionProblem[] {
  const count = countFindings(document);
  if (count > MAX_FINDINGS_PER_INSPECTION) {
    const limit = MAX_FINDINGS_PER_INSPECTION.toLocaleString('en-GB');
    const message = `an inspection may hold at most ${limit} findings and recommendations; this one has ${count.toLocaleString('en-GB')}`;
    return [{ path: 'findings', message }];
  }
  const problems: InspectionProblem[] = [];
  if (parseIsoDate(document.publishedOn) === null) {
    problems.push({ path: 'publishedOn', message: `"${document.publishedOn}" is not a date such as 2019-09-01` });
  }
  const components = new Set<string>();
  document.pillars.forEach((pillar, p) => {
    if (!GRADES.includes(pillar.grade))
      problems.push({ path: `pillars[${p}].grade`, message: `"${pillar.grade}" is not on the grade scale` });
    pillar.components.forEach((component, c) => {
      const path = `pillars[${p}].components[${c}]`;
      if (!GRADES.includes(component.grade))
        problems.push({ path: `${path}.grade`, message: `"${component.grade}" is not on the grade scale` });
      if (components.has(component.key))
        problems.push({ path: `${path}.key`, message: `"${component.key}" is used twice` });
      components.add(component.key);
    });
  });
  document.programme.mandatoryComponents.forEach((key, i) => {
    if (!components.has(key))
      problems.push({ path: `programme.mandatoryComponents[${i}]`, message: `"${key}" is not a component` });
  });
  checkRefs(document, problems);
  checkComparators(document, problems);
  document.findings.forEach((finding, i) => {
    checkFinding(finding, i, components, problems);
  });
  return problems;
}
