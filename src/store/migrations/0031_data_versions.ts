import type { Kysely } from 'kysely';
import { createVersionTriggers, dropVersionTriggers, type VersionedScope } from './dataVersionTriggers.js';

/**
 * Tables whose rows the public pages and open data show, or that decide what they show. Every
 * change to one raises the open data's version in the same transaction, by trigger, so no write
 * (a service, a load, a restore, one yet to be written) can change what the public sees and
 * leave a cache holding the old answer. Sessions, audit entries, notifications, risks and the
 * like are left out: they change all day and the public never sees them. The police.uk and MPS
 * count tables are left out too, for the cost of a trigger per row in a bulk load: every load
 * writes its record (police_uk_load_log, crime_imports) in the same transaction, and that raises it.
 */
export const OPEN_DATA_TABLES = [
  'org_units',
  'org_memberships',
  'plans',
  'plan_nodes',
  'milestones',
  'milestone_leads',
  'milestone_dependencies',
  'plan_links',
  'reporting_rules',
  'crime_categories',
  'crime_category_mappings',
  'crime_imports',
  'measures',
  'observations',
  'populations',
  'police_forces',
  'police_uk_slices',
  'police_uk_load_log',
  'police_force_areas',
  'most_similar_groups',
  'ethnic_populations',
  'priority_eligible_categories',
  'standing_priorities',
  'priority_sets',
  'priority_choices',
  'inspection_programmes',
  'inspections',
  'inspection_judgments',
  'inspection_findings',
  'inspection_comparators',
  'finding_events',
  'finding_links',
  'finding_measures',
  'board_meeting_papers',
  'board_meeting_paper_files',
  'published_reports',
  'published_report_files',
] as const;

/** Drafts change all day; only a row that is or was published changes what the public sees. */
export const PUBLISHED_STATE_TABLES = ['milestone_updates', 'quarter_narratives'] as const;

/** The open data's version: what publicDataCache.ts keys public answers by. */
export const OPEN_DATA: VersionedScope = {
  scope: 'open-data',
  stem: 'open_data',
  tables: OPEN_DATA_TABLES,
  publishedStateTables: PUBLISHED_STATE_TABLES,
};

/**
 * A counter per scope of data that readers cache, raised in the same transaction as every write
 * that changes what the scope shows. A reader compares one small row instead of the data itself,
 * so several servers on one database each keep their own cache and still never answer stale.
 * The time of the last change is kept too: a database made afresh starts counting again, and the
 * time tells its versions from an older database's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('data_versions')
    .addColumn('scope', 'text', (col) => col.primaryKey())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('changed_at', 'text', (col) => col.notNull())
    .execute();
  await createVersionTriggers(db, OPEN_DATA);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropVersionTriggers(db, OPEN_DATA);
  await db.schema.dropTable('data_versions').execute();
}
