/**
 * The parts of the Word report around its chapters, in the HTML's order: cover, contents,
 * introduction with the status legend, quarter overview with each chart as a table of its
 * figures, and the annex of status counts.
 */
import { BorderStyle, TableOfContents, type FileChild, type Paragraph } from 'docx';
import { formatLongDate } from '../../domain/calendar/index.js';
import type { QuarterlyReport, ReportChart, StatusCountRow } from '../../domain/publishing/index.js';
import { bullet, dataTable, heading, para, run } from './docxParts.js';
import { COLOURS, STYLE } from './docxStyles.js';
import {
  ANNEX_HEADING,
  ANNEX_NOTE,
  INTRODUCTION_HEADING,
  LEGEND_CAPTION,
  NO_HEADLINES,
  OVERVIEW_HEADING,
  PRIORITIES_LEAD,
  chartTableCaption,
  chartValueText,
  figureSourceText,
  progressSentence,
  statusColumns,
} from './reportText.js';

/** The cover's lines share one thick blue rule down their left, as the HTML's cover does. */
const COVER_RULE = { left: { style: BorderStyle.SINGLE, size: 72, space: 14, color: COLOURS.blue } };

export function cover(report: QuarterlyReport): Paragraph[] {
  const line = (text: string, style: string, after = 120) =>
    para(text, { style, border: COVER_RULE, indent: { left: 300 }, spacing: { before: 0, after } });
  return [
    para('', { spacing: { before: 3600, after: 0 } }),
    line(`${report.plan.title}: progress update`, STYLE.coverTitle, 360),
    line(report.quarter.title, STYLE.coverPeriod, 480),
    line(report.plan.owner, STYLE.coverMeta),
    line(`As at ${formatLongDate(report.asAt)}`, STYLE.coverMeta),
    line(`Plan version ${report.plan.version}`, STYLE.coverMeta, 0),
  ];
}

/**
 * Word's own table of contents, of the Heading 1 and Heading 2 paragraphs, written with its entries
 * (linked to the headings) so it reads the same before Word updates it and in other applications.
 */
export function contents(): FileChild[] {
  return [
    para('Contents', { style: STYLE.contentsHeading, pageBreakBefore: true }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

export function introduction(report: QuarterlyReport): FileChild[] {
  const priorities = report.priorities.map((p) =>
    bullet([run(p.title, { bold: true }), ...(p.text === null ? [] : [run(`: ${p.text}`)])]),
  );
  return [
    heading(INTRODUCTION_HEADING, 1, { pageBreakBefore: true }),
    ...(report.plan.summary === null ? [] : [para(report.plan.summary)]),
    ...(priorities.length === 0 ? [] : [para(PRIORITIES_LEAD, { keepNext: true }), ...priorities]),
    para(progressSentence(report.totals, report.quarter.title), { spacing: { before: 120 } }),
    ...dataTable({
      caption: LEGEND_CAPTION,
      headers: ['Status', 'What it means'],
      rows: report.legend.map((s) => [`${s.symbol} ${s.label}`, s.meaning]),
      numericFrom: 2,
      firstColumnShare: 0.25,
    }),
  ];
}

/** A figure's source line, in small grey type; a synthetic figure's in bold, so it cannot be missed. */
function sourceParagraph(figure: { readonly source?: string; readonly synthetic?: boolean }): Paragraph[] {
  const text = figureSourceText(figure);
  if (text === null) return [];
  const synthetic = figure.synthetic === true;
  return [
    para([run(text, synthetic ? { bold: true } : { size: 18, color: COLOURS.secondary })], {
      indent: { left: 360 },
      spacing: { before: 0, after: 120 },
    }),
  ];
}

function chartTable(chart: ReportChart): FileChild[] {
  return [
    para(
      `The chart “${chart.title}” is drawn in the HTML and PDF versions of this report; here its figures are given as a table.`,
      {
        spacing: { before: 240 },
        keepNext: true,
      },
    ),
    ...dataTable({
      caption: chartTableCaption(chart),
      headers: ['Month', ...chart.series.map((s) => s.name)],
      rows: chart.categories.map((category, i) => [category, ...chart.series.map((s) => chartValueText(s.values[i]))]),
    }),
    ...sourceParagraph(chart),
  ];
}

export function overview(report: QuarterlyReport): FileChild[] {
  const figures =
    report.headlines.length === 0
      ? [para(NO_HEADLINES)]
      : report.headlines.flatMap((h) => [bullet(h.sentence), ...sourceParagraph(h)]);
  const attributions = (report.attributions ?? []).map((text) =>
    para([run(text, { size: 18, color: COLOURS.secondary })], { spacing: { before: 240 } }),
  );
  return [
    heading(OVERVIEW_HEADING, 1, { pageBreakBefore: true }),
    ...figures,
    ...report.charts.flatMap(chartTable),
    ...attributions,
  ];
}

function countTable(caption: string, first: string, rows: readonly StatusCountRow[], report: QuarterlyReport) {
  const used = statusColumns(report, rows);
  return dataTable({
    caption,
    headers: [first, ...used.map((c) => c.label), 'Total'],
    rows: rows.map((r) => [r.label, ...used.map((c) => String(r.counts[c.code] ?? 0)), String(r.total)]),
    firstColumnShare: used.length > 3 ? 0.3 : 0.55,
  });
}

export function annex(report: QuarterlyReport): FileChild[] {
  return [
    heading(ANNEX_HEADING, 1, { pageBreakBefore: true }),
    para(ANNEX_NOTE),
    ...countTable('By lead', 'Lead', report.annex.byLead, report),
    ...countTable('By chapter', 'Chapter', report.annex.byChapter, report),
  ];
}
