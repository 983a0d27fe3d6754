import {
  dueDateOf,
  type DueRule,
  type FindingDocument,
  type FindingKind,
  type FindingState,
  type Grade,
  type InspectionDocument,
} from '../../domain/inspections/index.js';
import type { Executor } from '../schema.js';

export interface StoredInspection {
  readonly id: number;
  readonly key: string;
  readonly programmeKey: string;
  readonly programmeName: string;
  readonly programmeYear: string;
  readonly force: string;
  readonly title: string;
  readonly publishedOn: string;
  readonly source: string;
}

export interface StoredJudgment {
  readonly level: 'pillar' | 'component';
  readonly key: string;
  readonly parentKey: string | null;
  readonly name: string;
  readonly question: string | null;
  readonly aliases: string[];
  readonly themes: string[];
  readonly grade: Grade;
  readonly previousGrade: Grade | null;
  readonly carriedForward: boolean;
}

export interface StoredFinding {
  readonly id: number;
  readonly inspectionKey: string;
  readonly ref: string;
  readonly kind: FindingKind;
  readonly component: string;
  readonly parentRef: string | null;
  readonly text: string;
  readonly parts: string[];
  readonly dueRule: DueRule | null;
  readonly dueOn: string | null;
  readonly owner: string | null;
  readonly raisedIn: string | null;
  readonly priorStatus: string | null;
  readonly state: FindingState;
  /** How many moves the finding has made: a decision names the version its decider saw. */
  readonly version: number;
}

function findingRows(inspectionId: number, document: InspectionDocument) {
  const rows = [];
  const base = (finding: FindingDocument) => ({
    inspection_id: inspectionId,
    component_key: finding.component,
    owner_code: finding.owner ?? null,
    state: 'open',
  });
  for (const finding of document.findings) {
    rows.push({
      ...base(finding),
      ref: finding.ref,
      kind: finding.kind,
      parent_ref: null,
      text: finding.text,
      parts_json: JSON.stringify(finding.parts ?? []),
      due_rule_json: null,
      due_on: null,
      raised_in: finding.raisedIn ?? null,
      prior_status: finding.priorStatus ?? null,
    });
    for (const recommendation of finding.recommendations ?? []) {
      rows.push({
        ...base(finding),
        ref: recommendation.ref,
        kind: 'recommendation',
        parent_ref: finding.ref,
        text: recommendation.text,
        parts_json: '[]',
        due_rule_json: JSON.stringify(recommendation.due),
        due_on: dueDateOf(recommendation.due, document.publishedOn),
        raised_in: null,
        prior_status: null,
      });
    }
  }
  return rows.map((row, position) => ({ ...row, position }));
}

function judgmentRows(inspectionId: number, document: InspectionDocument) {
  return document.pillars
    .flatMap((pillar) => [
      {
        level: 'pillar',
        key: pillar.key,
        parent_key: null,
        name: pillar.name,
        question: pillar.question,
        aliases_json: '[]',
        themes_json: '[]',
        grade: pillar.grade,
        previous_grade: pillar.previousGrade,
        carried_forward: 0,
      },
      ...pillar.components.map((component) => ({
        level: 'component',
        key: component.key,
        parent_key: pillar.key,
        name: component.name,
        question: null,
        aliases_json: JSON.stringify(component.aliases),
        themes_json: JSON.stringify(component.themes),
        grade: component.grade,
        previous_grade: component.previousGrade,
        carried_forward: component.carriedForward ? 1 : 0,
      })),
    ])
    .map((row, position) => ({ ...row, inspection_id: inspectionId, position }));
}

/**
 * Rows in groups small enough for one statement: SQLite takes at most 32,766 bound values and
 * PostgreSQL 65,535, and a finding row binds a dozen.
 */
const INSERT_BATCH = 500;

function* inBatches<T>(rows: readonly T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += INSERT_BATCH) yield rows.slice(start, start + INSERT_BATCH);
}

