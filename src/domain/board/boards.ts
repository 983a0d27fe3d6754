/**
 * Boards as data: each board a record (key, name, whose board it is, whether its papers are
 * public, which reports go to it and whether it reviews risks), so a force adds its own without
 * a release. The migration that made boards data inserts the two boards every force had before.
 */

export const BOARD_OWNERS = ['force', 'oversight-body', 'london-assembly', 'partnership'] as const;
export type BoardOwner = (typeof BOARD_OWNERS)[number];

export const BOARD_OWNER_LABELS: Readonly<Record<BoardOwner, string>> = {
  force: 'The force',
  'oversight-body': 'The oversight body',
  'london-assembly': 'London Assembly',
  partnership: 'Partnership',
};

export const BOARD_VISIBILITIES = ['public', 'internal'] as const;
export type BoardVisibility = (typeof BOARD_VISIBILITIES)[number];

export const BOARD_REPORTS = ['quarterly-progress-report', 'board-pack', 'risk-register'] as const;
export type BoardReport = (typeof BOARD_REPORTS)[number];

export const BOARD_REPORT_LABELS: Readonly<Record<BoardReport, string>> = {
  'quarterly-progress-report': 'Quarterly progress report',
  'board-pack': 'Board pack',
  'risk-register': 'Risk register',
};

export interface BoardRecord {
  /** Stable, as meetings store it: lower-case words joined by hyphens ("audit-panel"). */
  readonly key: string;
  readonly name: string;
  readonly owner: BoardOwner;
  readonly visibility: BoardVisibility;
  readonly reports: readonly BoardReport[];
  readonly reviewsRisks: boolean;
}

/** The two boards every force had when boards were two fixed words; migration 0026 inserts them. */
export const FOUNDING_BOARDS: readonly BoardRecord[] = [
  {
    key: 'performance-group',
    name: 'Performance Group',
    owner: 'force',
    visibility: 'internal',
    reports: ['quarterly-progress-report', 'board-pack'],
    reviewsRisks: false,
  },
  {
    key: 'oversight-board',
    name: 'Oversight board',
    owner: 'oversight-body',
    visibility: 'internal',
    reports: ['quarterly-progress-report', 'board-pack'],
    reviewsRisks: false,
  },
];

export const BOARD_KEY_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Whether text is a usable board key: 2 to 60 characters of lower-case words and hyphens. */
export function isBoardKey(value: string): boolean {
  return value.length >= 2 && value.length <= 60 && BOARD_KEY_PATTERN.test(value);
}

/** The reports a board receives, each once, in the fixed order above (stored and shown so). */
export function orderedReports(reports: readonly string[]): BoardReport[] {
  return BOARD_REPORTS.filter((report) => reports.includes(report));
}

/** A meeting's papers: what it will discuss, what was said, and what it decided. */
export const PAPER_KINDS = ['agenda', 'minutes', 'decisions'] as const;
export type PaperKind = (typeof PAPER_KINDS)[number];

export const PAPER_KIND_LABELS: Readonly<Record<PaperKind, string>> = {
  agenda: 'Agenda',
  minutes: 'Minutes',
  decisions: 'Decisions',
};
