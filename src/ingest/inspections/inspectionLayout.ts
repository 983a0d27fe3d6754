/**
 * The four tables an inspection report is kept in, the same whether they are sheets of one
 * workbook or CSV files: their columns in the order we write them, the columns a file must have,
 * and how a sheet or file is recognised by its name.
 */

export const INSPECTION_TABLES = ['inspection', 'judgments', 'findings', 'mostSimilarGroup'] as const;
export type InspectionTable = (typeof INSPECTION_TABLES)[number];

/** The Inspection table's fields, by document property, with the name the sheet gives each. */
export const INSPECTION_FIELDS = [
  ['key', 'Key'],
  ['programmeKey', 'Programme key'],
  ['programmeName', 'Programme name'],
  ['programmeYear', 'Programme year'],
  ['approach', 'Approach'],
  ['mandatoryComponents', 'Mandatory components'],
  ['force', 'Force'],
  ['title', 'Title'],
  ['publishedOn', 'Published on'],
  ['source', 'Source'],
] as const;
export type InspectionField = (typeof INSPECTION_FIELDS)[number][0];

/** Fields a report may leave blank: the rest say which report this is. */
export const OPTIONAL_FIELDS: readonly InspectionField[] = ['approach', 'mandatoryComponents', 'source'];

export const JUDGMENT_COLUMNS = [
  'Level',
  'Key',
  'Pillar',
  'Name',
  'Question',
  'Also called',
  'Themes',
  'Grade',
  'Previous grade',
  'Carried forward',
] as const;
export type JudgmentColumn = (typeof JUDGMENT_COLUMNS)[number];

export const FINDING_COLUMNS = [
  'Ref',
  'Type',
  'Component',
  'Cause of concern',
  'Text',
  'Parts',
  'Due',
  'Owner',
  'Raised in',
  'Status then',
] as const;
export type FindingColumn = (typeof FINDING_COLUMNS)[number];

export const COMPARATOR_COLUMNS = ['Force', 'Force name', 'Pillar', 'Grade', 'Carried forward'] as const;
export type ComparatorColumn = (typeof COMPARATOR_COLUMNS)[number];

export interface TableLayout {
  /** The sheet name we write, which is also what the table is called in messages. */
  readonly sheet: string;
  /** The CSV file name we write. */
  readonly fileName: string;
  /** Lower-case words without spaces or punctuation; a sheet or file whose name holds one is this table. */
  readonly nameWords: readonly string[];
  readonly columns: readonly string[];
  /** Columns a file must have; which rows need a value in them is each table's own rule. */
  readonly requiredColumns: readonly string[];
  readonly widths: readonly number[];
  /** Columns of long text, written with wrapping on. */
  readonly wrap: readonly string[];
}

export const TABLE_LAYOUTS: Readonly<Record<InspectionTable, TableLayout>> = {
  inspection: {
    sheet: 'Inspection',
    fileName: 'inspection.csv',
    nameWords: ['inspection'],
    columns: ['Field', 'Value'],
    requiredColumns: [],
    widths: [24, 90],
    wrap: ['Value'],
  },
  judgments: {
    sheet: 'Judgments',
    fileName: 'judgments.csv',
    nameWords: ['judgments', 'judgements', 'judgment', 'judgement'],
    columns: JUDGMENT_COLUMNS,
    requiredColumns: ['Level', 'Key', 'Name', 'Grade'],
    widths: [11, 30, 18, 40, 50, 36, 50, 22, 22, 10],
    wrap: ['Name', 'Question', 'Also called', 'Themes'],
  },
  findings: {
    sheet: 'Findings',
    fileName: 'findings.csv',
    nameWords: ['findings', 'finding'],
    columns: FINDING_COLUMNS,
    requiredColumns: ['Ref', 'Type', 'Text'],
    widths: [14, 20, 30, 16, 70, 50, 18, 12, 36, 36],
    wrap: ['Text', 'Parts', 'Raised in', 'Status then'],
  },
  mostSimilarGroup: {
    sheet: 'Most similar group',
    fileName: 'most-similar-group.csv',
    nameWords: ['mostsimilargroup'],
    columns: COMPARATOR_COLUMNS,
    requiredColumns: ['Force', 'Pillar'],
    widths: [22, 30, 18, 22, 10],
    wrap: [],
  },
};

const nameWords = (name: string): string =>
  name
    .toLowerCase()
    .replace(/\.csv$/, '')
    .replace(/[^a-z0-9]/g, '');

/** The table a workbook sheet is, by its whole name in any case ("Most similar group", "FINDINGS"). */
export function tableOfSheet(name: string): InspectionTable | null {
  const words = nameWords(name);
  return INSPECTION_TABLES.find((table) => TABLE_LAYOUTS[table].nameWords.includes(words)) ?? null;
}

/**
 * The table a CSV file is, by any name holding the table's word. The more particular words are
 * tried first, since "peel-inspection-findings.csv" holds findings, not the Inspection table.
 */
export function tableOfFileName(name: string): InspectionTable | null {
  const words = nameWords(name);
  const order: readonly InspectionTable[] = ['mostSimilarGroup', 'findings', 'judgments', 'inspection'];
  return order.find((table) => TABLE_LAYOUTS[table].nameWords.some((word) => words.includes(word))) ?? null;
}
