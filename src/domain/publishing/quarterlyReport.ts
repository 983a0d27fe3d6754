/**
 * The quarterly progress report as data: everything the HTML, PDF and Word renderings show,
 * already in words, so the three read the same and a published snapshot can be rendered again
 * exactly. Built by the reports service from a published plan version, its published updates and
 * the measures; rendered by src/reports.
 */

export interface ReportStatus {
  readonly code: string;
  readonly label: string;
  /** Shown beside the word, never instead of it. */
  readonly symbol: string;
  readonly category: string;
  readonly meaning: string;
}

export interface ReportMilestone {
  readonly ref: string;
  readonly title: string;
  /** The milestone as the plan states it: printed in bold when it falls due this quarter. */
  readonly text: string;
  readonly due: string;
  readonly leads: readonly string[];
  /** Due this quarter, an earlier one carried forward until it is closed, or a later one closed early. */
  readonly reason: 'due' | 'carried-forward' | 'delivered-early';
  /** The status this quarter's published update gives; null when none was published. */
  readonly status: ReportStatus | null;
  readonly narrative: string | null;
  readonly figures: readonly string[];
  /** "Due Quarter 4, 2017-18; now Quarter 2, 2018-19 (2 quarters late)" for a slipped milestone. */
  readonly slip: string | null;
}

export interface ReportSection {
  readonly ref: string;
  readonly title: string;
  readonly milestones: readonly ReportMilestone[];
  /** The part's published "other progress" for the quarter, paragraphs split by blank lines; absent when none. */
  readonly otherProgress?: string;
}

export interface ReportChapter {
  readonly ref: string;
  readonly title: string;
  /** Milestones hung on the chapter itself, before its sections. */
  readonly milestones: readonly ReportMilestone[];
  readonly sections: readonly ReportSection[];
  /** The chapter's published "other progress" for the quarter; absent when none. */
  readonly otherProgress?: string;
}

export interface HeadlineFigure {
  readonly measure: string;
  /** The measures formatter's sentence, with its significance. */
  readonly sentence: string;
  readonly verdict: string | null;
  /** Where the figures come from ("Source: …"), or the synthetic label. Absent from versions published before sources were shown. */
  readonly source?: string;
  /** Whether the figures are made up for the demo; every rendering then says so beside them. */
  readonly synthetic?: boolean;
}

export interface ReportChart {
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly (number | null)[] }[];
  /** As for a headline figure: where the figures come from, and whether they are made up. */
  readonly source?: string;
  readonly synthetic?: boolean;
}

export interface StatusCountRow {
  readonly label: string;
  /** Status code → number of milestones, plus "none" for those without a published update. */
  readonly counts: Readonly<Record<string, number>>;
  readonly total: number;
}

export interface QuarterlyReport {
  readonly plan: {
    readonly key: string;
    readonly version: number;
    readonly title: string;
    readonly owner: string;
    readonly summary: string | null;
  };
  /** "2018-19 Q1" and "2018-19, Quarter 1 (April to June 2018)". */
  readonly quarter: { readonly code: string; readonly title: string };
  /** The day the report was built from the data. */
  readonly asAt: string;
  readonly priorities: readonly { readonly title: string; readonly text: string | null }[];
  readonly legend: readonly ReportStatus[];
  readonly headlines: readonly HeadlineFigure[];
  readonly charts: readonly ReportChart[];
  /** The statements the licences of the data shown ask for, each naming its dataset and publisher. */
  readonly attributions?: readonly string[];
  readonly chapters: readonly ReportChapter[];
  readonly annex: { readonly byLead: readonly StatusCountRow[]; readonly byChapter: readonly StatusCountRow[] };
  readonly totals: {
    readonly due: number;
    readonly carriedForward: number;
    /** Absent from versions published before early delivery was told apart from being due. */
    readonly deliveredEarly?: number;
    readonly withoutUpdate: number;
  };
}

function countsOf(statuses: readonly (string | null)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const status of statuses) counts[status ?? 'none'] = (counts[status ?? 'none'] ?? 0) + 1;
  return counts;
}

function row(label: string, statuses: readonly (string | null)[]): StatusCountRow {
  return { label, counts: countsOf(statuses), total: statuses.length };
}

/**
 * Counts milestones by status for each group, groups in first-seen order, then a total row over
 * the milestones themselves: a milestone in two groups (two leads) counts once in the total.
 */
export function statusCountRows(
  entries: readonly { readonly group: string; readonly status: string | null }[],
  milestones: readonly { readonly status: string | null }[],
  totalLabel: string,
): StatusCountRow[] {
  const groups = new Map<string, (string | null)[]>();
  for (const entry of entries) groups.set(entry.group, [...(groups.get(entry.group) ?? []), entry.status]);
  return [
    ...[...groups].map(([label, statuses]) => row(label, statuses)),
    row(
      totalLabel,
      milestones.map((m) => m.status),
    ),
  ];
}
