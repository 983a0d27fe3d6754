import { sql, type Kysely } from 'kysely';
import { isPostgres } from './columns.js';

/**
 * Tables whose rows the public pages and open data show, or that decide what they show. Every
 * change to one raises the open data's version in the same transaction, by trigger, so no write
 * (a service, a load, a restore, one yet to be written) can change what the public sees and
 * leave a cache holding the old answer. Sessions, audit entries, notifications, risks and the
 * like are left out: they change all day and the public never sees them. The police.uk and MPS
 * count tables are left out too, for the cost of a trigger per row in a bulk load: every load
 * writes its record (police_uk_load_log, crime_imports) in the same transaction, and that raises it.
 */
const OPEN_DATA_TABLES = [
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
const PUBLISHED_STATE_TABLES = ['milestone_updates', 'quarter_narratives'] as const;

const SCOPE = 'open-data';

async function createSqliteTriggers(db: Kysely<unknown>): Promise<void> {
  const bump = sql.raw(`insert into data_versions (scope, version, changed_at)
      values ('${SCOPE}', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      on conflict (scope) do update set version = version + 1, changed_at = excluded.changed_at;`);
  const events = [
    ['insert', 'new.state'],
    ['update', null],
    ['delete', 'old.state'],
  ] as const;
  for (const table of [...OPEN_DATA_TABLES, ...PUBLISHED_STATE_TABLES]) {
    const stateful = (PUBLISHED_STATE_TABLES as readonly string[]).includes(table);
    for (const [event, state] of events) {
      const when = !stateful
        ? ''
        : state === null
          ? `when old.state = 'published' or new.state = 'published'`
          : `when ${state} = 'published'`;
      await sql`create trigger ${sql.id(`${table}_open_data_${event}`)} after ${sql.raw(event)} on ${sql.table(table)}
        ${sql.raw(when)} begin ${bump} end`.execute(db);
    }
  }
}

/**
 * On PostgreSQL the version is raised when the transaction commits (a deferred trigger), once
 * per transaction, so a long load does not hold the version's row locked while it runs.
 */
async function createPostgresTriggers(db: Kysely<unknown>): Promise<void> {
  await sql`create function bluelamp_open_data_changed() returns trigger language plpgsql as $$
    begin
      if coalesce(current_setting('bluelamp.open_data_changed', true), '') <> 'yes' then
        perform set_config('bluelamp.open_data_changed', 'yes', true);
        insert into data_versions (scope, version, changed_at)
          values (${sql.lit(SCOPE)}, 1, to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
          on conflict (scope) do update set version = data_versions.version + 1, changed_at = excluded.changed_at;
      end if;
      return null;
    end $$`.execute(db);
  for (const table of OPEN_DATA_TABLES) {
    await sql`create constraint trigger ${sql.id(`${table}_open_data`)} after insert or update or delete
      on ${sql.table(table)} deferrable initially deferred
      for each row execute function bluelamp_open_data_changed()`.execute(db);
  }
  const events = [
    ['insert', `new.state = 'published'`],
    ['update', `old.state = 'published' or new.state = 'published'`],
    ['delete', `old.state = 'published'`],
  ] as const;
  for (const table of PUBLISHED_STATE_TABLES) {
    for (const [event, when] of events) {
      await sql`create constraint trigger ${sql.id(`${table}_open_data_${event}`)} after ${sql.raw(event)}
        on ${sql.table(table)} deferrable initially deferred
        for each row when (${sql.raw(when)}) execute function bluelamp_open_data_changed()`.execute(db);
    }
  }
}

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
  if (isPostgres(db)) await createPostgresTriggers(db);
  else await createSqliteTriggers(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    for (const table of OPEN_DATA_TABLES)
      await sql`drop trigger ${sql.id(`${table}_open_data`)} on ${sql.table(table)}`.execute(db);
    for (const table of PUBLISHED_STATE_TABLES) {
      for (const event of ['insert', 'update', 'delete']) {
        await sql`drop trigger ${sql.id(`${table}_open_data_${event}`)} on ${sql.table(table)}`.execute(db);
      }
    }
    await sql`drop function bluelamp_open_data_changed()`.execute(db);
  }
  // SQLite drops a table's triggers with the table; the triggers on the others go here.
  else {
    for (const table of [...OPEN_DATA_TABLES, ...PUBLISHED_STATE_TABLES]) {
      for (const event of ['insert', 'update', 'delete']) {
        await sql`drop trigger if exists ${sql.id(`${table}_open_data_${event}`)}`.execute(db);
      }
    }
  }
  await db.schema.dropTable('data_versions').execute();
}
