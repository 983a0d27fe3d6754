import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { peel2018Met } from '../../../demo/peel2018.js';
import { testContext } from '../../../test/support/demoContext.js';
import { describeOnBothDatabases } from '../../../test/support/testStores.js';
import { readInspectionWorkbook, writeInspectionCsvFiles, inspectionTemplate } from '../../ingest/index.js';
import { exportInspection } from './exportInspection.js';
import { getInspectionTemplate } from './getInspectionTemplate.js';
import { getInspectionTemplateCsvFiles } from './getInspectionTemplateCsvFiles.js';
import { importInspectionFile } from './importInspectionFile.js';
import { listInspections } from './listInspections.js';
import { recordInspection } from './recordInspection.js';
import { problemOf } from '../../../test/support/problems.js';

/** The template workbook with some cells changed, each given as sheet, row, column number and new value. */
async function templateWith(template: Buffer, edits: readonly [string, number, number, string][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ArrayBuffer);
  for (const [sheet, row, column, value] of edits) book.getWorksheet(sheet)!.getRow(row).getCell(column).value = value;
  return Buffer.from(await book.xlsx.writeBuffer());
}

describeOnBothDatabases('inspection reports in and out of spreadsheets', (store) => {
  const ctx = () => testContext(store());
  const inspectionKeys = async () => (await listInspections(ctx())).inspections.map((i) => i.key).sort();

  beforeAll(async () => {
    await recordInspection(ctx(), peel2018Met);
  });

  it('loads the template workbook as it comes', async () => {
    const template = await getInspectionTemplate(ctx(), { format: 'xlsx' });
    expect(template).toMatchObject({
      fileName: 'bluelamp-inspection-template.xlsx',
      mediaType: expect.stringContaining('spreadsheetml') as unknown,
    });
    const imported = await importInspectionFile(ctx(), {
      format: 'xlsx',
      fileName: template.fileName,
      content: template.content,
    });
    expect(imported).toMatchObject({ key: inspectionTemplate().key, pillars: 1, components: 2, findings: 5 });
    expect(await inspectionKeys()).toContain(inspectionTemplate().key);
  });

  it('refuses a workbook with one bad row, naming file, row and column, and stores nothing', async () => {
    const before = await inspectionKeys();
    const template = await getInspectionTemplate(ctx(), { format: 'xlsx' });
    const content = await templateWith(template.content, [
      ['Inspection', 2, 2, 'bad-row-report'],
      ['Findings', 6, 3, 'answering-letters'],
    ]);
    const problem = await problemOf(importInspectionFile(ctx(), { format: 'xlsx', fileName: 'report.xlsx', content }));
    expect(problem.kind).toBe('invalid-input');
    expect(problem.message).toBe(
      'The inspection was not loaded: report.xlsx, row 6, column Component (Findings sheet): "answering-letters" is not a component of this inspection.',
    );
    expect(await inspectionKeys()).toEqual(before);
  });

  it('refuses CSV files with a deadline it cannot read, naming the file, row and column', async () => {
    const before = await inspectionKeys();
    const files = writeInspectionCsvFiles({ ...inspectionTemplate(), key: 'bad-csv-report' }).map((file) =>
      file.fileName === 'findings.csv'
        ? {
            fileName: 'exampleshire-findings.csv',
            content: Buffer.from(file.content.toString('utf8').replace('within 6 months', 'by Easter')),
          }
        : file,
    );
    const problem = await problemOf(importInspectionFile(ctx(), { format: 'csv', files }));
    expect(problem).toMatchObject({ kind: 'invalid-input', field: 'files' });
    expect(problem.message).toMatch(
      /^The inspection was not loaded: exampleshire-findings\.csv, row 4, column Due: "by Easter" is not a due date/,
    );
    expect(await inspectionKeys()).toEqual(before);
  });

  it('exports the PEEL 2018/19 report as the workbook it was loaded from, most similar group included, and refuses to load it twice', async () => {
    const file = await exportInspection(ctx(), { key: peel2018Met.key, format: 'xlsx' });
    expect(file.fileName).toBe('peel-2018-19-met.xlsx');
    const { document } = await readInspectionWorkbook(file.content, file.fileName);
    expect(document).toEqual(peel2018Met);
    const again = await problemOf(
      importInspectionFile(ctx(), { format: 'xlsx', fileName: file.fileName, content: file.content }),
    );
    expect(again.kind).toBe('conflict');
    expect((await listInspections(ctx())).inspections.filter((i) => i.key === peel2018Met.key)).toHaveLength(1);
  });

  it('offers the template as CSV files too, and cannot export a report that is not loaded', async () => {
    const files = getInspectionTemplateCsvFiles(ctx());
    expect(files.map((f) => f.fileName)).toEqual([
      'inspection.csv',
      'judgments.csv',
      'findings.csv',
      'most-similar-group.csv',
    ]);
    expect((await problemOf(exportInspection(ctx(), { key: 'no-such-report', format: 'xlsx' }))).kind).toBe(
      'not-found',
    );
  });
});
