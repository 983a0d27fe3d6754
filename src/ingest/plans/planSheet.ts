/**
 * A plan in the spreadsheet form performance teams keep today (see planItems.ts for the items
 * table). A CSV file holds the items table alone and the caller supplies the plan's own fields;
 * an .xlsx workbook holds the whole plan in the sheets Plan (Field | Value), Items, and optionally
 * Statuses, Programmes and Node kinds.
 *
 * Reading throws an IngestError with every structural problem at once (columns, parents, links, a
 * milestone's Due and Leads). What checkPlanDocument checks is left to it: the caller runs it on
 * the document and reports each problem where `locate` says it came from.
 */
import {
  DEFAULT_STATUSES,
  type NodeKindDefinition,
  type PlanDocument,
  type PlanKind,
  type ProgrammeDefinition,
  type StatusCategory,
  type StatusDefinition,
} from '../../domain/plans/index.js';
import { CsvSyntaxError, formatCsv, parseCsv, restoreCsvCell } from '../csv/csvRows.js';
import { IngestError, type IngestProblem } from '../ingestError.js';
import { readWorkbookSheets } from '../xlsx/readWorkbookSheets.js';
import { PLAN_WORKBOOK_LIMITS } from '../xlsx/workbookLimits.js';
import { addTableSheet, type SheetLayout } from '../xlsx/writeSheet.js';
import {
  HEADER_FIELDS,
  ITEM_WIDTHS,
  LIST_SHEETS,
  PLAN_ITEM_COLUMNS,
  compact,
  lineText,
  nodeKindFromLabel,
  optional,
  readItems,
  readTable,
  slug,
  type HeaderField,
  type ListName,
  type PlanSheetLocation,
  type SheetRecord,
  type TableRow,
} from './planItems.js';
import { itemRows, planLocator } from './planItemRows.js';

export { nodeKindFromLabel, type PlanSheetLocation } from './planItems.js';

/** The plan's own fields, which a CSV file cannot hold and the caller therefore supplies. */
export type PlanSheetHeader = Omit<PlanDocument, 'nodeKinds' | 'nodes' | 'statuses' | 'programmes'>;

export interface PlanSheetResult {
  document: PlanDocument;
  /** The row and column behind a checkPlanDocument problem path ("nodes[1].milestones[0].due"). */
  locate: (path: string) => PlanSheetLocation;
}

function headerOf(header: PlanSheetHeader): PlanSheetHeader {
  const { key, title, kind, owner, firstYear, lastYear, summary } = header;
  return compact({ key, title, kind, owner, firstYear, lastYear, summary });
}

/**
 * Reads a plan's items from CSV. Formula-like cells written with a protective apostrophe (as
 * writePlanCsv does) are read without it.
 */
export function readPlanCsv(text: string, fileName: string, header: PlanSheetHeader): PlanSheetResult {
  let records: SheetRecord[];
  try {
    records = parseCsv(text).map(({ row, cells }) => ({ row, cells: cells.map(restoreCsvCell) }));
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    throw new IngestError([{ file: fileName, row: error.line, column: null, message: error.detail }]);
  }
  const problems: IngestProblem[] = [];
  const items = readItems(fileName, records, null, problems);
  if (problems.length > 0) throw new IngestError(problems);
  const document: PlanDocument = { ...headerOf(header), nodeKinds: items.nodeKinds, nodes: items.nodes };
  return { document, locate: planLocator(items.rows, new Map()) };
}

/** The items table of a plan as CSV, header row first; the plan's own fields are not included. */
export function writePlanCsv(document: PlanDocument): string {
  return formatCsv([[...PLAN_ITEM_COLUMNS], ...itemRows(document)]);
}

// ---- Reading a workbook ----

