/**
 * The Findings table: one row per finding, recommendations among them. A recommendation names
 * its cause of concern in the Cause of concern column and becomes one of its recommendations, in
 * row order; it takes its component and owner from it.
 */
import {
  FINDING_KIND_LABELS,
  type FindingDocument,
  type FindingKind,
  type RecommendationDocument,
} from '../../domain/inspections/index.js';
import {
  DUE_CHOICES,
  FINDING_KIND_CHOICES,
  dueCell,
  dueFromCell,
  findingKindFromCell,
  linesCell,
  linesFromCell,
} from './inspectionCells.js';
import { FINDING_COLUMNS, TABLE_LAYOUTS, type FindingColumn } from './inspectionLayout.js';
import { readTableRows, type Report, type TableRow, type TableSource } from './tableRows.js';

export interface FindingsResult {
  readonly findings: FindingDocument[];
  /** "findings[3]" and "findings[3].recommendations[0]" → their row. */
  readonly rows: ReadonlyMap<string, number>;
}

interface FindingBuild {
  readonly finding: FindingDocument;
  readonly row: number;
  readonly path: string;
  readonly recommendations: RecommendationDocument[];
}

const NOT_ON_RECOMMENDATIONS: readonly FindingColumn[] = ['Parts', 'Owner', 'Raised in', 'Status then'];
const ONLY_ON_RECOMMENDATIONS: readonly FindingColumn[] = ['Cause of concern', 'Due'];

/** The object without its undefined properties, so that a finding read back has no empty keys. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

const optional = (text: string): string | undefined => (text === '' ? undefined : text);

function kindOf(row: TableRow, report: Report): FindingKind | null {
  const type = row.get('Type');
  if (type === '') return null;
  const kind = findingKindFromCell(type);
  if (kind === null)
    report(row.row, 'Type', `"${type}" is not a type of finding; write one of ${FINDING_KIND_CHOICES}`);
  return kind;
}

function findingOf(row: TableRow, kind: Exclude<FindingKind, 'recommendation'>, report: Report): FindingDocument {
  for (const column of ONLY_ON_RECOMMENDATIONS.filter((only) => row.get(only) !== '')) {
    report(row.row, column, `only a recommendation has a ${column}; this row's Type is ${FINDING_KIND_LABELS[kind]}`);
  }
  const parts = linesFromCell(row.get('Parts'));
  return compact({
    ref: row.get('Ref'),
    kind,
    component: row.get('Component'),
    text: row.get('Text'),
    parts: parts.length === 0 ? undefined : parts,
    owner: optional(row.get('Owner')),
    raisedIn: optional(row.get('Raised in')),
    priorStatus: optional(row.get('Status then')),
  });
}

interface RecommendationReader {
  readonly report: Report;
  readonly byRef: ReadonlyMap<string, FindingBuild>;
  readonly rows: Map<string, number>;
}

/** The cause of concern a recommendation row names, or null (reported) when there is none. */
function causeOf(reader: RecommendationReader, row: TableRow): FindingBuild | null {
  const ref = row.get('Cause of concern');
  const cause = reader.byRef.get(ref);
  if (cause?.finding.kind === 'cause-of-concern') return cause;
  let message = `no cause of concern has the ref "${ref}"; name the one this recommendation answers`;
  if (ref === '') message = 'a recommendation needs its Cause of concern: the ref of the cause of concern it answers';
  else if (cause !== undefined)
    message = `"${ref}" is the ${FINDING_KIND_LABELS[cause.finding.kind]} on row ${cause.row}, not a cause of concern`;
  reader.report(row.row, 'Cause of concern', message);
  return null;
}

function addRecommendation(reader: RecommendationReader, row: TableRow): void {
  for (const column of NOT_ON_RECOMMENDATIONS.filter((not) => row.get(not) !== '')) {
    reader.report(row.row, column, `a recommendation has no ${column} of its own; it takes its cause of concern's`);
  }
  const dueText = row.get('Due');
  const due = dueFromCell(dueText);
  if (due === null) reader.report(row.row, 'Due', `"${dueText}" is not a due date; write ${DUE_CHOICES}`);
  const cause = causeOf(reader, row);
  if (cause === null) return;
  const component = row.get('Component');
  if (component !== '' && component !== cause.finding.component) {
    const message = `a recommendation is on its cause of concern's component ("${cause.finding.component}"); leave Component blank or write that`;
    reader.report(row.row, 'Component', message);
  }
  reader.rows.set(`${cause.path}.recommendations[${cause.recommendations.length}]`, row.row);
  cause.recommendations.push({ ref: row.get('Ref'), text: row.get('Text'), due: due ?? { kind: 'none' } });
}

/** Reads the Findings table: the findings in row order, each cause of concern with its recommendations. */
export function readFindings(source: TableSource, report: Report): FindingsResult {
  const builds: FindingBuild[] = [];
  const byRef = new Map<string, FindingBuild>();
  const rows = new Map<string, number>();
  const recommendationRows: TableRow[] = [];
  for (const row of readTableRows(source, TABLE_LAYOUTS.findings, report)) {
    const kind = kindOf(row, report);
    if (kind === 'recommendation') recommendationRows.push(row);
    if (kind === null || kind === 'recommendation') continue;
    const path = `findings[${builds.length}]`;
    const build: FindingBuild = { finding: findingOf(row, kind, report), row: row.row, path, recommendations: [] };
    rows.set(path, row.row);
    builds.push(build);
    if (!byRef.has(build.finding.ref)) byRef.set(build.finding.ref, build);
  }
  // Recommendations after every other row, so that one may sit above its cause of concern.
  for (const row of recommendationRows) addRecommendation({ report, byRef, rows }, row);
  const findings = builds.map(({ finding, recommendations }) =>
    recommendations.length === 0 ? finding : { ...finding, recommendations },
  );
  return { findings, rows };
}

const findingRow = (values: Partial<Record<FindingColumn, string>>): string[] =>
  FINDING_COLUMNS.map((column) => values[column] ?? '');

/** The Findings table's rows, header row first: each finding, a cause of concern followed by its recommendations. */
export function findingRows(findings: readonly FindingDocument[]): string[][] {
  return [
    [...FINDING_COLUMNS],
    ...findings.flatMap((finding) => [
      findingRow({
        Ref: finding.ref,
        Type: FINDING_KIND_LABELS[finding.kind],
        Component: finding.component,
        Text: finding.text,
        Parts: linesCell(finding.parts ?? []),
        Owner: finding.owner,
        'Raised in': finding.raisedIn,
        'Status then': finding.priorStatus,
      }),
      ...(finding.recommendations ?? []).map((recommendation) =>
        findingRow({
          Ref: recommendation.ref,
          Type: FINDING_KIND_LABELS.recommendation,
          Component: finding.component,
          'Cause of concern': finding.ref,
          Text: recommendation.text,
          Due: dueCell(recommendation.due),
        }),
      ),
    ]),
  ];
}
