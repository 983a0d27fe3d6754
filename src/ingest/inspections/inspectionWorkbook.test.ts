import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { peel2018Met } from '../../../demo/peel2018.js';
import { checkInspection, type InspectionDocument } from '../../domain/inspections/index.js';
import {
  inspectionTemplate,
  readInspectionCsvFiles,
  readInspectionWorkbook,
  writeInspectionCsvFiles,
  writeInspectionWorkbook,
} from './inspectionWorkbook.js';

async function loaded(content: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(content as unknown as ArrayBuffer);
  return book;
}

/** The template with a comparison: one force graded on its pillar, one whose grade the report does not give. */
const WITH_GROUP: InspectionDocument = {
  ...inspectionTemplate(),
  mostSimilarGroup: [
    {
      force: 'otherton',
      name: 'Otherton Police',
      pillarGrades: { 'serving-the-public': 'good' },
      carriedForward: false,
    },
    { force: 'elsewhere', name: 'Elsewhere Constabulary', pillarGrades: {}, carriedForward: true },
  ],
};

describe('an inspection report as a workbook', () => {
  it('writes the PEEL 2018/19 report of the Met to a workbook that reads back to the same document', async () => {
    const { document } = await readInspectionWorkbook(await writeInspectionWorkbook(peel2018Met), 'peel.xlsx');
    expect(document).toStrictEqual(peel2018Met);
  });

  it('keeps text Excel would otherwise mangle: control characters and literal _x0041_ escapes', async () => {
    const [first, ...rest] = peel2018Met.findings;
    if (first === undefined) throw new Error('the demo report has findings');
    const awkward = { ...peel2018Met, findings: [{ ...first, text: 'Bell\u0007 and _x0041_ stay as typed' }, ...rest] };
    const { document } = await readInspectionWorkbook(await writeInspectionWorkbook(awkward), 'awkward.xlsx');
    expect(document.findings[0]?.text).toBe('Bell\u0007 and _x0041_ stay as typed');
  });

  it('keeps a most similar group, a force with no grade given among it', async () => {
    const { document } = await readInspectionWorkbook(await writeInspectionWorkbook(WITH_GROUP), 'group.xlsx');
    expect(document).toStrictEqual(WITH_GROUP);
  });

  it('puts a Read me sheet first, then the four tables with bold header rows and wrapped long text', async () => {
    const book = await loaded(await writeInspectionWorkbook(peel2018Met));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Read me',
      'Inspection',
      'Judgments',
      'Findings',
      'Most similar group',
    ]);
    for (const sheet of book.worksheets) expect(sheet.getRow(1).font?.bold).toBe(true);
    const readMe = book.getWorksheet('Read me');
    const explained = readMe?.getColumn(2).values.slice(2).map(String) ?? [];
    expect(explained).toEqual(expect.arrayContaining(['Cause of concern', 'Due', 'Carried forward', 'Published on']));
    const findings = book.getWorksheet('Findings');
    expect(findings?.getColumn(5).alignment?.wrapText).toBe(true);
    expect(findings?.getColumn(5).width).toBeGreaterThan(40);
  });

  it('reads a publication date and a deadline typed into Excel date cells, and a sheet name in another case and spelling', async () => {
    const content = await writeInspectionWorkbook(inspectionTemplate());
    const book = await loaded(content);
    const published = book.getWorksheet('Inspection')!.getRow(10);
    expect(published.getCell(1).value).toBe('Published on');
    published.getCell(2).value = new Date(Date.UTC(2025, 9, 1));
    const due = book.getWorksheet('Findings')!.getRow(3).getCell(7);
    expect(due.value).toBe('immediate');
    due.value = new Date(Date.UTC(2026, 2, 31));
    book.getWorksheet('Judgments')!.name = 'judgements';
    const { document } = await readInspectionWorkbook(Buffer.from(await book.xlsx.writeBuffer()), 'dated.xlsx');
    expect(document.publishedOn).toBe('2025-10-01');
    expect(document.findings[0]?.recommendations?.[0]?.due).toEqual({ kind: 'by-date', date: '2026-03-31' });
    expect(document.pillars).toEqual(inspectionTemplate().pillars);
  });
});

describe('an inspection report as CSV files', () => {
  it('writes the PEEL 2018/19 report of the Met to four CSV files that read back to the same document', () => {
    const files = writeInspectionCsvFiles(peel2018Met);
    expect(files.map((file) => file.fileName)).toEqual([
      'inspection.csv',
      'judgments.csv',
      'findings.csv',
      'most-similar-group.csv',
    ]);
    expect(readInspectionCsvFiles(files).document).toStrictEqual(peel2018Met);
  });

  it('keeps a most similar group', () => {
    expect(readInspectionCsvFiles(writeInspectionCsvFiles(WITH_GROUP)).document).toStrictEqual(WITH_GROUP);
  });

  it('knows each file by a name that holds its table’s word, and does without the most similar group', () => {
    const renamed = writeInspectionCsvFiles(peel2018Met)
      .filter((file) => file.fileName !== 'most-similar-group.csv')
      .map((file) => ({ ...file, fileName: `PEEL 2018 Met ${file.fileName.replace('judgments', 'Judgements')}` }));
    expect(renamed.map((file) => file.fileName)).toContain('PEEL 2018 Met Judgements.csv');
    const { document } = readInspectionCsvFiles(renamed.reverse());
    expect(document).toEqual({ ...peel2018Met, mostSimilarGroup: undefined });
    expect(document).not.toHaveProperty('mostSimilarGroup');
  });

  it('takes the columns in any order and leaves alone a column it does not know', () => {
    const files = writeInspectionCsvFiles(inspectionTemplate()).map((file) => {
      if (file.fileName !== 'judgments.csv') return file;
      const lines = file.content.toString('utf8').replace('\ufeff', '').split('\r\n');
      const reordered = lines.map((line, index) => {
        const cells = line.split(',');
        return line === '' ? line : [index === 0 ? 'Our notes' : 'checked', ...cells.reverse()].join(',');
      });
      return { ...file, content: Buffer.from(reordered.join('\r\n'), 'utf8') };
    });
    expect(readInspectionCsvFiles(files).document).toStrictEqual(inspectionTemplate());
  });
});

describe('the inspection template', () => {
  it('is a small made-up report that passes every check', () => {
    const template = inspectionTemplate();
    expect(checkInspection(template)).toEqual([]);
    expect(template.force).toBe('exampleshire');
    expect(template.pillars.map((pillar) => pillar.components.length)).toEqual([2]);
    const [cause, improvement, practice] = template.findings;
    expect(cause?.recommendations?.map((r) => r.due)).toEqual([
      { kind: 'immediate' },
      { kind: 'within-months', months: 6 },
    ]);
    expect(improvement).toMatchObject({
      kind: 'area-for-improvement',
      parts: [expect.any(String), expect.any(String)],
    });
    expect(practice?.kind).toBe('good-practice');
  });

  it('survives the trip through a workbook and through CSV files', async () => {
    const template = inspectionTemplate();
    expect((await readInspectionWorkbook(await writeInspectionWorkbook(template), 't.xlsx')).document).toStrictEqual(
      template,
    );
    expect(readInspectionCsvFiles(writeInspectionCsvFiles(template)).document).toStrictEqual(template);
  });
});
