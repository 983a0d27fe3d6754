import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkInspection } from '../../domain/inspections/index.js';
import { describeIngestProblem, IngestError } from '../ingestError.js';
import { readInspectionCsvFiles, readInspectionWorkbook } from './inspectionWorkbook.js';

/** A small, sound report as CSV lines, one array per file; the row of a line is its index + 1. */
const TABLES = {
  'inspection.csv': [
    'Field,Value',
    'Key,test-2025-26-exampleshire',
    'Programme key,test-programme',
    'Programme name,Test programme',
    'Programme year,2025/26',
    'Approach,Made up for tests.',
    'Mandatory components,answering-calls',
    'Force,exampleshire',
    'Title,A test report',
    'Published on,2025-10-01',
    'Source,Tests',
  ],
  'judgments.csv': [
    'Level,Key,Pillar,Name,Question,Also called,Themes,Grade,Previous grade,Carried forward',
    'Pillar,serving,,Serving the public,How well?,,,Good,,',
    'Component,answering-calls,serving,Answering calls,,Call handling,Emergencies; Others,Requires improvement,Good,No',
    'Component,informing-victims,serving,Informing victims,,,,Good,,Yes',
  ],
  'findings.csv': [
    'Ref,Type,Component,Cause of concern,Text,Parts,Due,Owner,Raised in,Status then',
    'CoC-1,Cause of concern,answering-calls,,Calls wait too long.,,,CONTACT,,',
    'REC-1,Recommendation,,CoC-1,Answer faster.,,immediate,,,',
    'REC-2,Recommendation,,CoC-1,Plan for peaks.,,within 6 months,,,',
    'AFI-1,Area for improvement,informing-victims,,Update victims.,,,,,',
    'GP-1,Good practice,answering-calls,,A nurse in the control room.,,,,,',
    'REC-3,Recommendation,answering-calls,CoC-1,Report back.,,by 2026-03-31,,,',
  ],
  'most-similar-group.csv': [
    'Force,Force name,Pillar,Grade,Carried forward',
    'otherton,Otherton Police,serving,Outstanding,No',
  ],
} as const;
type FileName = keyof typeof TABLES;

/** The report's CSV files with some lines replaced: file → (row → new line, or null to drop the line). */
function files(changes: Partial<Record<FileName, Record<number, string | null>>> = {}) {
  return Object.entries(TABLES).map(([fileName, lines]) => {
    const changed = changes[fileName as FileName] ?? {};
    const kept = lines.flatMap((line, index) => {
      const replacement = changed[index + 1];
      if (replacement === null) return [];
      return [replacement ?? line];
    });
    return { fileName, content: Buffer.from(kept.join('\r\n'), 'utf8') };
  });
}

function problemsOf(read: () => unknown): string[] {
  try {
    read();
  } catch (error) {
    if (error instanceof IngestError) return error.problems.map(describeIngestProblem);
    throw error;
  }
  throw new Error('expected an IngestError');
}

const problemsWith = (changes: Parameters<typeof files>[0]): string[] =>
  problemsOf(() => readInspectionCsvFiles(files(changes)));

