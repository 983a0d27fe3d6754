import { sql, type Kysely } from 'kysely';
import { isPostgres } from './columns.js';

/**
 * Closes two ways around the append-only guards of 0002, 0005 and 0013. Row triggers never see
 * a PostgreSQL TRUNCATE, so each guarded table refuses TRUNCATE outright (Bluelamp never
 * truncates them). And a published milestone update, which could not be changed, could still be
 * deleted; now it cannot be either. SQLite has no TRUNCATE: a DELETE without WHERE fires the
 * delete triggers.
 */
const GUARDED_TABLES = ['audit_entries', 'published_reports', 'milestone_updates'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`create function bluelamp_refuse_truncate() returns trigger language plpgsql as $$
      begin raise exception '% is append-only: it cannot be truncated', tg_table_name; end $$`.execute(db);
    for (const table of GUARDED_TABLES) {
      await sql`create trigger ${sql.id(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
        for each statement execute function bluelamp_refuse_truncate()`.execute(db);
    }
    await sql`create function bluelamp_published_update_kept() returns trigger language plpgsql as $$
      begin
        if old.state = 'published' then raise exception 'published updates cannot be deleted'; end if;
        return old;
      end $$`.execute(db);
    await sql`create trigger milestone_updates_kept before delete on milestone_updates
      for each row execute function bluelamp_published_update_kept()`.execute(db);
  } else {
    await sql`create trigger milestone_updates_kept before delete on milestone_updates
      when old.state = 'published'
      begin select raise(abort, 'published updates cannot be deleted'); end`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger milestone_updates_kept on milestone_updates`.execute(db);
    await sql`drop function bluelamp_published_update_kept()`.execute(db);
    for (const table of GUARDED_TABLES) {
      await sql`drop trigger ${sql.id(`${table}_no_truncate`)} on ${sql.table(table)}`.execute(db);
    }
    await sql`drop function bluelamp_refuse_truncate()`.execute(db);
  } else {
    await sql`drop trigger milestone_updates_kept`.execute(db);
  }
}
