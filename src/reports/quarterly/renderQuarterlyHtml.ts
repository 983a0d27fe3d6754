import { formatLongDate } from '../../domain/calendar/index.js';
import { narrativeParagraphs } from '../../domain/plans/index.js';
import type {
  HeadlineFigure,
  QuarterlyReport,
  ReportChapter,
  ReportChart,
  ReportMilestone,
  StatusCountRow,
} from '../../domain/publishing/index.js';
import { seriesChartSvg } from '../charts/seriesChartSvg.js';
import { anchorOf, el, escapeHtml, table } from './htmlParts.js';
import { REPORT_CSS } from './reportStyles.js';
import {
  ANNEX_HEADING,
  ANNEX_NOTE,
  INTRODUCTION_HEADING,
  LEGEND_CAPTION,
  NO_HEADLINES,
  NO_UPDATE,
  OVERVIEW_HEADING,
  PRIORITIES_LEAD,
  reasonLineText,
  OTHER_PROGRESS,
  COVER_HEADLINES_LEAD,
  COVER_SUMMARY_LEAD,
  chapterHeading,
  chartTableCaption,
  chartValueText,
  coverCounts,
  dueAndLeadText,
  figureSourceText,
  progressSentence,
  slipLineText,
  statusColumns,
} from './reportText.js';

function coverSummary(report: QuarterlyReport): string {
  const counts = coverCounts(report)
    .map((c) => `<li><span class="count">${c.count}</span> <span class="what">${escapeHtml(c.label)}</span></li>`)
    .join('\n');
  const headlines =
    report.headlines.length === 0
      ? el('p', NO_HEADLINES)
      : // Every figure says where it comes from, on the cover as much as inside.
        `<ul class="cover-headlines">\n${report.headlines.map(headlineItem).join('\n')}\n</ul>`;
  return `<p class="summary-title">${COVER_SUMMARY_LEAD}</p>
<ul class="summary">
${counts}
</ul>
<p class="summary-title">${COVER_HEADLINES_LEAD}</p>
${headlines}`;
}

function cover(report: QuarterlyReport): string {
  return `<header class="cover">
<h1>${escapeHtml(report.plan.title)}: progress update</h1>
<p class="period">${escapeHtml(report.quarter.title)}</p>
<p class="meta">${escapeHtml(report.plan.owner)} · as at ${escapeHtml(formatLongDate(report.asAt))} · plan version ${report.plan.version}</p>
${coverSummary(report)}
</header>`;
}

function contentsItem(anchor: string, text: string): string {
  return `<li><a href="#${anchor}">${escapeHtml(text)}</a><span class="page" data-page-of="${anchor}"></span></li>`;
}

function contents(report: QuarterlyReport): string {
  const items = [
    contentsItem('introduction', INTRODUCTION_HEADING),
    contentsItem('overview', OVERVIEW_HEADING),
    ...report.chapters.map((c) => contentsItem(anchorOf(c.ref), chapterHeading(c))),
    contentsItem('annex', ANNEX_HEADING),
  ];
  return `<nav class="contents" aria-labelledby="contents-heading">
<h2 id="contents-heading">Contents</h2>
<ul>
${items.join('\n')}
</ul>
</nav>`;
}

function introduction(report: QuarterlyReport): string {
  const priorities = report.priorities
    .map((p) => `<li><strong>${escapeHtml(p.title)}</strong>${p.text === null ? '' : `: ${escapeHtml(p.text)}`}</li>`)
    .join('\n');
  const legend = table(
    LEGEND_CAPTION,
    ['Status', 'What it means'],
    report.legend.map((s) => [`${escapeHtml(s.symbol)} ${escapeHtml(s.label)}`, escapeHtml(s.meaning)]),
    2,
  ).replace('<table>', '<table class="legend">');
  return `<section id="introduction">
<h2>${INTRODUCTION_HEADING}</h2>
${report.plan.summary === null ? '' : el('p', report.plan.summary)}
${priorities === '' ? '' : `<p>${PRIORITIES_LEAD}</p>\n<ul>\n${priorities}\n</ul>`}
<p>${progressSentence(report.totals, escapeHtml(report.quarter.title))}</p>
${legend}
</section>`;
}

function sourceLine(figure: { readonly source?: string; readonly synthetic?: boolean }): string {
  const text = figureSourceText(figure);
  if (text === null) return '';
  return el('span', text, figure.synthetic === true ? 'source synthetic' : 'source');
}

function headlineItem(headline: HeadlineFigure): string {
  return `<li>${escapeHtml(headline.sentence)}${sourceLine(headline)}</li>`;
}

function drawChart(chart: ReportChart): Promise<string> {
  return seriesChartSvg({ title: chart.title, categories: chart.categories, series: chart.series, kind: 'line' });
}

