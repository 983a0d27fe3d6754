/**
 * The items table of a plan spreadsheet, whatever file it comes in: a header row naming the
 * columns, then one row per node or milestone in document order, each naming its parent by ref.
 * Also the small tables a workbook adds (Statuses, Programmes, Node kinds) and the mapping from a
 * checkPlanDocument problem path back to the row and column it came from.
 */
import type { SheetRecord } from '../xlsx/workbookRecords.js';
import {
  LINK_TYPES,
  type MilestoneDocument,
  type NodeKindDefinition,
  type PlanLinkDocument,
  type PlanNodeDocument,
} from '../../domain/plans/index.js';
import type { IngestProblem } from '../ingestError.js';

/** Where a value came from: a spreadsheet row (1-based, header row 1) and column, where known. */
export interface PlanSheetLocation {
  row: number | null;
  column: string | null;
}

/** The items table's columns in the order we write them; a file may have them in any order. */
export const PLAN_ITEM_COLUMNS = [
  'Type',
  'Ref',
  'Parent ref',
  'Title',
  'Text',
  'Due',
  'Leads',
  'Programme',
  'Quantity',
  'Depends on',
  'Links',
  'Note',
] as const;
export type PlanItemColumn = (typeof PLAN_ITEM_COLUMNS)[number];

/** The Type that marks a milestone row; every other Type is a node kind's label. */
export const MILESTONE_TYPE = 'Milestone';

export const ITEM_WIDTHS = [20, 10, 11, 40, 60, 24, 14, 12, 18, 14, 40, 30];
const MILESTONE_ONLY_COLUMNS = ['Due', 'Leads', 'Programme', 'Quantity', 'Depends on'] as const;
export const ITEM_FIELD_COLUMNS: Readonly<Record<string, PlanItemColumn>> = {
  ref: 'Ref',
  kind: 'Type',
  title: 'Title',
  text: 'Text',
  note: 'Note',
  due: 'Due',
  leads: 'Leads',
  programme: 'Programme',
  quantity: 'Quantity',
  dependsOn: 'Depends on',
  links: 'Links',
};
/** The plan's own fields, by document property and by the name a Plan sheet gives them. */
export const HEADER_FIELDS = [
  ['key', 'Key'],
  ['title', 'Title'],
  ['kind', 'Kind'],
  ['owner', 'Owner'],
  ['firstYear', 'First year'],
  ['lastYear', 'Last year'],
  ['summary', 'Summary'],
] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number][0];

/** The workbook's other tables, by the document list each fills: the sheet, its columns, the ones every row needs. */
export const LIST_SHEETS = {
  statuses: {
    sheet: 'Statuses',
    columns: ['Code', 'Label', 'Symbol', 'Meaning', 'Category'],
    required: ['Code', 'Label', 'Symbol', 'Category'],
  },
  programmes: { sheet: 'Programmes', columns: ['Code', 'Label'], required: ['Code', 'Label'] },
  nodeKinds: { sheet: 'Node kinds', columns: ['Key', 'Label', 'Plural'], required: ['Key', 'Label'] },
} as const;
export type ListName = keyof typeof LIST_SHEETS;

// ---- Tables: a header row naming the columns, then one row per record ----

export type { SheetRecord };

export interface TableRow {
  row: number;
  get(column: string): string;
}

export interface TableSpec {
  file: string;
  columns: readonly string[];
  required: readonly string[];
  /** Set for every sheet but Items, so that a column is named with its sheet. */
  sheet?: string;
}

function columnName(spec: TableSpec, column: string): string {
  return spec.sheet === undefined ? column : `${column} (${spec.sheet} sheet)`;
}