const fieldKey = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The plan's own fields from the Plan sheet: a Field | Value pair per row, under an optional header row. */
function readPlanSheet(file: string, records: SheetRecord[] | undefined, problems: IngestProblem[]): PlanSheetHeader {
  const names = HEADER_FIELDS.map(([, name]) => name).join(', ');
  if (records === undefined) {
    const message = `has no sheet named "Plan" (two columns, Field and Value, with the fields ${names})`;
    problems.push({ file, row: null, column: null, message });
  }
  const values = new Map<HeaderField, string>();
  (records ?? []).forEach(({ row, cells }, index) => {
    const [name = '', value = ''] = cells.map(lineText);
    if ((index === 0 && fieldKey(name) === 'field') || (name === '' && value === '')) return;
    const field = HEADER_FIELDS.find(([, label]) => fieldKey(label) === fieldKey(name))?.[0];
    const at = { file, row, column: 'Field (Plan sheet)' };
    if (field === undefined)
      problems.push({ ...at, message: `"${name}" is not a plan field; the fields are ${names}` });
    else if (values.has(field)) problems.push({ ...at, message: `the field "${name}" is given twice` });
    else values.set(field, value);
  });
  const value = (field: HeaderField): string => values.get(field) ?? '';
  return compact({
    key: value('key'),
    title: value('title'),
    kind: slug(value('kind')) as PlanKind,
    owner: value('owner'),
    firstYear: value('firstYear'),
    lastYear: value('lastYear'),
    summary: optional(value('summary')),
  });
}

interface ListReader {
  readonly file: string;
  readonly sheets: Map<string, SheetRecord[]>;
  readonly problems: IngestProblem[];
  /** "statuses[2]" → its row in the Statuses sheet. */
  readonly rows: Map<string, number>;
}

/** The rows of an optional list sheet, or undefined when the sheet is absent or has no rows under its header. */
function readList(reader: ListReader, list: ListName): TableRow[] | undefined {
  const { sheet, columns, required } = LIST_SHEETS[list];
  const records = reader.sheets.get(sheet.toLowerCase());
  if (records === undefined) return undefined;
  const spec = { file: reader.file, columns, required, sheet };
  const rows = readTable(records, spec, reader.problems) ?? [];
  rows.forEach((row, index) => reader.rows.set(`${list}[${index}]`, row.row));
  return rows.length === 0 ? undefined : rows;
}

function readStatuses(reader: ListReader): StatusDefinition[] | undefined {
  return readList(reader, 'statuses')?.map((row) => ({
    code: row.get('Code'),
    label: row.get('Label'),
    symbol: row.get('Symbol'),
    meaning: row.get('Meaning'),
    category: slug(row.get('Category')) as StatusCategory,
  }));
}

function readProgrammes(reader: ListReader): ProgrammeDefinition[] | undefined {
  return readList(reader, 'programmes')?.map((row) => ({ code: row.get('Code'), label: row.get('Label') }));
}

function readNodeKinds(reader: ListReader): NodeKindDefinition[] | undefined {
  return readList(reader, 'nodeKinds')?.map((row) => {
    const label = row.get('Label');
    return { key: row.get('Key'), label, plural: row.get('Plural') || nodeKindFromLabel(label).plural };
  });
}

/**
 * Reads a whole plan from an .xlsx workbook. A Node kinds sheet, when it has rows, defines the
 * node kinds, and each Type names one by its label or key; otherwise they come from the Type labels.
 */
export async function readPlanXlsx(content: Buffer, fileName: string): Promise<PlanSheetResult> {
  const sheets = await readWorkbookSheets(content, fileName, PLAN_WORKBOOK_LIMITS);
  const reader: ListReader = { file: fileName, sheets, problems: [], rows: new Map() };
  const header = readPlanSheet(fileName, sheets.get('plan'), reader.problems);
  const statuses = readStatuses(reader);
  const programmes = readProgrammes(reader);
  const givenKinds = readNodeKinds(reader);
  const itemRecords = sheets.get('items');
  if (itemRecords === undefined) {
    const message = `has no sheet named "Items" (the columns ${PLAN_ITEM_COLUMNS.join(', ')})`;
    reader.problems.push({ file: fileName, row: null, column: null, message });
  }
  const items =
    itemRecords === undefined ? null : readItems(fileName, itemRecords, givenKinds ?? null, reader.problems);
  if (items === null || reader.problems.length > 0) throw new IngestError(reader.problems);
  const document: PlanDocument = compact({
    ...header,
    nodeKinds: items.nodeKinds,
    statuses,
    programmes,
    nodes: items.nodes,
  });
  return { document, locate: planLocator(items.rows, reader.rows) };
}

