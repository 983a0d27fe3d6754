import { describe, expect, it } from 'vitest';
import { checkPlanDocument } from '../../domain/plans/index.js';
import { parseCsv } from '../csv/csvRows.js';
import { IngestError, type IngestProblem } from '../ingestError.js';
import { planTemplate, readPlanCsv, writePlanCsv, type PlanSheetHeader } from './planSheet.js';
import { SAMPLE_PLAN_HEADER } from '../../../test/support/planFixtures.js';

const HEADER: PlanSheetHeader = SAMPLE_PLAN_HEADER;

const COLUMNS = 'Type,Ref,Parent ref,Title,Text,Due,Leads,Programme,Quantity,Depends on,Links,Note';
const csv = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** Rows 2–6 of a small business plan in the items form. */
const SAMPLE_ROWS = [
  'Chapter,3,,Tackling violent crime,,,,,,,,',
  'Corporate objective,3.4,3,Moped-enabled crime,"Fewer moped thefts in Camden, Islington and Westminster",,,,,,delivers police-and-crime-plan-2017-21:P2,',
  'Milestone,BP18-38,3.4,Summer days of action,Focused days of action in the summer peak,"Quarter 2, 2018-19",MetOps,,,,,',
  'Chapter,5,,Transforming the Met,,,,,,,,To be developed',
  'Milestone,BP18-70,5,Workforce plan,Publish the workforce plan,"By Quarter 4, 2018-19",HR; S&G,OMM,90% of officers,BP18-38,,',
];

function problemsOf(read: () => unknown): IngestProblem[] {
  try {
    read();
  } catch (error) {
    if (error instanceof IngestError) return error.problems;
    throw error;
  }
  throw new Error('expected an IngestError');
}

