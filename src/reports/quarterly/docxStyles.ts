/**
 * The Word document's page and styles: A4, the HTML report's type (Arial, near-black text, GOV.UK
 * blue rules) as real Word styles, so a force can restyle the report in Word and the headings drive
 * Word's navigation pane and table of contents.
 */
import { BorderStyle, LineRuleType, type ISectionPropertiesOptions, type IStylesOptions } from 'docx';

export const COLOURS = {
  text: '0B0C0C',
  secondary: '505A5F',
  blue: '1D70B8',
  rule: 'B1B4B6',
  headerFill: 'F3F2F1',
  dueFill: 'EAF2FA',
  carriedFill: 'F8F8F8',
} as const;

export const FONT = 'Arial';

/** Sizes in half-points, as Word stores them. */
const SIZE = { body: 22, small: 20, h1: 34, h2: 26, title: 52, period: 34 } as const;

/** Paragraph styles the report's own paragraphs name. */
export const STYLE = {
  coverTitle: 'Title',
  coverPeriod: 'CoverPeriod',
  coverMeta: 'CoverMeta',
  contentsHeading: 'ContentsHeading',
  caption: 'TableCaption',
  tableText: 'TableText',
  metaLine: 'MetaLine',
  statement: 'MilestoneStatement',
  pageHeader: 'Header',
  pageFooter: 'Footer',
} as const;

/** Millimetres in twips (twentieths of a point), rounded as Word rounds them: A4 is 11906 × 16838. */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);

/** A4 portrait with 20 mm margins at the sides: 170 mm of text across. */
export const PAGE: NonNullable<ISectionPropertiesOptions['page']> = {
  size: { width: mm(210), height: mm(297) },
  margin: { top: mm(22), bottom: mm(20), left: mm(20), right: mm(20), header: mm(10), footer: mm(10) },
};

/** The width text runs across, in twips: what tables are sized to. */
export const TEXT_WIDTH = mm(210) - 2 * mm(20);

const small = { size: SIZE.small, color: COLOURS.secondary };

function paragraphStyles(): NonNullable<IStylesOptions['paragraphStyles']> {
  return [
    { id: STYLE.coverPeriod, name: 'Cover period', basedOn: 'Normal', run: { size: SIZE.period } },
    { id: STYLE.coverMeta, name: 'Cover details', basedOn: 'Normal', run: { color: COLOURS.secondary } },
    {
      id: STYLE.contentsHeading,
      name: 'Contents heading',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: SIZE.h1, bold: true },
      paragraph: { spacing: { after: 240 } },
    },
    {
      id: STYLE.caption,
      name: 'Table caption',
      basedOn: 'Normal',
      next: 'Normal',
      run: { bold: true, size: SIZE.small },
      paragraph: { keepNext: true, spacing: { before: 200, after: 80 } },
    },
    {
      id: STYLE.tableText,
      name: 'Table text',
      basedOn: 'Normal',
      run: { size: SIZE.small },
      paragraph: { spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
    },
    {
      id: STYLE.metaLine,
      name: 'Milestone details',
      basedOn: 'Normal',
      run: small,
      paragraph: { spacing: { after: 60 } },
    },
    {
      id: STYLE.statement,
      name: 'Milestone statement',
      basedOn: 'Normal',
      next: STYLE.metaLine,
      paragraph: { keepNext: true, keepLines: true, spacing: { before: 240, after: 80 } },
    },
    { id: STYLE.pageHeader, name: 'header', basedOn: 'Normal', run: small, paragraph: { spacing: { after: 0 } } },
    { id: STYLE.pageFooter, name: 'footer', basedOn: 'Normal', run: small, paragraph: { spacing: { after: 0 } } },
    { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { before: 60, after: 60 } } },
    {
      id: 'TOC2',
      name: 'toc 2',
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { indent: { left: 440 }, spacing: { after: 40 } },
    },
  ];
}

/** The document's styles: Normal, the headings, and the report's own paragraph styles. */
export function reportStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE.body, color: COLOURS.text },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: FONT, size: SIZE.title, bold: true, color: COLOURS.text },
        paragraph: { spacing: { after: 240 } },
      },
      heading1: {
        run: { font: FONT, size: SIZE.h1, bold: true, color: COLOURS.text },
        paragraph: {
          keepNext: true,
          spacing: { before: 0, after: 240 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: COLOURS.blue, space: 4 } },
        },
      },
      heading2: {
        run: { font: FONT, size: SIZE.h2, bold: true, color: COLOURS.text },
        paragraph: { keepNext: true, spacing: { before: 360, after: 120 } },
      },
      listParagraph: { paragraph: { spacing: { after: 60 } } },
    },
    paragraphStyles: paragraphStyles(),
  };
}
