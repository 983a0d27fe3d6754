/**
 * The Judgments table: a row per pillar and a row per component, each component under the pillar
 * its Pillar cell names (or, left blank, the pillar row above it).
 */
import type { ComponentJudgment, Grade, PillarJudgment } from '../../domain/inspections/index.js';
import {
  GRADE_CHOICES,
  gradeCell,
  gradeFromCell,
  listCell,
  listFromCell,
  yesNoCell,
  yesNoFromCell,
} from './inspectionCells.js';
import { JUDGMENT_COLUMNS, TABLE_LAYOUTS, type JudgmentColumn } from './inspectionLayout.js';
import { readTableRows, type Report, type TableRow, type TableSource } from './tableRows.js';

export interface JudgmentsResult {
  readonly pillars: PillarJudgment[];
  /** "pillars[1]" and "pillars[1].components[2]" → their row. */
  readonly rows: ReadonlyMap<string, number>;
}

interface PillarBuild {
  readonly judgment: Omit<PillarJudgment, 'components'>;
  readonly path: string;
  readonly components: ComponentJudgment[];
}

interface JudgmentsReader {
  readonly report: Report;
  readonly pillars: PillarBuild[];
  readonly byKey: Map<string, PillarBuild>;
  /** The first row of every key in the table, to say where a clash or a late pillar is. */
  readonly firstRows: ReadonlyMap<string, number>;
  readonly rows: Map<string, number>;
}

const PILLAR_ONLY: readonly JudgmentColumn[] = ['Question'];
const COMPONENT_ONLY: readonly JudgmentColumn[] = ['Also called', 'Themes'];

function gradeIn(reader: JudgmentsReader, row: TableRow, column: 'Grade' | 'Previous grade'): Grade | null {
  const cell = row.get(column);
  if (cell === '') {
    if (column === 'Grade') reader.report(row.row, column, `Grade is empty; write one of ${GRADE_CHOICES}`);
    return null;
  }
  const grade = gradeFromCell(cell);
  if (grade === null) reader.report(row.row, column, `"${cell}" is not a grade; write one of ${GRADE_CHOICES}`);
  return grade;
}

/** Reports a cell that has a value on a row of the other level. */
function onlyFor(reader: JudgmentsReader, row: TableRow, columns: readonly JudgmentColumn[], owner: string): void {
  for (const column of columns.filter((only) => row.get(only) !== '')) {
    reader.report(row.row, column, `only ${owner} have ${column === 'Question' ? 'a Question' : column}`);
  }
}

function pillarOf(reader: JudgmentsReader, row: TableRow): PillarBuild | null {
  const key = row.get('Pillar');
  const pillar = key === '' ? reader.pillars.at(-1) : reader.byKey.get(key);
  if (pillar !== undefined) return pillar;
  const first = reader.firstRows.get(key);
  let message = `no Pillar row has the key "${key}"`;
  if (key === '') message = 'a component needs its Pillar: the key of a pillar row above it';
  else if (first !== undefined && first > row.row)
    message = `the pillar "${key}" comes later, on row ${first}; put each pillar above its components`;
  reader.report(row.row, 'Pillar', message);
  return null;
}

function readPillar(reader: JudgmentsReader, row: TableRow, grade: Grade | null): void {
  onlyFor(reader, row, COMPONENT_ONLY, 'components');
  if (row.get('Pillar') !== '') reader.report(row.row, 'Pillar', 'a pillar row leaves Pillar blank');
  if (yesNoFromCell(row.get('Carried forward')) === true)
    reader.report(row.row, 'Carried forward', 'only components are carried forward');
  const judgment = {
    key: row.get('Key'),
    name: row.get('Name'),
    question: row.get('Question'),
    grade: grade ?? 'ungraded',
    previousGrade: gradeIn(reader, row, 'Previous grade'),
  };
  const build: PillarBuild = { judgment, path: `pillars[${reader.pillars.length}]`, components: [] };
  reader.rows.set(build.path, row.row);
  reader.pillars.push(build);
  if (!reader.byKey.has(judgment.key)) reader.byKey.set(judgment.key, build);
}

