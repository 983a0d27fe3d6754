/**
 * An inspection report read from its four tables (Inspection, Judgments, Findings and, when the
 * report compares the force with others, Most similar group), wherever they come from.
 *
 * Reading throws an IngestError with every structural problem at once: a missing table or
 * column, a grade, type, date or due rule it cannot read, a component with no pillar, a
 * recommendation with no cause of concern. What checkInspection checks is left to it: the caller
 * runs it on the document and reports each problem where `locate` says it came from.
 */
import type { InspectionDocument } from '../../domain/inspections/index.js';
import { IngestError, type IngestProblem } from '../ingestError.js';
import { readComparators } from './comparatorsTable.js';
import { readFindings } from './findingsTable.js';
import type { InspectionField, InspectionTable } from './inspectionLayout.js';
import { readInspectionSheet } from './inspectionSheet.js';
import { readJudgments } from './judgmentsTable.js';
import { locationIn, reporterFor, type InspectionLocation, type Report, type TableSource } from './tableRows.js';

export type { InspectionLocation, TableSource } from './tableRows.js';

/** The tables found, by table; a table not found is null, and its absence already a problem. */
export type InspectionTableSources = Readonly<Record<InspectionTable, TableSource | null>>;

export interface InspectionTablesResult {
  readonly document: InspectionDocument;
  /** The file, row and column behind a checkInspection problem path ("findings[3].recommendations[0].due"). */
  readonly locate: (path: string) => InspectionLocation;
}

/** What each document property is called in its table. */
const JUDGMENT_FIELDS: Readonly<Record<string, string>> = {
  key: 'Key',
  name: 'Name',
  question: 'Question',
  aliases: 'Also called',
  themes: 'Themes',
  grade: 'Grade',
  previousGrade: 'Previous grade',
  carriedForward: 'Carried forward',
};
const FINDING_FIELDS: Readonly<Record<string, string>> = {
  ref: 'Ref',
  kind: 'Type',
  component: 'Component',
  text: 'Text',
  parts: 'Parts',
  due: 'Due',
  owner: 'Owner',
  raisedIn: 'Raised in',
  priorStatus: 'Status then',
  // "A cause of concern needs at least one recommendation" is about what the row's Type says it is.
  recommendations: 'Type',
};
const COMPARATOR_FIELDS: Readonly<Record<string, string>> = {
  force: 'Force',
  name: 'Force name',
  pillarGrades: 'Pillar',
  carriedForward: 'Carried forward',
};

/** A path into one of the row tables: the entry's own path, then the property. */
const ROW_PATHS: readonly { table: InspectionTable; pattern: RegExp; fields: Readonly<Record<string, string>> }[] = [
  { table: 'judgments', pattern: /^(pillars\[\d+\](?:\.components\[\d+\])?)(?:\.(\w+))?/, fields: JUDGMENT_FIELDS },
  { table: 'findings', pattern: /^(findings\[\d+\](?:\.recommendations\[\d+\])?)(?:\.(\w+))?/, fields: FINDING_FIELDS },
  { table: 'mostSimilarGroup', pattern: /^(mostSimilarGroup\[\d+\])(?:\.(\w+))?/, fields: COMPARATOR_FIELDS },
];

/** The Inspection table's field behind a path into the document's own fields, by the path without its index. */
const HEADER_PATHS: Readonly<Record<string, InspectionField>> = {
  key: 'key',
  'programme.key': 'programmeKey',
  'programme.name': 'programmeName',
  'programme.year': 'programmeYear',
  'programme.approach': 'approach',
  'programme.mandatoryComponents': 'mandatoryComponents',
  force: 'force',
  title: 'title',
  publishedOn: 'publishedOn',
  source: 'source',
};

function locator(
  sources: InspectionTableSources,
  rows: Readonly<Record<InspectionTable, ReadonlyMap<string, number>>>,
): (path: string) => InspectionLocation {
  const fallback: TableSource = sources.inspection ?? { file: '', sheet: null, records: [] };
  return (path) => {
    for (const { table, pattern, fields } of ROW_PATHS) {
      const [, entry, property] = pattern.exec(path) ?? [];
      if (entry === undefined) continue;
      const column = property === undefined ? null : (fields[property] ?? null);
      return locationIn(sources[table] ?? fallback, rows[table].get(entry) ?? null, column);
    }
    const field = HEADER_PATHS[path.replace(/\[\d+\].*$/, '')];
    return locationIn(fallback, field === undefined ? null : (rows.inspection.get(field) ?? null), 'Value');
  };
}

/**
 * Reads the tables into an inspection document. `problems` may already hold what the caller found
 * (a table missing, a file it does not know); they are thrown with the rest.
 */
export function readInspectionTables(
  sources: InspectionTableSources,
  problems: IngestProblem[],
): InspectionTablesResult {
  const found: IngestProblem[][] = [];
  /** Each table's problems go in row order, the tables in the order a person reads them. */
  const read = <T>(source: TableSource | null, reader: (source: TableSource, report: Report) => T): T | null => {
    if (source === null) return null;
    const own: IngestProblem[] = [];
    const result = reader(source, reporterFor(source, own));
    found.push(own.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
    return result;
  };
  const sheet = read(sources.inspection, readInspectionSheet);
  const judgments = read(sources.judgments, readJudgments);
  const findings = read(sources.findings, readFindings);
  const pillars = judgments === null ? null : new Set(judgments.pillars.map((pillar) => pillar.key));
  const comparators = read(sources.mostSimilarGroup, (source, report) => readComparators(source, pillars, report));
  const all = [...problems, ...found.flat()];
  if (sheet === null || judgments === null || findings === null || all.length > 0) throw new IngestError(all);
  const document: InspectionDocument = {
    ...sheet.header,
    pillars: judgments.pillars,
    findings: findings.findings,
    ...(comparators === null || comparators.comparators.length === 0
      ? {}
      : { mostSimilarGroup: comparators.comparators }),
  };
  const rows = {
    inspection: sheet.fieldRows,
    judgments: judgments.rows,
    findings: findings.rows,
    mostSimilarGroup: comparators?.rows ?? new Map<string, number>(),
  };
  return { document, locate: locator(sources, rows) };
}
