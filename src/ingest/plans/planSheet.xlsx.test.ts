import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkPlanDocument, DEFAULT_STATUSES, type PlanDocument } from '../../domain/plans/index.js';
import { IngestError, type IngestProblem } from '../ingestError.js';
import { planTemplate, readPlanXlsx, writePlanXlsx } from './planSheet.js';

type Rows = ExcelJS.CellValue[][];

async function workbook(sheets: Record<string, Rows>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function loaded(content: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(content as unknown as ArrayBuffer);
  return book;
}

async function problemsOf(read: Promise<unknown>): Promise<IngestProblem[]> {
  const error: unknown = await read.then(
    () => new Error('expected an IngestError'),
    (thrown: unknown) => thrown,
  );
  if (error instanceof IngestError) return error.problems;
  throw error;
}

const PLAN_SHEET: Rows = [
  ['Field', 'Value'],
  ['Key', 'met-business-plan-2018-19'],
  ['Title', 'Met Business Plan 2018-19'],
  ['Kind', 'Business plan'],
  ['Owner', 'Metropolitan Police Service'],
  ['First year', '2018-19'],
  ['Last year', '2018-19'],
];

const PLAN: PlanDocument = {
  key: 'met-business-plan-2018-19',
  title: 'Met Business Plan 2018-19',
  kind: 'business-plan',
  owner: 'Metropolitan Police Service',
  firstYear: '2018-19',
  lastYear: '2018-19',
  summary: 'What the Met will deliver this year,\nchapter by chapter.',
  nodeKinds: [
    { key: 'chapter', label: 'Chapter', plural: 'Chapters' },
    { key: 'obj', label: 'Corporate objective', plural: 'Corporate objectives' },
    { key: 'unused', label: 'Workstream', plural: 'Workstreams' },
  ],
  statuses: DEFAULT_STATUSES.slice(0, 3),
  programmes: [{ code: 'OMM', label: 'One Met Model' }],
  nodes: [
    {
      ref: '5',
      kind: 'chapter',
      title: 'Transforming the Met',
      children: [
        {
          ref: '5.1',
          kind: 'obj',
          title: '=Estates, "fewer buildings"',
          text: 'Sell buildings we no longer need _x0041_ and\nreinvest.',
          links: [{ type: 'contributes-to', planKey: 'police-and-crime-plan-2017-21', nodeRef: 'P4' }],
          milestones: [
            {
              ref: 'BP18-70',
              title: 'Front counters',
              text: 'Close the front counters listed in the estates strategy.',
              due: 'By Quarter 4, 2018-19',
              leads: ['DP', 'S&G'],
              programme: 'OMM',
              quantity: '-3 counters',
              dependsOn: ['BP18-69'],
            },
          ],
        },
      ],
    },
  ],
};

describe('readPlanXlsx', () => {
  it('uses the result of a formula cell and the plain text of rich text, links, numbers and dates', async () => {
    const content = await workbook({
      Plan: PLAN_SHEET,
      Items: [
        ['Type', 'Ref', 'Parent ref', 'Title', 'Text', 'Due', 'Leads'],
        ['Chapter', 3, null, { formula: '"Tackling "&"violent crime"', result: 'Tackling violent crime' }],
        [
          'Milestone',
          'BP18-38',
          3,
          { richText: [{ text: 'Summer ' }, { text: 'days of action', font: { bold: true } }] },
          { text: 'See the operation order', hyperlink: 'https://example.test/op' },
          new Date(Date.UTC(2018, 9, 31)),
          { formula: 'TRIM(" MetOps ")', result: 'MetOps' },
        ],
      ],
    });
    const { document } = await readPlanXlsx(content, 'plan.xlsx');
    expect(document.nodes).toEqual([
      {
        ref: '3',
        kind: 'chapter',
        title: 'Tackling violent crime',
        milestones: [
          {
            ref: 'BP18-38',
            title: 'Summer days of action',
            text: 'See the operation order',
            due: '2018-10-31',
            leads: ['MetOps'],
          },
        ],
      },
    ]);
    expect(document.kind).toBe('business-plan');
    expect(checkPlanDocument(document)).toEqual([]);
  });

  it('gives back the plan writePlanXlsx wrote, with its statuses, programmes and node kinds', async () => {
    const { document } = await readPlanXlsx(await writePlanXlsx(PLAN), 'plan.xlsx');
    expect(document).toEqual(PLAN);
  });

  it('takes node kinds from the Node kinds sheet, matching a Type by label or key', async () => {
    const content = await workbook({
      Plan: PLAN_SHEET,
      Items: [
        ['Type', 'Ref', 'Title'],
        ['Pillar', 'E', 'Effectiveness'],
        ['pillar', 'F', 'Efficiency'],
      ],
      'Node kinds': [
        ['Key', 'Label', 'Plural'],
        ['pillar', 'PEEL pillar', ''],
      ],
    });
    const { document } = await readPlanXlsx(content, 'plan.xlsx');
    expect(document.nodeKinds).toEqual([{ key: 'pillar', label: 'PEEL pillar', plural: 'PEEL pillars' }]);
    expect(document.nodes.map((node) => node.kind)).toEqual(['pillar', 'pillar']);
  });

  it('rejects a file that is not an xlsx workbook, naming the file', async () => {
    const read = readPlanXlsx(Buffer.from('Type,Ref,Title\n'), 'plan.csv.xlsx');
    await expect(read).rejects.toThrow('plan.csv.xlsx: is not an Excel workbook (.xlsx) that can be opened');
    expect(await problemsOf(readPlanXlsx(Buffer.from('PK\u0003\u0004junk'), 'junk.xlsx'))).toEqual([
      expect.objectContaining({ file: 'junk.xlsx', row: null, column: null }),
    ]);
  });

  it('reports missing sheets and problems in every sheet at once, each column named with its sheet', async () => {
    const noSheets = await problemsOf(readPlanXlsx(await workbook({ Notes: [['x']] }), 'plan.xlsx'));
    expect(noSheets.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^has no sheet named "Plan"/) as unknown,
      expect.stringMatching(/^has no sheet named "Items"/) as unknown,
    ]);
    const content = await workbook({
      Plan: [...PLAN_SHEET, ['Colour', 'blue']],
      Statuses: [
        ['Code', 'Label', 'Symbol', 'Category'],
        ['done', 'Done', '', 'delivered'],
      ],
      Items: [
        ['Type', 'Ref', 'Title', 'Colour'],
        ['Chapter', '1', 'One', 'red'],
      ],
    });
    expect(await problemsOf(readPlanXlsx(content, 'plan.xlsx'))).toEqual([
      expect.objectContaining({
        row: 8,
        column: 'Field (Plan sheet)',
        message: expect.stringMatching(/^"Colour" is not a plan field/) as unknown,
      }),
      { file: 'plan.xlsx', row: 2, column: 'Symbol (Statuses sheet)', message: 'Symbol is empty; every row needs one' },
      expect.objectContaining({ file: 'plan.xlsx', row: 1, column: 'Colour' }),
    ]);
  });

  it('locates a problem in the Statuses sheet on its row there', async () => {
    const content = await writePlanXlsx({ ...PLAN, statuses: [...DEFAULT_STATUSES.slice(0, 2), DEFAULT_STATUSES[0]!] });
    const { document, locate } = await readPlanXlsx(content, 'plan.xlsx');
    const [problem] = checkPlanDocument(document);
    expect(problem?.path).toBe('statuses[2].code');
    expect(locate(problem!.path)).toEqual({ row: 4, column: 'Code (Statuses sheet)' });
  });
});