function readComponent(reader: JudgmentsReader, row: TableRow, grade: Grade | null): void {
  onlyFor(reader, row, PILLAR_ONLY, 'pillars');
  const carried = row.get('Carried forward');
  const carriedForward = yesNoFromCell(carried);
  if (carriedForward === null) reader.report(row.row, 'Carried forward', `"${carried}" is not Yes or No`);
  const component: ComponentJudgment = {
    key: row.get('Key'),
    name: row.get('Name'),
    aliases: listFromCell(row.get('Also called')),
    grade: grade ?? 'ungraded',
    previousGrade: gradeIn(reader, row, 'Previous grade'),
    carriedForward: carriedForward ?? false,
    themes: listFromCell(row.get('Themes')),
  };
  const pillar = pillarOf(reader, row);
  if (pillar === null) return;
  reader.rows.set(`${pillar.path}.components[${pillar.components.length}]`, row.row);
  pillar.components.push(component);
}

function readJudgment(reader: JudgmentsReader, row: TableRow): void {
  for (const column of ['Key', 'Name'] as const) {
    if (row.get(column) === '') reader.report(row.row, column, `${column} is empty; every judgment needs one`);
  }
  const first = reader.firstRows.get(row.get('Key'));
  if (first !== undefined && first !== row.row)
    reader.report(row.row, 'Key', `"${row.get('Key')}" is already the key on row ${first}`);
  const grade = gradeIn(reader, row, 'Grade');
  const level = row.get('Level').toLowerCase();
  if (level === 'pillar') readPillar(reader, row, grade);
  else if (level === 'component') readComponent(reader, row, grade);
  else reader.report(row.row, 'Level', `"${row.get('Level')}" is not a level; write Pillar or Component`);
}

/** Reads the Judgments table into pillars with their components, in row order. */
export function readJudgments(source: TableSource, report: Report): JudgmentsResult {
  const rows = readTableRows(source, TABLE_LAYOUTS.judgments, report);
  const firstRows = new Map<string, number>();
  for (const row of rows)
    if (row.get('Key') !== '' && !firstRows.has(row.get('Key'))) firstRows.set(row.get('Key'), row.row);
  const reader: JudgmentsReader = { report, pillars: [], byKey: new Map(), firstRows, rows: new Map() };
  for (const row of rows) readJudgment(reader, row);
  const pillars = reader.pillars.map((build) => ({ ...build.judgment, components: build.components }));
  return { pillars, rows: reader.rows };
}

const judgmentRow = (values: Partial<Record<JudgmentColumn, string>>): string[] =>
  JUDGMENT_COLUMNS.map((column) => values[column] ?? '');

/** The Judgments table's rows, header row first: each pillar, then its components. */
export function judgmentRows(pillars: readonly PillarJudgment[]): string[][] {
  const previous = (grade: Grade | null): string => (grade === null ? '' : gradeCell(grade));
  return [
    [...JUDGMENT_COLUMNS],
    ...pillars.flatMap((pillar) => [
      judgmentRow({
        Level: 'Pillar',
        Key: pillar.key,
        Name: pillar.name,
        Question: pillar.question,
        Grade: gradeCell(pillar.grade),
        'Previous grade': previous(pillar.previousGrade),
      }),
      ...pillar.components.map((component) =>
        judgmentRow({
          Level: 'Component',
          Key: component.key,
          Pillar: pillar.key,
          Name: component.name,
          'Also called': listCell(component.aliases),
          Themes: listCell(component.themes),
          Grade: gradeCell(component.grade),
          'Previous grade': previous(component.previousGrade),
          'Carried forward': yesNoCell(component.carriedForward),
        }),
      ),
    ]),
  ];
}