/** The spreadsheet letter of a 0-based column index: 0 → A, 26 → AA. */
function columnLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${columnLetter(Math.floor(index / 26) - 1)}${letter}`;
}

function readHeader(spec: TableSpec, header: SheetRecord, problems: IngestProblem[]): Map<string, number> {
  const indexOf = new Map<string, number>();
  header.cells.forEach((cell, index) => {
    const name = cell.trim();
    if (name === '') return;
    const column = spec.columns.find((known) => known.toLowerCase() === name.toLowerCase());
    const at = { file: spec.file, row: header.row, column: columnName(spec, name) };
    if (column === undefined) {
      problems.push({ ...at, message: `"${name}" is not a known column; the columns are ${spec.columns.join(', ')}` });
    } else if (indexOf.has(column)) {
      problems.push({ ...at, message: `the column "${column}" appears twice` });
    } else {
      indexOf.set(column, index);
    }
  });
  for (const column of spec.required.filter((required) => !indexOf.has(required))) {
    const at = { file: spec.file, row: header.row, column: columnName(spec, column) };
    problems.push({ ...at, message: `the required column "${column}" is missing` });
  }
  return indexOf;
}

/** The rows under the header, or null when the table is empty; reports header and blank-cell problems. */
export function readTable(
  records: readonly SheetRecord[],
  spec: TableSpec,
  problems: IngestProblem[],
): TableRow[] | null {
  const [header, ...data] = records.filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  if (header === undefined) return null;
  const indexOf = readHeader(spec, header, problems);
  const unnamed = new Set<number>();
  const rows = data.map((record): TableRow => {
    record.cells.forEach((cell, index) => {
      if (cell.trim() === '' || (header.cells[index] ?? '').trim() !== '' || unnamed.has(index)) return;
      unnamed.add(index);
      const at = { file: spec.file, row: record.row, column: columnName(spec, columnLetter(index)) };
      problems.push({ ...at, message: 'this cell has a value but its column has no name in the header row' });
    });
    const get = (column: string): string => {
      const index = indexOf.get(column);
      return index === undefined ? '' : lineText(record.cells[index] ?? '');
    };
    for (const column of spec.required.filter((required) => indexOf.has(required) && get(required) === '')) {
      const at = { file: spec.file, row: record.row, column: columnName(spec, column) };
      problems.push({ ...at, message: `${column} is empty; every row needs one` });
    }
    return { row: record.row, get };
  });
  return rows;
}

const splitList = (text: string): string[] =>
  text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
export const lineText = (cell: string): string => cell.replace(/\r\n?/g, '\n').trim();
export const optional = (text: string): string | undefined => (text === '' ? undefined : text);
const nonEmpty = <T>(list: readonly T[]): readonly T[] | undefined => (list.length === 0 ? undefined : list);
export const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

/** The object without its undefined properties, so that a document read back has no empty keys. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** A node kind from a Type label: "Corporate objective" → key "corporate-objective", plural "Corporate objectives". */
export function nodeKindFromLabel(label: string): NodeKindDefinition {
  const plural = /[b-df-hj-np-tv-z]y$/i.test(label) ? `${label.slice(0, -1)}ies` : `${label}s`;
  return { key: slug(label), label, plural };
}

// ---- The items table ----

interface NodeBuild {
  path: string;
  node: Omit<PlanNodeDocument, 'children' | 'milestones'>;
  children: NodeBuild[];
  milestones: MilestoneDocument[];
}

interface ItemsReader {
  readonly file: string;
  readonly problems: IngestProblem[];
  /** The plan's node kinds: given by a Node kinds sheet, or gathered from the Type labels as they appear. */
  readonly kinds: NodeKindDefinition[];
  readonly deriveKinds: boolean;
  /** Where each ref first appears, to say why a Parent ref does not resolve. */
  readonly firstRows: Map<string, { row: number; milestone: boolean }>;
  readonly nodes: Map<string, NodeBuild>;
  readonly top: NodeBuild[];
  /** Document path of each item ("nodes[0].children[2]") → its row. */
  readonly rows: Map<string, number>;
}

function report(reader: ItemsReader, row: TableRow, column: string, message: string): void {
  reader.problems.push({ file: reader.file, row: row.row, column, message });
}

const isMilestoneType = (type: string): boolean => type.toLowerCase() === MILESTONE_TYPE.toLowerCase();

function kindFor(reader: ItemsReader, type: string): string {
  const key = slug(type);
  const known = reader.kinds.find((kind) => kind.label.toLowerCase() === type.toLowerCase() || kind.key === key);
  if (known !== undefined) return known.key;
  if (reader.deriveKinds && key !== '') reader.kinds.push(nodeKindFromLabel(type));
  return key;
}

/** The node a row belongs under: null for a top-level node, false when the Parent ref does not resolve. */
function findParent(reader: ItemsReader, row: TableRow, milestone: boolean): NodeBuild | null | false {
  const parentRef = row.get('Parent ref');
  if (parentRef === '') {
    if (!milestone) return null;
    report(reader, row, 'Parent ref', 'a milestone needs a Parent ref: the ref of the node it belongs to');
    return false;
  }
  const parent = reader.nodes.get(parentRef);
  if (parent !== undefined) return parent;
  report(reader, row, 'Parent ref', parentProblem(parentRef, reader.firstRows.get(parentRef), row.row));
  return false;
}

function parentProblem(parentRef: string, first: { row: number; milestone: boolean } | undefined, row: number): string {
  if (first === undefined) return `no row has the ref "${parentRef}"`;
  if (first.milestone) return `"${parentRef}" is a milestone (row ${first.row}); a parent must be a node`;
  if (first.row === row) return 'a row cannot be its own parent';
  return `"${parentRef}" is defined later, on row ${first.row}; a parent must come first`;
}

const LINK_ENTRY = /^(\S+)\s+([^\s:]+)\s*:\s*(\S.*)$/;

function readLinks(reader: ItemsReader, row: TableRow): readonly PlanLinkDocument[] | undefined {
  const links: PlanLinkDocument[] = [];
  for (const entry of splitList(row.get('Links'))) {
    const [, word = '', planKey = '', nodeRef = ''] = LINK_ENTRY.exec(entry) ?? [];
    const type = LINK_TYPES.find((linkType) => linkType === word.toLowerCase());
    if (type === undefined) {
      const form = LINK_TYPES.map((linkType) => `"${linkType} <plan key>:<node ref>"`).join(' or ');
      report(reader, row, 'Links', `"${entry}" is not a link; write ${form}, several separated by ";"`);
    } else {
      links.push({ type, planKey, nodeRef });
    }
  }
  return nonEmpty(links);
}

function readMilestoneRow(reader: ItemsReader, row: TableRow, parent: NodeBuild | false): void {
  const due = row.get('Due');
  const leads = splitList(row.get('Leads'));
  if (due === '')
    report(reader, row, 'Due', 'a milestone needs a Due, as the plan prints it ("By Quarter 3, 2018-19")');
  if (leads.length === 0)
    report(reader, row, 'Leads', 'a milestone needs at least one lead unit code (several: "HR; DP")');
  if (row.get('Note') !== '') report(reader, row, 'Note', 'milestones have no Note; put it in Text');
  const milestone: MilestoneDocument = compact({
    ref: row.get('Ref'),
    title: row.get('Title'),
    text: row.get('Text'),
    due,
    leads,
    programme: optional(row.get('Programme')),
    quantity: optional(row.get('Quantity')),
    dependsOn: nonEmpty(splitList(row.get('Depends on'))),
    links: readLinks(reader, row),
  });
  if (parent === false) return;
  reader.rows.set(`${parent.path}.milestones[${parent.milestones.length}]`, row.row);
  parent.milestones.push(milestone);
}

function readNodeRow(reader: ItemsReader, row: TableRow, parent: NodeBuild | null | false): void {
  const type = row.get('Type');
  for (const column of MILESTONE_ONLY_COLUMNS.filter((only) => row.get(only) !== '')) {
    report(reader, row, column, `only milestones have a ${column}; this row is a ${type === '' ? 'node' : type}`);
  }
  const node = compact({
    ref: row.get('Ref'),
    kind: kindFor(reader, type),
    title: row.get('Title'),
    text: optional(row.get('Text')),
    note: optional(row.get('Note')),
    links: readLinks(reader, row),
  });
  let siblings: NodeBuild[] | null = null;
  let path = '';
  if (parent === null) {
    siblings = reader.top;
    path = `nodes[${reader.top.length}]`;
  } else if (parent !== false) {
    siblings = parent.children;
    path = `${parent.path}.children[${parent.children.length}]`;
  }
  const build: NodeBuild = { path, node, children: [], milestones: [] };
  if (siblings !== null) {
    reader.rows.set(path, row.row);
    siblings.push(build);
  }
  if (!reader.nodes.has(node.ref)) reader.nodes.set(node.ref, build);
}

function finishNode(build: NodeBuild): PlanNodeDocument {
  return compact({
    ...build.node,
    children: nonEmpty(build.children.map(finishNode)),
    milestones: nonEmpty(build.milestones),
  });
}

export interface ItemsResult {
  nodes: PlanNodeDocument[];
  nodeKinds: NodeKindDefinition[];
  rows: Map<string, number>;
}

export function readItems(
  file: string,
  records: readonly SheetRecord[],
  givenKinds: readonly NodeKindDefinition[] | null,
  problems: IngestProblem[],
): ItemsResult {
  const spec = { file, columns: PLAN_ITEM_COLUMNS, required: ['Type', 'Ref', 'Title'] };
  const found: IngestProblem[] = [];
  const table = readTable(records, spec, found);
  if (table === null) found.push({ file, row: null, column: null, message: 'has no header row naming the columns' });
  const rows = table ?? [];
  const reader: ItemsReader = {
    file,
    problems: found,
    kinds: [...(givenKinds ?? [])],
    deriveKinds: givenKinds === null,
    firstRows: new Map(),
    nodes: new Map(),
    top: [],
    rows: new Map(),
  };
  for (const row of rows) {
    const ref = row.get('Ref');
    const first = { row: row.row, milestone: isMilestoneType(row.get('Type')) };
    if (!reader.firstRows.has(ref)) reader.firstRows.set(ref, first);
  }
  for (const row of rows) {
    const milestone = isMilestoneType(row.get('Type'));
    const parent = findParent(reader, row, milestone);
    if (milestone) readMilestoneRow(reader, row, parent === null ? false : parent);
    else readNodeRow(reader, row, parent);
  }
  // One by one: spreading a list of many thousand problems into push overflows the stack.
  for (const problem of found.sort((a, b) => (a.row ?? 0) - (b.row ?? 0))) problems.push(problem);
  return { nodes: reader.top.map(finishNode), nodeKinds: reader.kinds, rows: reader.rows };
}