describe('readPlanCsv', () => {
  it('reads the items table into a tree of nodes and milestones under the given header', () => {
    const { document } = readPlanCsv(csv(COLUMNS, ...SAMPLE_ROWS), 'plan.csv', HEADER);
    expect(document).toEqual({
      ...HEADER,
      nodeKinds: [
        { key: 'chapter', label: 'Chapter', plural: 'Chapters' },
        { key: 'corporate-objective', label: 'Corporate objective', plural: 'Corporate objectives' },
      ],
      nodes: [
        {
          ref: '3',
          kind: 'chapter',
          title: 'Tackling violent crime',
          children: [
            {
              ref: '3.4',
              kind: 'corporate-objective',
              title: 'Moped-enabled crime',
              text: 'Fewer moped thefts in Camden, Islington and Westminster',
              links: [{ type: 'delivers', planKey: 'police-and-crime-plan-2017-21', nodeRef: 'P2' }],
              milestones: [
                {
                  ref: 'BP18-38',
                  title: 'Summer days of action',
                  text: 'Focused days of action in the summer peak',
                  due: 'Quarter 2, 2018-19',
                  leads: ['MetOps'],
                },
              ],
            },
          ],
        },
        {
          ref: '5',
          kind: 'chapter',
          title: 'Transforming the Met',
          note: 'To be developed',
          milestones: [
            {
              ref: 'BP18-70',
              title: 'Workforce plan',
              text: 'Publish the workforce plan',
              due: 'By Quarter 4, 2018-19',
              leads: ['HR', 'S&G'],
              programme: 'OMM',
              quantity: '90% of officers',
              dependsOn: ['BP18-38'],
            },
          ],
        },
      ],
    });
    expect(checkPlanDocument({ ...document, programmes: [{ code: 'OMM', label: 'One Met Model' }] })).toEqual([]);
  });

  it('keeps a quoted Location-style cell with commas and a line break in one Text', () => {
    const text = csv(
      'Type,Ref,Title,Text',
      'Priority,P1,Town centres,"On or near Oxford Street, Regent Street, W1',
      'and the streets around it"',
    );
    expect(readPlanCsv(text, 'plan.csv', HEADER).document.nodes[0]?.text).toBe(
      'On or near Oxford Street, Regent Street, W1\nand the streets around it',
    );
  });

  it('reads header names in any case and any order, and skips blank lines', () => {
    const text = csv(
      'title,REF,type,parent REF,due,leads',
      'Activity,A1,Activity,,,',
      '',
      ',,,,,',
      'M1,M1,milestone,A1,Q1,DP',
    );
    const { document } = readPlanCsv(text, 'plan.csv', HEADER);
    expect(document.nodeKinds).toEqual([{ key: 'activity', label: 'Activity', plural: 'Activities' }]);
    expect(document.nodes[0]?.milestones?.[0]).toEqual({ ref: 'M1', title: 'M1', text: '', due: 'Q1', leads: ['DP'] });
  });

  it('parses a Links cell into typed links to other plans', () => {
    const links = 'delivers police-and-crime-plan-2017-21:P2; Contributes-to police-and-crime-plan-2017-21 : 3.1 ;';
    const text = csv('Type,Ref,Title,Links', `Objective,1.1,Violence,"${links}"`);
    expect(readPlanCsv(text, 'plan.csv', HEADER).document.nodes[0]?.links).toEqual([
      { type: 'delivers', planKey: 'police-and-crime-plan-2017-21', nodeRef: 'P2' },
      { type: 'contributes-to', planKey: 'police-and-crime-plan-2017-21', nodeRef: '3.1' },
    ]);
  });

  it('reports an unknown Parent ref on row 7 naming the file, the row and the Parent ref column', () => {
    const text = csv(COLUMNS, ...SAMPLE_ROWS, 'Milestone,BP18-99,9.9,Lost,Text,"Quarter 1, 2018-19",DP,,,,,');
    const read = (): unknown => readPlanCsv(text, 'plan.csv', HEADER);
    expect(read).toThrow(IngestError);
    expect(read).toThrow('plan.csv, row 7, column Parent ref: no row has the ref "9.9"');
    expect(problemsOf(read)).toEqual([
      { file: 'plan.csv', row: 7, column: 'Parent ref', message: 'no row has the ref "9.9"' },
    ]);
  });

  it('reports every structural problem at once, each with its row and column', () => {
    const text = csv(
      'Type,Ref,Parent ref,Title,Text,Due,Leads,Links,Note',
      'Chapter,1,,Answering the public,,,,,',
      'Objective,1.1,1,,,,,,',
      'Milestone,M1,1.1,Online form,Text,,CONTACT,,',
      'Milestone,M2,1.1,Call-back,Text,"By Quarter 2, 2025-26",,,Ring back',
      'Objective,1.2,M1,Second,,,,,',
      'Objective,1.3,1.4,Third,,,,,',
      'Objective,1.4,1,Fourth,,,,supports pcp:P1,',
      'Chapter,2,,Second chapter,,Quarter 1,,,',
      'Milestone,M3,,Orphan,Text,Quarter 1,DP,,',
    );
    const read = (): unknown => readPlanCsv(text, 'plan.csv', HEADER);
    expect(problemsOf(read).map(({ row, column }) => `${row} ${column}`)).toEqual([
      '3 Title',
      '4 Due',
      '5 Leads',
      '5 Note',
      '6 Parent ref',
      '7 Parent ref',
      '8 Links',
      '9 Due',
      '10 Parent ref',
    ]);
    expect(problemsOf(read).map((problem) => problem.message)).toEqual([
      'Title is empty; every row needs one',
      'a milestone needs a Due, as the plan prints it ("By Quarter 3, 2018-19")',
      'a milestone needs at least one lead unit code (several: "HR; DP")',
      'milestones have no Note; put it in Text',
      '"M1" is a milestone (row 4); a parent must be a node',
      '"1.4" is defined later, on row 8; a parent must come first',
      '"supports pcp:P1" is not a link; write "delivers <plan key>:<node ref>" or "contributes-to <plan key>:<node ref>", several separated by ";"',
      'only milestones have a Due; this row is a Chapter',
      'a milestone needs a Parent ref: the ref of the node it belongs to',
    ]);
    expect(read).toThrow(
      /^plan\.csv, row 3, column Title: Title is empty; every row needs one \(and 8 more problems\)$/,
    );
  });

  it('reports an unknown column by its name and a missing required column, together', () => {
    const read = (): unknown => readPlanCsv(csv('Type,Ref,Colour,Owner', 'Chapter,1,red,HR'), 'plan.csv', HEADER);
    expect(problemsOf(read)).toEqual([
      expect.objectContaining({
        row: 1,
        column: 'Colour',
        message: expect.stringMatching(
          /^"Colour" is not a known column; the columns are Type, Ref, Parent ref/,
        ) as unknown,
      }),
      expect.objectContaining({ row: 1, column: 'Owner' }),
      { file: 'plan.csv', row: 1, column: 'Title', message: 'the required column "Title" is missing' },
    ]);
  });

  it('reports a column given twice and a value under a header cell left empty', () => {
    const read = (): unknown => readPlanCsv(csv('Type,Ref,Title,ref,', 'Chapter,1,One,,stray'), 'plan.csv', HEADER);
    expect(problemsOf(read)).toEqual([
      { file: 'plan.csv', row: 1, column: 'ref', message: 'the column "Ref" appears twice' },
      {
        file: 'plan.csv',
        row: 2,
        column: 'E',
        message: 'this cell has a value but its column has no name in the header row',
      },
    ]);
  });

  it('turns an unterminated quote into an IngestError on the line where the field starts', () => {
    const read = (): unknown => readPlanCsv(csv('Type,Ref,Title', 'Chapter,1,"Open', 'still open'), 'plan.csv', HEADER);
    expect(problemsOf(read)).toEqual([
      { file: 'plan.csv', row: 2, column: null, message: 'a quoted field is never closed (a " is missing)' },
    ]);
  });

  it('rejects an empty file because it has no header row', () => {
    expect(problemsOf(() => readPlanCsv('', 'empty.csv', HEADER))).toEqual([
      { file: 'empty.csv', row: null, column: null, message: 'has no header row naming the columns' },
    ]);
  });

  it('leaves checks such as due dates and duplicate refs to checkPlanDocument', () => {
    const text = csv(COLUMNS, 'Chapter,1,,One,,,,,,,,', 'Milestone,1,1,Twice,Text,next spring,??,,,,,');
    const { document, locate } = readPlanCsv(text, 'plan.csv', HEADER);
    const problems = checkPlanDocument(document).map((problem) => ({ ...problem, ...locate(problem.path) }));
    expect(problems).toEqual([
      expect.objectContaining({ path: 'nodes[0].milestones[0].ref', row: 3, column: 'Ref' }),
      expect.objectContaining({ path: 'nodes[0].milestones[0].due', row: 3, column: 'Due' }),
    ]);
  });
});

