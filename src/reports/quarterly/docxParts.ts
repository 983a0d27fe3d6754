/**
 * Small pieces of Word writing for the report: runs, paragraphs in the report's styles, headings,
 * bullets, data tables with a caption and a repeating header row, and the page header and footer.
 * docx escapes every text it writes, so text goes in as it is.
 */
import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  HeadingLevel,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { COLOURS, STYLE, TEXT_WIDTH } from './docxStyles.js';

export type RunOptions = Omit<IRunOptions, 'text' | 'children'>;

export function run(text: string, options: RunOptions = {}): TextRun {
  return new TextRun({ ...options, text });
}

/** A paragraph of plain text or of runs, in a style of the report's or Normal. */
export function para(
  content: string | readonly ParagraphChild[],
  options: Omit<IParagraphOptions, 'text' | 'children'> = {},
): Paragraph {
  return new Paragraph({ ...options, children: typeof content === 'string' ? [run(content)] : content });
}

/** A heading in Word's own heading style, so it is in the navigation pane and the table of contents. */
export function heading(text: string, level: 1 | 2, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    pageBreakBefore: options.pageBreakBefore ?? false,
    children: [run(text)],
  });
}

export function bullet(content: string | readonly ParagraphChild[], options: { keepNext?: boolean } = {}): Paragraph {
  return para(content, { bullet: { level: 0 }, keepNext: options.keepNext ?? false });
}

const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule };
const HEAVY_RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: COLOURS.text };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

export interface DataTableSpec {
  readonly caption: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns from this one on hold numbers, aligned right. */
  readonly numericFrom?: number;
  /** The share of the width the first column takes; the others share the rest equally. */
  readonly firstColumnShare?: number;
}

function columnWidths(count: number, firstShare: number): number[] {
  const first = Math.round(TEXT_WIDTH * (count === 1 ? 1 : firstShare));
  const rest = count === 1 ? 0 : Math.floor((TEXT_WIDTH - first) / (count - 1));
  return [first, ...Array.from({ length: count - 1 }, () => rest)];
}

function cell(text: string, options: { width: number; numeric: boolean; header: boolean; rowHeader: boolean }) {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 0, right: 120 },
    ...(options.header
      ? {
          shading: { fill: COLOURS.headerFill, type: ShadingType.CLEAR, color: 'auto' },
          borders: { bottom: HEAVY_RULE },
        }
      : {}),
    children: [
      para([run(text, { bold: options.header || options.rowHeader })], {
        style: STYLE.tableText,
        alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        keepNext: options.header,
      }),
    ],
  });
}

/**
 * A caption (kept with its table) and a table of text: a shaded header row repeated on each page,
 * the first column as row headings, thin rules between rows as in the HTML, no vertical lines.
 */
export function dataTable(spec: DataTableSpec): [Paragraph, Table] {
  const numericFrom = spec.numericFrom ?? 1;
  const widths = columnWidths(spec.headers.length, spec.firstColumnShare ?? 0.34);
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((text, i) =>
        cell(text, {
          width: widths[i] ?? 0,
          numeric: i >= numericFrom,
          header,
          rowHeader: i === 0,
        }),
      ),
    });
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: NONE, left: NONE, right: NONE, insideVertical: NONE, bottom: RULE, insideHorizontal: RULE },
    rows: [row(spec.headers, true), ...spec.rows.map((cells) => row(cells, false))],
  });
  return [para(spec.caption, { style: STYLE.caption }), table];
}

/** A line of small text with the left part at the margin and the right part at the right margin. */
function splitLine(
  style: string,
  left: readonly ParagraphChild[],
  right: readonly ParagraphChild[],
  rule: 'top' | 'bottom',
): Paragraph {
  return para([...left, new TextRun({ children: [new Tab()] }), ...right], {
    style,
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    border: { [rule]: { ...RULE, space: 4 } },
  });
}

/** The page header: the report's title, and the quarter on the right, over a thin rule. */
export function pageHeader(title: string, quarter: string): Header {
  return new Header({ children: [splitLine(STYLE.pageHeader, [run(title)], [run(quarter)], 'bottom')] });
}

/** The page footer, under a thin rule: the plan's owner, and "Page n of m" on the right. */
export function pageFooter(owner: string): Footer {
  return new Footer({
    children: [
      splitLine(
        STYLE.pageFooter,
        [run(owner)],
        [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
        'top',
      ),
    ],
  });
}

/** An empty header or footer, for the cover. */
export const blankHeader = (): Header => new Header({ children: [para('')] });
export const blankFooter = (): Footer => new Footer({ children: [para('')] });
