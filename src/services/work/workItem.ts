import { addDays, type IsoDate } from '../../domain/calendar/index.js';

export type WorkKind =
  | 'update-to-write'
  | 'update-returned'
  | 'update-to-review'
  | 'finding-to-respond'
  | 'finding-to-decide'
  | 'board-action'
  | 'quarter-to-publish';

export type WorkUrgency = 'overdue' | 'due-today' | 'due-soon' | 'later' | 'no-deadline';

/** One thing that needs the signed-in person, with the page where they act on it. */
export interface WorkItem {
  readonly kind: WorkKind;
  /** Stable across days, so that a reminder can tell an item it has already sent from a new one. */
  readonly key: string;
  /** Plain words: what it is and which quarter or finding it is about. */
  readonly title: string;
  readonly deadline: IsoDate | null;
  /** Relative to the day asked about; due soon is within 7 days. */
  readonly urgency: WorkUrgency;
  /** The web app's page to act on it. */
  readonly path: string;
  /** The reviewer's comment on a returned update; null for everything else. */
  readonly comment: string | null;
}

/** How many days ahead a deadline counts as due soon. */
export const DUE_SOON_DAYS = 7;

export function urgencyOf(deadline: IsoDate | null, on: IsoDate): WorkUrgency {
  if (deadline === null) return 'no-deadline';
  if (deadline < on) return 'overdue';
  if (deadline === on) return 'due-today';
  return deadline <= addDays(on, DUE_SOON_DAYS) ? 'due-soon' : 'later';
}

const URGENCY_ORDER: readonly WorkUrgency[] = ['overdue', 'due-today', 'due-soon', 'later', 'no-deadline'];

/** Most urgent first, then the nearest deadline, then by title so the order never wobbles. */
export function compareWork(a: WorkItem, b: WorkItem): number {
  const byUrgency = URGENCY_ORDER.indexOf(a.urgency) - URGENCY_ORDER.indexOf(b.urgency);
  if (byUrgency !== 0) return byUrgency;
  const byDeadline = (a.deadline ?? '9999-12-31').localeCompare(b.deadline ?? '9999-12-31');
  return byDeadline !== 0 ? byDeadline : a.title.localeCompare(b.title, 'en-GB') || a.key.localeCompare(b.key);
}
