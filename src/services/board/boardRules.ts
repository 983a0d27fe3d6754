import {
  BOARD_OWNER_LABELS,
  BOARD_OWNERS,
  BOARD_REPORT_LABELS,
  BOARD_REPORTS,
  BOARD_VISIBILITIES,
  isBoardKey,
  orderedReports,
  type BoardOwner,
  type BoardRecord,
  type BoardReport,
  type BoardVisibility,
} from '../../domain/board/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { checkedText } from './boardAccess.js';

/** A board as the performance team describes it, before it is checked. */
export interface BoardInput {
  readonly name: string;
  readonly owner: string;
  readonly visibility: string;
  readonly reports?: readonly string[] | undefined;
  readonly reviewsRisks?: boolean | undefined;
}

/** A board as pages and the command line show it: the record, and its codes in words. */
export interface BoardView extends BoardRecord {
  readonly ownerLabel: string;
  readonly reportLabels: readonly string[];
}

export function boardView(board: BoardRecord): BoardView {
  return {
    ...board,
    ownerLabel: BOARD_OWNER_LABELS[board.owner],
    reportLabels: board.reports.map((report) => BOARD_REPORT_LABELS[report]),
  };
}

function oneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new BluelampProblem('invalid-input', `${field} must be one of ${allowed.join(', ')}, not "${value}".`, field);
  }
  return value as T;
}

export function checkedBoardKey(value: string): string {
  const key = value.trim();
  if (!isBoardKey(key)) {
    throw new BluelampProblem(
      'invalid-input',
      `key must be 2 to 60 lower-case letters, digits and single hyphens, such as "audit-panel", not "${value}".`,
      'key',
    );
  }
  return key;
}

export function checkedBoardRecord(key: string, input: BoardInput): BoardRecord {
  const reports = (input.reports ?? []).map((report, i) => oneOf(report, BOARD_REPORTS, `reports[${i}]`));
  return {
    key,
    name: checkedText(input.name, 'name', 120),
    owner: oneOf<BoardOwner>(input.owner, BOARD_OWNERS, 'owner'),
    visibility: oneOf<BoardVisibility>(input.visibility, BOARD_VISIBILITIES, 'visibility'),
    reports: orderedReports(reports satisfies BoardReport[]),
    reviewsRisks: input.reviewsRisks ?? false,
  };
}
