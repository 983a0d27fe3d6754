/**
 * The words the quarterly report's renderings share, as plain text: the HTML escapes them, the
 * Word document writes them as runs. One place, so the two formats cannot drift apart.
 */
import type {
  QuarterlyReport,
  ReportChapter,
  ReportChart,
  ReportMilestone,
  StatusCountRow,
} from '../../domain/publishing/index.js';

// Not "Introduction": a plan's own chapter may be called that, and the contents must not list it twice.
export const INTRODUCTION_HEADING = 'About this update';
export const OVERVIEW_HEADING = 'Quarter overview';
export const ANNEX_HEADING = 'Annex: milestones by status';
export const NO_UPDATE = 'No update published for this quarter';
export const OTHER_PROGRESS = 'Other progress';
export const NO_HEADLINES = 'No headline figures are held for this quarter.';
export const PRIORITIES_LEAD = "The plan's priorities are to:";
export const LEGEND_CAPTION = 'How progress is assessed';
export const ANNEX_NOTE =
  'Counts of the milestones on this report by their status this quarter. A milestone with more than one lead counts once for each.';

/** Said beside a figure marked synthetic whose own source line is missing (a hand-made or older report). */
export const SYNTHETIC_NOTE = 'Synthetic demo figures, made up to show how the service works: not real.';

/**
 * The line under a headline figure or a chart saying where its figures come from; for figures
 * made up for the demo, a line that says so whatever else the report holds. Null for reports
 * published before sources were shown.
 */
export function figureSourceText(figure: { readonly source?: string; readonly synthetic?: boolean }): string | null {
  if (figure.synthetic === true) {
    return figure.source !== undefined && /synthetic/i.test(figure.source) ? figure.source : SYNTHETIC_NOTE;
  }
  return figure.source ?? null;
}

export function chapterHeading(chapter: ReportChapter): string {
  return `${chapter.ref} ${chapter.title}`;
}

/**
 * The sentence on what the update covers. `quarterTitle` is put in as given, so the HTML can pass
 * it already escaped while the rest of the sentence keeps its own characters.
 */
export function progressSentence(totals: QuarterlyReport['totals'], quarterTitle: string): string {
  const { due, carriedForward, withoutUpdate } = totals;
  const deliveredEarly = totals.deliveredEarly ?? 0;
  const early =
    deliveredEarly === 0
      ? ''
      : ` ${deliveredEarly} due in a later quarter ${deliveredEarly === 1 ? 'was' : 'were'} delivered early and ${deliveredEarly === 1 ? 'is' : 'are'} reported here, not counted as due.`;
  const updates =
    withoutUpdate === 0
      ? 'Every one has a published update.'
      : `${withoutUpdate} have no published update for the quarter and say so.`;
  return `This update reports progress on the plan's milestones in ${quarterTitle}: ${due} due in the quarter, in bold, and ${carriedForward} carried forward from earlier quarters because they are not yet delivered.${early} ${updates} Each status is shown as a symbol and a word.`;
}

export function chartTableCaption(chart: ReportChart): string {
  return `${chart.title}: the figures`;
}

/** A chart's figure in its table: grouped thousands, or a gap said in words. */
export function chartValueText(value: number | null | undefined): string {
  return value === null || value === undefined ? 'Not held' : value.toLocaleString('en-GB');
}

/** The status as symbol and word, never the symbol alone; null when no update was published. */
export function statusText(milestone: ReportMilestone): string | null {
  return milestone.status === null ? null : `${milestone.status.symbol} ${milestone.status.label}`;
}

export function dueAndLeadText(milestone: ReportMilestone): string {
  return `Due ${milestone.due} · Lead: ${milestone.leads.join(', ')}`;
}

export const CARRIED_FORWARD = 'Carried forward: due in an earlier quarter and not yet delivered.';
export const DELIVERED_EARLY = 'Delivered early: due in a later quarter and closed in this one.';

/** The line saying why a milestone not due this quarter is on its report; null for one that is due. */
export function reasonLineText(milestone: ReportMilestone): string | null {
  if (milestone.reason === 'carried-forward') return CARRIED_FORWARD;
  return milestone.reason === 'delivered-early' ? DELIVERED_EARLY : null;
}

/**
 * A moved deadline in words (was, now, by how much, why), for every milestone whose deadline
 * slipped, whether it is due this quarter or carried forward; null when it has not moved later.
 */
export function slipLineText(milestone: ReportMilestone): string | null {
  return milestone.slip === null ? null : `Slipped: ${milestone.slip}`;
}

export interface StatusColumn {
  readonly code: string;
  readonly label: string;
}

/**
 * The columns of an annex count table: the legend's statuses as symbol and word, then milestones
 * without an update, keeping only those some row counts.
 */
export function statusColumns(report: QuarterlyReport, rows: readonly StatusCountRow[]): StatusColumn[] {
  const columns = [
    ...report.legend.map((s) => ({ code: s.code, label: `${s.symbol} ${s.label}` })),
    { code: 'none', label: 'No update' },
  ];
  // "No update" always shows, even at zero, so a reader sees the counts cover every milestone.
  return columns.filter((c) => c.code === 'none' || rows.some((r) => (r.counts[c.code] ?? 0) > 0));
}

export const COVER_SUMMARY_LEAD = 'This quarter at a glance: the milestones on this report';
export const COVER_HEADLINES_LEAD = 'Headline figures';

/**
 * The cover's counts of the milestones on the report. Those without an update are counted too,
 * so the counts never read as if every milestone had reported.
 */
export function coverCounts(report: QuarterlyReport): { readonly label: string; readonly count: number }[] {
  const milestones = report.chapters.flatMap((c) => [...c.milestones, ...c.sections.flatMap((s) => s.milestones)]);
  const inCategory = (category: string) => milestones.filter((m) => m.status?.category === category).length;
  return [
    { label: 'due this quarter', count: report.totals.due },
    { label: 'carried forward from earlier quarters', count: report.totals.carriedForward },
    ...(report.totals.deliveredEarly ? [{ label: 'delivered early', count: report.totals.deliveredEarly }] : []),
    { label: 'delivered', count: inCategory('delivered') },
    { label: 'delayed', count: inCategory('delayed') },
    { label: 'with a deadline moved later', count: milestones.filter((m) => m.slip !== null).length },
    { label: 'with no update published', count: report.totals.withoutUpdate },
  ];
}
