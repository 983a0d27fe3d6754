import type { Generated } from 'kysely';

/** The notification tables as Kysely sees them (migration 0020); users.email is in the account tables. */
export interface NotificationPreferenceTable {
  id: Generated<number>;
  user_id: number;
  /** 1: one message a day gathering every reminder; 0: one message per reminder. */
  digest: Generated<number>;
  /** A JSON array of the reminder kinds the person turned off. */
  muted_kinds: Generated<string>;
  updated_at: string;
}

export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  work_key: string;
  work_kind: string;
  reminder_kind: string;
  due_on: string | null;
  run_on: string;
  address: string;
  subject: string;
  result: 'sending' | 'sent' | 'failed';
  error: string | null;
  attempts: Generated<number>;
  attempted_at: string;
  sent_at: string | null;
}

export interface CalendarFeedTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  created_at: string;
}

export interface NotificationTables {
  notification_preferences: NotificationPreferenceTable;
  notifications: NotificationTable;
  calendar_feeds: CalendarFeedTable;
}