describe('reading an inspection report from CSV files', () => {
  it('reads the sound report, recommendations under their cause of concern in row order', () => {
    const { document } = readInspectionCsvFiles(files());
    expect(checkInspection(document)).toEqual([]);
    expect(document.findings[0]?.recommendations?.map((r) => [r.ref, r.due])).toEqual([
      ['REC-1', { kind: 'immediate' }],
      ['REC-2', { kind: 'within-months', months: 6 }],
      ['REC-3', { kind: 'by-date', date: '2026-03-31' }],
    ]);
    expect(document.mostSimilarGroup).toEqual([
      { force: 'otherton', name: 'Otherton Police', pillarGrades: { serving: 'outstanding' }, carriedForward: false },
    ]);
  });

  it('names the row and the Due column of a deadline it cannot read', () => {
    expect(problemsWith({ 'findings.csv': { 7: 'REC-3,Recommendation,,CoC-1,Report back.,,next spring,,,' } })).toEqual(
      [
        'findings.csv, row 7, column Due: "next spring" is not a due date; write "immediate", "within 6 months", "by 2020-03-31", or blank for no deadline',
      ],
    );
  });

  it('refuses a recommendation whose cause of concern is not in the sheet, or is not a cause of concern', () => {
    const problems = problemsWith({
      'findings.csv': {
        3: 'REC-1,Recommendation,,CoC-9,Answer faster.,,immediate,,,',
        4: 'REC-2,Recommendation,,AFI-1,Plan for peaks.,,within 6 months,,,',
        7: 'REC-3,Recommendation,,,Report back.,,,,,',
      },
    });
    expect(problems).toEqual([
      'findings.csv, row 3, column Cause of concern: no cause of concern has the ref "CoC-9"; name the one this recommendation answers',
      'findings.csv, row 4, column Cause of concern: "AFI-1" is the Area for improvement on row 5, not a cause of concern',
      'findings.csv, row 7, column Cause of concern: a recommendation needs its Cause of concern: the ref of the cause of concern it answers',
    ]);
  });

  it('refuses a Type it does not know, and a Due or Cause of concern on a finding that is not a recommendation', () => {
    expect(
      problemsWith({
        'findings.csv': {
          5: 'AFI-1,Area of concern,informing-victims,,Update victims.,,,,,',
          6: 'GP-1,Good practice,answering-calls,CoC-1,A nurse in the control room.,,within 6 months,,,',
        },
      }),
    ).toEqual([
      'findings.csv, row 5, column Type: "Area of concern" is not a type of finding; write one of Cause of concern, Recommendation, Area for improvement, Good practice, Earlier item',
      "findings.csv, row 6, column Cause of concern: only a recommendation has a Cause of concern; this row's Type is Good practice",
      "findings.csv, row 6, column Due: only a recommendation has a Due; this row's Type is Good practice",
    ]);
  });

  it('refuses an Owner on a recommendation and a Component other than its cause of concern’s', () => {
    expect(
      problemsWith({
        'findings.csv': { 3: 'REC-1,Recommendation,informing-victims,CoC-1,Answer faster.,,immediate,HR,,' },
      }),
    ).toEqual([
      "findings.csv, row 3, column Owner: a recommendation has no Owner of its own; it takes its cause of concern's",
      'findings.csv, row 3, column Component: a recommendation is on its cause of concern\'s component ("answering-calls"); leave Component blank or write that',
    ]);
  });

  it('names the row and Grade column of a grade it cannot read, and of a level that is neither', () => {
    expect(
      problemsWith({
        'judgments.csv': {
          3: 'Component,answering-calls,serving,Answering calls,,,,Needs work,Fine,No',
          4: 'Part,informing-victims,serving,Informing victims,,,,Good,,Maybe',
        },
      }),
    ).toEqual([
      'judgments.csv, row 3, column Grade: "Needs work" is not a grade; write one of Outstanding, Good, Requires improvement, Inadequate, Ungraded, Not inspected',
      'judgments.csv, row 3, column Previous grade: "Fine" is not a grade; write one of Outstanding, Good, Requires improvement, Inadequate, Ungraded, Not inspected',
      'judgments.csv, row 4, column Level: "Part" is not a level; write Pillar or Component',
    ]);
  });

  it('refuses a pillar key used twice, a component above its pillar, and one whose pillar does not exist', () => {
    const problems = problemsWith({
      'judgments.csv': {
        2: 'Component,answering-calls,serving,Answering calls,,,,Good,,No',
        3: 'Pillar,serving,,Serving the public,How well?,,,Good,,',
        4: 'Component,informing-victims,caring,Informing victims,,,,Good,,',
      },
      'most-similar-group.csv': { 2: null },
    });
    expect(problems).toEqual([
      'judgments.csv, row 2, column Pillar: the pillar "serving" comes later, on row 3; put each pillar above its components',
      'judgments.csv, row 4, column Pillar: no Pillar row has the key "caring"',
    ]);
    expect(
      problemsWith({ 'judgments.csv': { 4: 'Pillar,serving,,Serving again,Why?,,,Good,,' }, 'findings.csv': {} }),
    ).toEqual(['judgments.csv, row 4, column Key: "serving" is already the key on row 2']);
  });

  it('refuses a missing required column, naming the header row', () => {
    expect(
      problemsWith({
        'judgments.csv': {
          1: 'Level,Key,Pillar,Name,Question,Also called,Themes,Grading,Previous grade,Carried forward',
        },
      }),
    ).toEqual([
      'judgments.csv, row 1, column Grade: the column "Grade" is missing; the columns are Level, Key, Pillar, Name, Question, Also called, Themes, Grade, Previous grade, Carried forward',
      'judgments.csv, row 2, column Grade: Grade is empty; write one of Outstanding, Good, Requires improvement, Inadequate, Ungraded, Not inspected',
      'judgments.csv, row 3, column Grade: Grade is empty; write one of Outstanding, Good, Requires improvement, Inadequate, Ungraded, Not inspected',
      'judgments.csv, row 4, column Grade: Grade is empty; write one of Outstanding, Good, Requires improvement, Inadequate, Ungraded, Not inspected',
    ]);
  });

  it('names the field row of a publication date it cannot read, a field it does not know and one left out', () => {
    expect(
      problemsWith({ 'inspection.csv': { 2: null, 5: 'Programme yr,2025/26', 10: 'Published on,September 2025' } }),
    ).toEqual([
      'inspection.csv, column Field: the field "Key" is missing',
      'inspection.csv, column Field: the field "Programme year" is missing',
      'inspection.csv, row 4, column Field: "Programme yr" is not a field of the inspection; the fields are Key, Programme key, Programme name, Programme year, Approach, Mandatory components, Force, Title, Published on, Source',
      'inspection.csv, row 9, column Value: "September 2025" is not a date; write it as 2019-09-01',
    ]);
  });

  it('refuses a most similar group row on a pillar that is not judged, or at odds with the force’s first row', () => {
    expect(
      problemsWith({
        'most-similar-group.csv': {
          2: 'otherton,Otherton Police,serving,Outstanding,No\r\notherton,Otherton Constabulary,caring,Good,Yes',
        },
      }),
    ).toEqual([
      'most-similar-group.csv, row 3, column Force name: differs from "Otherton Police" as on row 2',
      'most-similar-group.csv, row 3, column Carried forward: differs from row 2',
      'most-similar-group.csv, row 3, column Pillar: "caring" is not the key of a pillar in the Judgments',
    ]);
  });

  it('says which table is missing, which file it does not know, and where a CSV file breaks', () => {
    const given = files().filter((file) => file.fileName !== 'findings.csv');
    const broken = { fileName: 'peel-judgments.csv', content: Buffer.from('Level,Key\n"Pillar,serving\n', 'utf8') };
    const problems = problemsOf(() =>
      readInspectionCsvFiles([
        ...given.filter((file) => file.fileName !== 'judgments.csv'),
        broken,
        { fileName: 'notes.txt', content: Buffer.from('hello') },
      ]),
    );
    expect(problems).toEqual([
      'peel-judgments.csv, row 2: a quoted field is never closed (a " is missing)',
      "notes.txt: is not one of the report's CSV files; name them inspection.csv, judgments.csv, findings.csv, most-similar-group.csv",
      'findings.csv: not given; the Findings table is needed, as a CSV file with "findings" in its name',
    ]);
  });

  it('gives every problem in the files at once', () => {
    const problems = problemsWith({
      'inspection.csv': { 10: 'Published on,2025-13-01' },
      'judgments.csv': { 3: 'Component,answering-calls,serving,Answering calls,,,,Meh,,No' },
      'findings.csv': { 4: 'REC-2,Recommendation,,CoC-1,Plan for peaks.,,within a while,,,' },
    });
    expect(problems.map((problem) => problem.split(':')[0])).toEqual([
      'inspection.csv, row 10, column Value',
      'judgments.csv, row 3, column Grade',
      'findings.csv, row 4, column Due',
    ]);
  });
});