describe('writePlanCsv', () => {
  it('writes the header row, then each node followed by its milestones and then its children', () => {
    const { document } = readPlanCsv(csv(COLUMNS, ...SAMPLE_ROWS), 'plan.csv', HEADER);
    const rows = parseCsv(writePlanCsv(document)).map((record) => record.cells.join('|'));
    expect(rows).toEqual([
      COLUMNS.replaceAll(',', '|'),
      'Chapter|3||Tackling violent crime||||||||',
      'Corporate objective|3.4|3|Moped-enabled crime|Fewer moped thefts in Camden, Islington and Westminster||||||delivers police-and-crime-plan-2017-21:P2|',
      'Milestone|BP18-38|3.4|Summer days of action|Focused days of action in the summer peak|Quarter 2, 2018-19|MetOps|||||',
      'Chapter|5||Transforming the Met||||||||To be developed',
      'Milestone|BP18-70|5|Workforce plan|Publish the workforce plan|By Quarter 4, 2018-19|HR; S&G|OMM|90% of officers|BP18-38||',
    ]);
  });

  it('keeps formula-like text inert in the file and reads it back unchanged', () => {
    const text = csv('Type,Ref,Title,Text', `Chapter,1,"=HYPERLINK(""http://example.test"",""Click"")",-5 officers`);
    const { document } = readPlanCsv(text, 'plan.csv', HEADER);
    const written = writePlanCsv(document);
    expect(written).toContain(`"'=HYPERLINK(""http://example.test"",""Click"")",'-5 officers`);
    expect(readPlanCsv(written, 'plan.csv', HEADER).document).toEqual(document);
  });
});

describe('planTemplate', () => {
  it('gives a CSV a team can fill in: the header row and a chapter, an objective and a milestone that pass the checks', () => {
    const template = planTemplate('csv');
    const records = parseCsv(template);
    expect(records.map((record) => record.cells[0])).toEqual(['Type', 'Chapter', 'Objective', 'Milestone']);
    expect(records[2]?.cells[3]).toBe('Improve first contact');
    const header = { ...HEADER, firstYear: '2025-26', lastYear: '2025-26' };
    expect(checkPlanDocument(readPlanCsv(template, 'template.csv', header).document)).toEqual([]);
  });
});
