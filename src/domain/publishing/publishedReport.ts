import { BluelampProblem } from '../errors.js';

/**
 * A published report: a frozen snapshot of a report (its rendered content and the data it was
 * built from) under a stable key. Versions only ever accumulate: a correction is a new version
 * that says what it corrects, and every earlier version stays readable as it was published.
 */
export const REPORT_KINDS = ['quarterly-progress', 'board-pack'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_KIND_LABELS: Readonly<Record<ReportKind, string>> = {
  'quarterly-progress': 'Quarterly progress report',
  'board-pack': 'Board pack',
};

export interface PublishedReportVersion {
  readonly reportKey: string;
  readonly kind: ReportKind;
  readonly version: number;
  readonly title: string;
  /** The period the report covers, in words: "2018-19, Quarter 1 (April to June 2018)". */
  readonly period: string;
  /** The day the report speaks as at, from its data. */
  readonly asAt: string;
  readonly publishedAt: string;
  readonly publishedBy: string;
  /** What a correction changed; null on the first version. */
  readonly note: string | null;
  /** SHA-256 of the frozen HTML, so a reader can check a copy against the record. */
  readonly sha256: string;
}

export interface PublishedReport {
  readonly reportKey: string;
  readonly kind: ReportKind;
  readonly title: string;
  readonly period: string;
  /** Newest first. */
  readonly versions: readonly PublishedReportVersion[];
}

const NOTE_MAX_LENGTH = 2000;

/** The stable key of a plan's quarterly progress report: "met-business-plan-2018-19-2018-19-q1". */
export function quarterlyReportKey(planKey: string, quarterCode: string): string {
  return `${planKey}-${quarterCode.toLowerCase().replace(/\s+/g, '-')}`;
}

/**
 * The rule for a new version: the first needs no note; a correction must say what it corrects,
 * and must actually change the report, or it would only add noise to the public record.
 */
export function newVersionProblem(
  latest: { readonly version: number; readonly sha256: string; readonly dataSha256: string } | null,
  next: { readonly note: string | null; readonly sha256: string; readonly dataSha256: string },
): BluelampProblem | null {
  const note = next.note?.trim() ?? '';
  if (note.length > NOTE_MAX_LENGTH) {
    return new BluelampProblem('invalid-input', `The note must be at most ${NOTE_MAX_LENGTH} characters.`, 'note');
  }
  if (latest === null) return null;
  if (note === '') {
    return new BluelampProblem(
      'invalid-input',
      `This report is already published (version ${latest.version}). Publishing again makes a correction: say in the note what it corrects.`,
      'note',
    );
  }
  if (latest.sha256 === next.sha256 && latest.dataSha256 === next.dataSha256) {
    return new BluelampProblem(
      'conflict',
      `Nothing has changed since version ${latest.version}: a correction must change the report.`,
    );
  }
  return null;
}

/** Groups versions by report, reports in the order first met, each with its versions newest first. */
export function groupReportVersions(versions: readonly PublishedReportVersion[]): PublishedReport[] {
  const reports = new Map<string, PublishedReportVersion[]>();
  for (const version of versions) reports.set(version.reportKey, [...(reports.get(version.reportKey) ?? []), version]);
  return [...reports.values()].map((group) => {
    const sorted = [...group].sort((a, b) => b.version - a.version);
    const latest = sorted[0] as PublishedReportVersion;
    return {
      reportKey: latest.reportKey,
      kind: latest.kind,
      title: latest.title,
      period: latest.period,
      versions: sorted,
    };
  });
}