describe('locating a checkInspection problem in the files', () => {
  it('traces each kind of path back to its file, row and column', () => {
    const { locate } = readInspectionCsvFiles(files());
    expect(locate('findings[3].recommendations[0].due')).toEqual({ file: 'findings.csv', row: null, column: 'Due' });
    expect(locate('findings[0].recommendations[2].due')).toEqual({ file: 'findings.csv', row: 7, column: 'Due' });
    expect(locate('findings[2].component')).toEqual({ file: 'findings.csv', row: 6, column: 'Component' });
    expect(locate('findings[0].recommendations')).toEqual({ file: 'findings.csv', row: 2, column: 'Type' });
    expect(locate('pillars[0].components[1].grade')).toEqual({ file: 'judgments.csv', row: 4, column: 'Grade' });
    expect(locate('pillars[0].grade')).toEqual({ file: 'judgments.csv', row: 2, column: 'Grade' });
    expect(locate('mostSimilarGroup[0].pillarGrades')).toEqual({
      file: 'most-similar-group.csv',
      row: 2,
      column: 'Pillar',
    });
    expect(locate('programme.mandatoryComponents[0]')).toEqual({ file: 'inspection.csv', row: 7, column: 'Value' });
    expect(locate('publishedOn')).toEqual({ file: 'inspection.csv', row: 10, column: 'Value' });
  });

  it('places the problems checkInspection finds in a report that reads but does not hold together', () => {
    const { document, locate } = readInspectionCsvFiles(
      files({
        'inspection.csv': { 7: 'Mandatory components,answering-calls; stopping-crime' },
        'findings.csv': {
          6: 'GP-1,Good practice,answering-phones,,A nurse in the control room.,,,,,',
          4: 'REC-1,Recommendation,,CoC-1,Again.,,,,,',
        },
        'most-similar-group.csv': { 2: 'exampleshire,Exampleshire Police,serving,Good,No' },
      }),
    );
    const placed = checkInspection(document).map((problem) => {
      const { file, row, column } = locate(problem.path);
      return `${file}, row ${row}, column ${column}: ${problem.message}`;
    });
    expect(placed).toEqual([
      'inspection.csv, row 7, column Value: "stopping-crime" is not a component',
      'findings.csv, row 4, column Ref: "REC-1" is used twice',
      'most-similar-group.csv, row 2, column Force: "exampleshire" is already in the comparison',
      'findings.csv, row 6, column Component: "answering-phones" is not a component of this inspection',
    ]);
  });
});