describe('writePlanXlsx', () => {
  it('writes the sheets with a bold frozen header row, set widths and wrapped Title and Text', async () => {
    const book = await loaded(await writePlanXlsx(PLAN));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Plan',
      'Items',
      'Statuses',
      'Programmes',
      'Node kinds',
    ]);
    const items = book.getWorksheet('Items')!;
    expect(items.getRow(1).getCell(1).font.bold).toBe(true);
    expect(items.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 1 }));
    expect(items.getColumn(4).width).toBe(40);
    expect(items.getRow(3).getCell(4).alignment.wrapText).toBe(true);
    expect(items.getRow(3).getCell(5).alignment.wrapText).toBe(true);
    expect(items.getRow(3).getCell(2).alignment.wrapText).not.toBe(true);
    expect(book.getWorksheet('Plan')!.getRow(4).values).toEqual([undefined, 'Kind', 'business-plan']);
  });

  it('stores formula-like text as text, never as a formula', async () => {
    const items = (await loaded(await writePlanXlsx(PLAN))).getWorksheet('Items')!;
    const cell = items.getRow(3).getCell(4);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=Estates, "fewer buildings"');
  });

  it('keeps control characters and literal _xHHHH_ text readable and unchanged', async () => {
    const title = 'Bell \u0007 and _x0007_ and _x005F_';
    const plan = { ...PLAN, nodes: [{ ref: '1', kind: 'chapter', title }] };
    expect((await readPlanXlsx(await writePlanXlsx(plan), 'plan.xlsx')).document.nodes[0]?.title).toBe(title);
  });
});

describe('planTemplate', () => {
  it('gives a workbook a team can fill in, with example rows and the default status scale, that passes the checks', async () => {
    const { document } = await readPlanXlsx(await planTemplate('xlsx'), 'template.xlsx');
    expect(document.statuses).toEqual(DEFAULT_STATUSES);
    expect(document.nodes[0]?.children?.[0]?.title).toBe('Improve first contact');
    expect(checkPlanDocument(document)).toEqual([]);
  });
});