// ---- Writing a workbook ----

function listLayout(list: ListName, widths: readonly number[]): SheetLayout {
  const { sheet, columns } = LIST_SHEETS[list];
  return { name: sheet, columns, widths, wrap: ['Meaning'] };
}

/** The whole plan as an .xlsx workbook that readPlanXlsx reads back to the same document. */
export async function writePlanXlsx(document: PlanDocument): Promise<Buffer> {
  // Loaded on the first workbook written: ExcelJS holds about 28 MB and most servers rarely write one.
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  const fields = HEADER_FIELDS.map(([field, name]) => [name, document[field] ?? '']);
  addTableSheet(workbook, { name: 'Plan', columns: ['Field', 'Value'], widths: [14, 80], wrap: ['Value'] }, fields);
  const items = { name: 'Items', columns: PLAN_ITEM_COLUMNS, widths: ITEM_WIDTHS, wrap: ['Title', 'Text', 'Note'] };
  addTableSheet(workbook, items, itemRows(document));
  const statuses = (document.statuses ?? []).map((s) => [s.code, s.label, s.symbol, s.meaning, s.category]);
  addTableSheet(workbook, listLayout('statuses', [14, 20, 8, 60, 14]), statuses);
  const programmes = (document.programmes ?? []).map((programme) => [programme.code, programme.label]);
  addTableSheet(workbook, listLayout('programmes', [14, 40]), programmes);
  const kinds = document.nodeKinds.map((kind) => [kind.key, kind.label, kind.plural]);
  addTableSheet(workbook, listLayout('nodeKinds', [24, 24, 24]), kinds);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---- Templates ----

/** An invented example plan: a chapter, an objective under it, and a milestone of that objective. */
const TEMPLATE_PLAN: PlanDocument = {
  key: 'example-force-business-plan-2025-26',
  title: 'Example Force Business Plan 2025-26',
  kind: 'business-plan',
  owner: 'Example Police',
  firstYear: '2025-26',
  lastYear: '2025-26',
  summary: 'Replace these rows with your plan: one row per chapter, objective or milestone.',
  nodeKinds: [nodeKindFromLabel('Chapter'), nodeKindFromLabel('Objective')],
  nodes: [
    {
      ref: '1',
      kind: 'chapter',
      title: 'Answering the public',
      text: 'How people reach us, and what happens when they do.',
      children: [
        {
          ref: '1.1',
          kind: 'objective',
          title: 'Improve first contact',
          text: 'People who get in touch reach the right help the first time, by phone or online.',
          links: [{ type: 'delivers', planKey: 'example-police-and-crime-plan', nodeRef: 'P1' }],
          milestones: [
            {
              ref: 'EX-01',
              title: 'Online reporting for non-emergencies',
              text: 'Open an online form for non-emergency reports, with a reply within two working days.',
              due: 'By Quarter 3, 2025-26',
              leads: ['CONTACT'],
              quantity: 'reply within 2 working days',
            },
          ],
        },
      ],
    },
  ],
};

/** A file for a team to fill in: the header row and example rows (the workbook also has the default status scale). */
export function planTemplate(format: 'csv'): string;
export function planTemplate(format: 'xlsx'): Promise<Buffer>;
export function planTemplate(format: 'csv' | 'xlsx'): string | Promise<Buffer> {
  return format === 'csv'
    ? writePlanCsv(TEMPLATE_PLAN)
    : writePlanXlsx({ ...TEMPLATE_PLAN, statuses: DEFAULT_STATUSES });
}
