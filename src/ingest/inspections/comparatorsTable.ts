/**
 * The Most similar group table: a row per force and pillar, as the report's comparison chart
 * reads, folded into one comparator force each with its pillar grades. A blank Grade is a grade
 * the report does not give; a force with no grades at all is one row with Pillar blank.
 */
import type { ComparatorForce, Grade } from '../../domain/inspections/index.js';
import { GRADE_CHOICES, gradeCell, gradeFromCell, yesNoCell, yesNoFromCell } from './inspectionCells.js';
import { COMPARATOR_COLUMNS, TABLE_LAYOUTS } from './inspectionLayout.js';
import { readTableRows, type Report, type TableRow, type TableSource } from './tableRows.js';

export interface ComparatorsResult {
  readonly comparators: ComparatorForce[];
  /** "mostSimilarGroup[2]" → the force's first row. */
  readonly rows: ReadonlyMap<string, number>;
}

interface ComparatorBuild {
  readonly force: string;
  readonly name: string;
  readonly carriedForward: boolean;
  readonly firstRow: number;
  readonly pillarGrades: Record<string, Grade>;
  /** Pillar → its row, to say where a pillar was already given. */
  readonly pillarRows: Map<string, number>;
}

function gradeOf(row: TableRow, report: Report): Grade | undefined {
  const cell = row.get('Grade');
  if (cell === '') return undefined;
  const grade = gradeFromCell(cell);
  if (grade === null)
    report(row.row, 'Grade', `"${cell}" is not a grade; write one of ${GRADE_CHOICES}, or leave it blank`);
  return grade ?? undefined;
}

/** A force's name and carried-forward flag are the same on each of its rows. */
function checkSameForce(build: ComparatorBuild, row: TableRow, carriedForward: boolean, report: Report): void {
  const at = `as on row ${build.firstRow}`;
  if (row.get('Force name') !== build.name) report(row.row, 'Force name', `differs from "${build.name}" ${at}`);
  if (carriedForward !== build.carriedForward) report(row.row, 'Carried forward', `differs from row ${build.firstRow}`);
}

function addPillarGrade(
  build: ComparatorBuild,
  row: TableRow,
  pillars: ReadonlySet<string> | null,
  report: Report,
): void {
  const pillar = row.get('Pillar');
  const grade = gradeOf(row, report);
  if (pillar === '') {
    if (grade !== undefined) report(row.row, 'Pillar', 'a Grade needs the Pillar it is for');
    return;
  }
  const earlier = build.pillarRows.get(pillar);
  if (earlier !== undefined)
    report(row.row, 'Pillar', `"${pillar}" is already given for ${build.force} on row ${earlier}`);
  else if (pillars !== null && !pillars.has(pillar))
    report(row.row, 'Pillar', `"${pillar}" is not the key of a pillar in the Judgments`);
  build.pillarRows.set(pillar, row.row);
  if (grade !== undefined) build.pillarGrades[pillar] = grade;
}

/**
 * Reads the comparison; the pillars are the Judgments table's keys, or null when that table could
 * not be read, and then pillars are not checked.
 */
export function readComparators(
  source: TableSource,
  pillars: ReadonlySet<string> | null,
  report: Report,
): ComparatorsResult {
  const builds = new Map<string, ComparatorBuild>();
  for (const row of readTableRows(source, TABLE_LAYOUTS.mostSimilarGroup, report)) {
    const force = row.get('Force');
    if (force === '') report(row.row, 'Force', 'Force is empty; write the police.uk code of the force');
    const carried = row.get('Carried forward');
    const carriedForward = yesNoFromCell(carried);
    if (carriedForward === null) report(row.row, 'Carried forward', `"${carried}" is not Yes or No`);
    let build = builds.get(force);
    if (build === undefined) {
      const first = { force, name: row.get('Force name'), carriedForward: carriedForward ?? false, firstRow: row.row };
      build = { ...first, pillarGrades: {}, pillarRows: new Map() };
      builds.set(force, build);
    } else {
      checkSameForce(build, row, carriedForward ?? build.carriedForward, report);
    }
    addPillarGrade(build, row, pillars, report);
  }
  const found = [...builds.values()];
  return {
    comparators: found.map(({ force, name, pillarGrades, carriedForward }) => ({
      force,
      name,
      pillarGrades,
      carriedForward,
    })),
    rows: new Map(found.map((build, index) => [`mostSimilarGroup[${index}]`, build.firstRow])),
  };
}

/** The table's rows, header row first: a row per force and pillar graded, or one row for a force with none. */
export function comparatorRows(comparators: readonly ComparatorForce[]): string[][] {
  const rows = comparators.flatMap((comparator) => {
    const own = [comparator.force, comparator.name];
    const flag = yesNoCell(comparator.carriedForward);
    const graded = Object.entries(comparator.pillarGrades).flatMap(([pillar, grade]) =>
      grade === undefined ? [] : [[...own, pillar, gradeCell(grade), flag]],
    );
    return graded.length === 0 ? [[...own, '', '', flag]] : graded;
  });
  return [[...COMPARATOR_COLUMNS], ...rows];
}
