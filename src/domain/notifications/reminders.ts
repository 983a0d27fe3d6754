import { dayNumber, type IsoDate } from '../calendar/index.js';

/** The kinds of work the work list names (services/work); reminders are built on them, not beside them. */
export type ReminderWorkKind =
  | 'update-to-write'
  | 'update-returned'
  | 'update-to-review'
  | 'finding-to-respond'
  | 'finding-to-decide'
  | 'board-action'
  | 'quarter-to-publish';

/** What a reminder needs of a work item: the work list's own answer, never a second reckoning of what is due. */
export interface ReminderSource {
  readonly kind: ReminderWorkKind;
  readonly key: string;
  readonly title: string;
  readonly deadline: IsoDate | null;
  readonly path: string;
  readonly comment: string | null;
}

export const REMINDER_KINDS = ['due-soon', 'due-today', 'overdue', 'returned', 'to-review', 'to-decide'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** How each kind is named on the preferences page and in messages. */
export const REMINDER_LABELS: Readonly<Record<ReminderKind, string>> = {
  'due-soon': 'Due within 7 days',
  'due-today': 'Due today',
  overdue: 'Overdue',
  returned: 'An update returned to you',
  'to-review': 'An update waiting for your review',
  'to-decide': 'Evidence waiting for your decision',
};

/** A deadline this many days ahead (or fewer, but not today) gets the "due soon" reminder. */
export const DUE_SOON_DAYS = 7;
/**
 * An overdue reminder goes out once, and only within this many days of the deadline: the first run
 * on a database full of old work would otherwise send a message for every item ever missed.
 */
export const OVERDUE_WINDOW_DAYS = 14;

export interface Reminder {
  readonly kind: ReminderKind;
  readonly item: ReminderSource;
}

export interface ReminderPreferences {
  /** One message a day gathering every reminder, or one message each. */
  readonly digest: boolean;
  readonly muted: readonly ReminderKind[];
}

export const DEFAULT_PREFERENCES: ReminderPreferences = { digest: true, muted: [] };

const EVENT_REMINDERS: Partial<Record<ReminderWorkKind, ReminderKind>> = {
  'update-returned': 'returned',
  'update-to-review': 'to-review',
  'finding-to-decide': 'to-decide',
};

/** The deadline reminder an item is due on a day, if any. */
export function deadlineReminder(deadline: IsoDate | null, on: IsoDate): ReminderKind | null {
  if (deadline === null) return null;
  const days = dayNumber(deadline) - dayNumber(on);
  if (days === 0) return 'due-today';
  if (days > 0) return days <= DUE_SOON_DAYS ? 'due-soon' : null;
  return -days <= OVERDUE_WINDOW_DAYS ? 'overdue' : null;
}

/**
 * The reminders a person's work list calls for on a day: one for what has just come to them
 * (returned, to review, to decide) and one for where its deadline stands, less the kinds they
 * turned off. Whether each was sent before is the store's to say (one per item and kind, ever).
 */
export function remindersDue(
  items: readonly ReminderSource[],
  on: IsoDate,
  preferences: ReminderPreferences = DEFAULT_PREFERENCES,
): Reminder[] {
  const reminders: Reminder[] = [];
  for (const item of items) {
    const event = EVENT_REMINDERS[item.kind];
    if (event !== undefined) reminders.push({ kind: event, item });
    const deadline = deadlineReminder(item.deadline, on);
    if (deadline !== null) reminders.push({ kind: deadline, item });
  }
  return reminders.filter((reminder) => !preferences.muted.includes(reminder.kind));
}

/**
 * Messages to send: every reminder in one digest, or each in its own. The order is the most
 * pressing first, so the top of a digest is what to do first.
 */
export function groupIntoMessages(reminders: readonly Reminder[], digest: boolean): Reminder[][] {
  const sorted = [...reminders].sort(
    (a, b) => urgencyRank(a.kind) - urgencyRank(b.kind) || a.item.key.localeCompare(b.item.key),
  );
  if (sorted.length === 0) return [];
  return digest ? [sorted] : sorted.map((reminder) => [reminder]);
}

const URGENCY_RANK: readonly ReminderKind[] = [
  'overdue',
  'due-today',
  'returned',
  'to-decide',
  'to-review',
  'due-soon',
];

function urgencyRank(kind: ReminderKind): number {
  return URGENCY_RANK.indexOf(kind);
}

export function isReminderKind(value: string): value is ReminderKind {
  return (REMINDER_KINDS as readonly string[]).includes(value);
}