describe('reading an inspection report from a workbook', () => {
  async function workbook(sheets: Record<string, readonly string[]>): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    for (const [name, lines] of Object.entries(sheets)) {
      const sheet = book.addWorksheet(name);
      for (const line of lines) sheet.addRow(line.split(','));
    }
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  async function workbookProblems(content: Buffer): Promise<string[]> {
    const error: unknown = await readInspectionWorkbook(content, 'report.xlsx').then(
      () => new Error('expected an IngestError'),
      (thrown: unknown) => thrown,
    );
    if (error instanceof IngestError) return error.problems.map(describeIngestProblem);
    throw error;
  }

  it('names the sheet with the column, and a sheet that is missing', async () => {
    const findings: string[] = [...TABLES['findings.csv']];
    findings[2] = 'REC-1,Recommendation,,CoC-1,Answer faster.,,at once,,,';
    const content = await workbook({ Inspection: TABLES['inspection.csv'], Findings: findings });
    expect(await workbookProblems(content)).toEqual([
      'report.xlsx: has no sheet named "Judgments" (the columns Level, Key, Pillar, Name, Question, Also called, Themes, Grade, Previous grade, Carried forward)',
      'report.xlsx, row 3, column Due (Findings sheet): "at once" is not a due date; write "immediate", "within 6 months", "by 2020-03-31", or blank for no deadline',
    ]);
  });

  it('reads the tables as sheets, ignoring a sheet it does not know', async () => {
    const content = await workbook({
      Notes: ['Anything at all'],
      inspection: TABLES['inspection.csv'],
      JUDGMENTS: TABLES['judgments.csv'],
      Findings: TABLES['findings.csv'],
    });
    const { document, locate } = await readInspectionWorkbook(content, 'report.xlsx');
    expect(document).toStrictEqual(readInspectionCsvFiles(files({ 'most-similar-group.csv': { 2: null } })).document);
    expect(locate('findings[0].recommendations[1].due')).toEqual({
      file: 'report.xlsx',
      row: 4,
      column: 'Due (Findings sheet)',
    });
  });
});
