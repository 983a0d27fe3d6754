import type { Kysely } from 'kysely';
import { OPEN_DATA_TABLES, PUBLISHED_STATE_TABLES } from './0031_data_versions.js';
import { createVersionTriggers, dropVersionTriggers, type VersionedScope } from './dataVersionTriggers.js';

/**
 * Tables a signed-in reader sees beyond the open data's, or that decide what each reader may see:
 * users and their scopes hold each person's role and units, so taking a role away changes the
 * version, and every answer kept for that person is made afresh (and refused) on the next read.
 */
const INTERNAL_ONLY_TABLES = [
  'users',
  'user_scopes',
  'update_evidence',
  'board_action_statuses',
  'board_actions',
  'board_attendees',
  'board_meetings',
  'boards',
  'finding_evidence',
  'neighbourhood_imports',
  'neighbourhood_minimums',
  'ward_abstractions',
  'ward_posts',
  'risk_reviews',
  'risk_versions',
  'risks',
] as const;

/**
 * Everything a signed-in reader can see: drafts, submitted updates and narratives count as
 * much as published ones here, so every row of the published-state tables raises it too.
 */
export const INTERNAL_DATA: VersionedScope = {
  scope: 'internal-data',
  stem: 'internal_data',
  tables: [...OPEN_DATA_TABLES, ...PUBLISHED_STATE_TABLES, ...INTERNAL_ONLY_TABLES],
};

/**
 * The tables left out of the internal data's version, each with the reason. A table in neither
 * this list nor the version's triggers fails the test beside this file, so a new table gets a
 * decision rather than a stale answer.
 */
export const LEFT_OUT_OF_INTERNAL_DATA: Readonly<Record<string, string>> = {
  data_versions: 'the versions themselves',
  sessions: 'touched once a minute by every signed-in person; a session is checked before any kept answer is used',
  api_tokens: 'stamped with its last use on every request; a token is checked before any kept answer is used',
  sign_in_attempts: 'written on every sign-in; no answer shows it',
  sso_sign_ins: 'a single sign-on in progress; no answer shows it',
  audit_entries: 'every write adds one; the audit routes, which read it, are never kept',
  notifications: "a person's reminders, sent by the scheduler; the routes that read them are never kept",
  notification_preferences: "a person's settings; the routes that read them are never kept",
  calendar_feeds: "a person's calendar link; the feed is never kept",
  crime_counts: 'bulk counts: the load writes its record (crime_imports) in the same transaction, and that raises it',
  crime_outcome_counts: 'bulk counts, raised by their load record (crime_imports) as crime_counts are',
  crime_count_revisions: 'bulk counts, raised by their load record (crime_imports) as crime_counts are',
  street_crime_counts: 'bulk police.uk counts: their load record (police_uk_load_log) raises it',
  stop_search_counts: 'bulk police.uk counts: their load record (police_uk_load_log) raises it',
  kysely_migration: 'the schema’s own bookkeeping, changed only by installing a release, which is in the version',
  kysely_migration_lock: 'the schema’s own bookkeeping, changed only by installing a release, which is in the version',
  sqlite_sequence: "SQLite's own counters of the keys it gave out",
  search_text: "SQLite's search index, rewritten by triggers from versioned tables; the search route is never kept",
  search_text_config: 'part of the search index (search_text)',
  search_text_content: 'part of the search index (search_text)',
  search_text_data: 'part of the search index (search_text)',
  search_text_docsize: 'part of the search index (search_text)',
  search_text_idx: 'part of the search index (search_text)',
};

/**
 * A second scope of data_versions, raised by every write a signed-in reader could see, so that
 * each reader's answers can be kept for as long as it stays the same (see callerAnswerCache.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createVersionTriggers(db, INTERNAL_DATA);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropVersionTriggers(db, INTERNAL_DATA);
}