function chartFigure(chart: ReportChart, svg: string): string {
  const rows = chart.categories.map((category, i) => [
    escapeHtml(category),
    ...chart.series.map((s) => chartValueText(s.values[i])),
  ]);
  return `<figure class="chart">
${svg}
<figcaption>${escapeHtml(chart.title)}${sourceLine(chart)}</figcaption>
</figure>
${table(chartTableCaption(chart), ['Month', ...chart.series.map((s) => s.name)], rows)}`;
}

function overview(report: QuarterlyReport, chartSvgs: readonly string[]): string {
  const figures =
    report.headlines.length === 0
      ? `<p>${NO_HEADLINES}</p>`
      : `<ul class="headlines">\n${report.headlines.map(headlineItem).join('\n')}\n</ul>`;
  const attributions = (report.attributions ?? []).map((text) => el('p', text, 'attribution')).join('\n');
  return `<section id="overview">
<h2>${OVERVIEW_HEADING}</h2>
${figures}
${report.charts.map((chart, index) => chartFigure(chart, chartSvgs[index] ?? '')).join('\n')}
${attributions}
</section>`;
}

function milestoneBlock(m: ReportMilestone): string {
  const status =
    m.status === null
      ? `<span class="status none">${NO_UPDATE}</span>`
      : `<span class="status">${escapeHtml(`${m.status.symbol} ${m.status.label}`)}</span>`;
  const reasonLine = reasonLineText(m);
  const carried = reasonLine === null ? '' : `<p class="meta-line carried">${reasonLine}</p>\n`;
  const slip = slipLineText(m);
  const slipped = slip === null ? '' : `<p class="slip">${escapeHtml(slip)}</p>\n`;
  const figures =
    m.figures.length === 0 ? '' : `<ul class="figures">${m.figures.map((f) => el('li', f)).join('')}</ul>`;
  return `<div class="milestone ${m.reason}" id="${anchorOf(m.ref)}">
<p class="statement"><span class="ref">${escapeHtml(m.ref)}</span> ${escapeHtml(m.text)}</p>
<p class="meta-line">${escapeHtml(dueAndLeadText(m))}</p>
${carried}${slipped}<p>${status}${m.narrative === null ? '' : escapeHtml(m.narrative)}</p>
${figures}</div>`;
}

/** A part's "other progress" after its milestones, under a heading a level below the part's. */
function otherProgressBlock(text: string | undefined, level: 3 | 4): string {
  if (text === undefined) return '';
  const paragraphs = narrativeParagraphs(text)
    .map((p) => el('p', p))
    .join('');
  return `<div class="other-progress"><h${level}>${OTHER_PROGRESS}</h${level}>${paragraphs}</div>\n`;
}

function chapterSection(chapter: ReportChapter): string {
  const sections = chapter.sections
    .map(
      (s) =>
        `<h3 id="${anchorOf(s.ref)}">${escapeHtml(s.title)}</h3>\n${s.milestones.map(milestoneBlock).join('\n')}\n${otherProgressBlock(s.otherProgress, 4)}`,
    )
    .join('\n');
  return `<section id="${anchorOf(chapter.ref)}">
<h2>${escapeHtml(chapterHeading(chapter))}</h2>
${chapter.milestones.map(milestoneBlock).join('\n')}
${otherProgressBlock(chapter.otherProgress, 3)}${sections}
</section>`;
}

function countTable(caption: string, first: string, rows: readonly StatusCountRow[], report: QuarterlyReport): string {
  const used = statusColumns(report, rows);
  return table(
    caption,
    [first, ...used.map((c) => c.label), 'Total'],
    rows.map((r) => [escapeHtml(r.label), ...used.map((c) => String(r.counts[c.code] ?? 0)), String(r.total)]),
  );
}

function annex(report: QuarterlyReport): string {
  return `<section id="annex">
<h2>${ANNEX_HEADING}</h2>
<p>${ANNEX_NOTE}</p>
${countTable('By lead', 'Lead', report.annex.byLead, report)}
${countTable('By chapter', 'Chapter', report.annex.byChapter, report)}
</section>`;
}

/**
 * The report as one self-contained HTML document, for the screen and, through its print styles,
 * for PDF. Nothing in it depends on the clock or on chance: the same report gives the same bytes.
 */
export async function renderQuarterlyHtml(report: QuarterlyReport): Promise<string> {
  const chartSvgs = await Promise.all(report.charts.map(drawChart));
  const title = `${report.plan.title}: progress update, ${report.quarter.title}`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${cover(report)}
${contents(report)}
${introduction(report)}
${overview(report, chartSvgs)}
${report.chapters.map(chapterSection).join('\n')}
${annex(report)}
</main>
</body>
</html>
`;
}