/** Writes an inspection with its programme (once), judgments and findings, every finding open. */
export async function insertInspection(db: Executor, document: InspectionDocument, loadedAt: string): Promise<number> {
  const { programme } = document;
  const held = await db
    .selectFrom('inspection_programmes')
    .select('id')
    .where('key', '=', programme.key)
    .executeTakeFirst();
  if (held === undefined) {
    await db
      .insertInto('inspection_programmes')
      .values({
        key: programme.key,
        name: programme.name,
        year: programme.year,
        approach: programme.approach,
        mandatory_json: JSON.stringify(programme.mandatoryComponents),
      })
      .execute();
  }
  const { id } = await db
    .insertInto('inspections')
    .values({
      key: document.key,
      programme_key: programme.key,
      force_code: document.force,
      title: document.title,
      published_on: document.publishedOn,
      source: document.source,
      loaded_at: loadedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const rows of inBatches(judgmentRows(id, document)))
    await db.insertInto('inspection_judgments').values(rows).execute();
  for (const rows of inBatches(findingRows(id, document)))
    await db.insertInto('inspection_findings').values(rows).execute();
  const comparators = (document.mostSimilarGroup ?? []).map((comparator, position) => ({
    inspection_id: id,
    force_code: comparator.force,
    force_name: comparator.name,
    pillar_grades_json: JSON.stringify(comparator.pillarGrades),
    carried_forward: comparator.carriedForward ? 1 : 0,
    position,
  }));
  if (comparators.length > 0) await db.insertInto('inspection_comparators').values(comparators).execute();
  return id;
}

export async function listStoredInspections(db: Executor): Promise<StoredInspection[]> {
  const rows = await db
    .selectFrom('inspections as i')
    .innerJoin('inspection_programmes as p', 'p.key', 'i.programme_key')
    .select([
      'i.id',
      'i.key',
      'i.programme_key',
      'p.name as programme_name',
      'p.year as programme_year',
      'i.force_code',
      'i.title',
      'i.published_on',
      'i.source',
    ])
    .orderBy('i.published_on', 'desc')
    .orderBy('i.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    key: row.key,
    programmeKey: row.programme_key,
    programmeName: row.programme_name,
    programmeYear: row.programme_year,
    force: row.force_code,
    title: row.title,
    publishedOn: row.published_on,
    source: row.source,
  }));
}

export async function listJudgments(db: Executor, inspectionId: number): Promise<StoredJudgment[]> {
  const rows = await db
    .selectFrom('inspection_judgments')
    .selectAll()
    .where('inspection_id', '=', inspectionId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({
    level: row.level as StoredJudgment['level'],
    key: row.key,
    parentKey: row.parent_key,
    name: row.name,
    question: row.question,
    aliases: JSON.parse(row.aliases_json) as string[],
    themes: JSON.parse(row.themes_json) as string[],
    grade: row.grade as Grade,
    previousGrade: row.previous_grade as Grade | null,
    carriedForward: row.carried_forward === 1,
  }));
}

/** Findings, optionally of one inspection, in report order. */
export async function listStoredFindings(db: Executor, inspectionId?: number): Promise<StoredFinding[]> {
  let query = db
    .selectFrom('inspection_findings as f')
    .innerJoin('inspections as i', 'i.id', 'f.inspection_id')
    .selectAll('f')
    .select('i.key as inspection_key')
    .select((eb) =>
      eb
        .selectFrom('finding_events as e')
        .select((inner) => inner.fn.countAll<number | string>().as('moves'))
        .whereRef('e.finding_id', '=', 'f.id')
        .as('moves'),
    );
  if (inspectionId !== undefined) query = query.where('f.inspection_id', '=', inspectionId);
  const rows = await query.orderBy('i.published_on', 'desc').orderBy('f.position').execute();
  return rows.map((row) => ({
    id: row.id,
    inspectionKey: row.inspection_key,
    ref: row.ref,
    kind: row.kind as FindingKind,
    component: row.component_key,
    parentRef: row.parent_ref,
    text: row.text,
    parts: JSON.parse(row.parts_json) as string[],
    dueRule: row.due_rule_json === null ? null : (JSON.parse(row.due_rule_json) as DueRule),
    dueOn: row.due_on,
    owner: row.owner_code,
    raisedIn: row.raised_in,
    priorStatus: row.prior_status,
    state: row.state as FindingState,
    version: Number(row.moves ?? 0),
  }));
}

export async function deleteAllInspections(db: Executor): Promise<void> {
  for (const table of [
    'finding_measures',
    'finding_links',
    'finding_evidence',
    'finding_events',
    'inspection_comparators',
  ] as const)
    await db.deleteFrom(table).execute();
  await db.deleteFrom('inspection_findings').execute();
  await db.deleteFrom('inspection_judgments').execute();
  await db.deleteFrom('inspections').execute();
  await db.deleteFrom('inspection_programmes').execute();
}
