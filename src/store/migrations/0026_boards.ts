import { sql, type Kysely } from 'kysely';
import { isPostgres, withIdColumn } from './columns.js';

/**
 * Boards become data: a `boards` table holds each board (whose it is, public or internal, the
 * reports it receives, whether it reviews risks) and a meeting's board is a key into it, checked
 * by a foreign key instead of a fixed list. Of the two boards meetings could name before, those
 * that meetings do name are inserted first, so every meeting keeps its board. Meetings also gain their papers: agenda,
 * minutes and decisions as text, and files attached to each, checked and stored as finding
 * evidence files are (migration 0023).
 */
const FOUNDING = [
  ['performance-group', 'Performance Group', 'force'],
  ['oversight-board', 'Oversight board', 'oversight-body'],
] as const;

const REPORTS = '["quarterly-progress-report","board-pack"]';

export async function up(db: Kysely<unknown>): Promise<void> {
  // An id as every table has (backups read each table in id order); meetings point at the key.
  await withIdColumn(db, db.schema.createTable('boards'))
    .addColumn('key', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull().unique())
    .addColumn('owner', 'text', (col) =>
      col.notNull().check(sql`owner in ('force', 'oversight-body', 'london-assembly', 'partnership')`),
    )
    .addColumn('visibility', 'text', (col) => col.notNull().check(sql`visibility in ('public', 'internal')`))
    .addColumn('reports', 'text', (col) => col.notNull())
    .addColumn('reviews_risks', 'integer', (col) => col.notNull().check(sql`reviews_risks in (0, 1)`))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.notNull())
    .execute();
  // Only the boards meetings already name, so that every meeting keeps its board and a new
  // database starts empty (a restore needs one, and a force records its own boards).
  const named = await sql<{ board: string }>`select distinct board from board_meetings`.execute(db);
  const used = new Set(named.rows.map((row) => row.board));
  for (const [key, name, owner] of FOUNDING.filter(([key]) => used.has(key))) {
    await sql`insert into boards (key, name, owner, visibility, reports, reviews_risks, updated_at, updated_by)
      values (${key}, ${name}, ${owner}, 'internal', ${REPORTS}, 0, '2026-12-06T00:00:00.000Z', 'migration 0026')`.execute(
      db,
    );
  }
  await (isPostgres(db) ? boardKeyOnPostgres(db) : boardKeyOnSqlite(db));
  await createPaperTables(db);
}

async function boardKeyOnPostgres(db: Kysely<unknown>): Promise<void> {
  await sql`alter table board_meetings drop constraint board_meetings_board_check`.execute(db);
  await sql`alter table board_meetings add constraint board_meetings_board_fk foreign key (board) references boards (key)`.execute(
    db,
  );
}

/**
 * SQLite cannot drop a CHECK, and refuses to drop a table other tables' rows still point at: so
 * the four board tables are copied into new ones, the old ones dropped children first, and the
 * new ones renamed (SQLite rewrites the children's references to follow the parent's new name).
 * Row ids are copied as they are, so search entries, audit records and links keep pointing right.
 */
async function boardKeyOnSqlite(db: Kysely<unknown>): Promise<void> {
  const steps = [
    sql`create table board_meetings_new (id integer primary key autoincrement, board text not null references boards (key),
      held_on text not null, title text not null, quarter text, recorded_at text not null, recorded_by text not null)`,
    sql`insert into board_meetings_new select id, board, held_on, title, quarter, recorded_at, recorded_by from board_meetings`,
    sql`create table board_attendees_new (id integer primary key autoincrement,
      meeting_id integer not null references board_meetings_new (id), name text not null, role text not null,
      attendance text not null check (attendance in ('attended', 'apologies')), position integer not null)`,
    sql`insert into board_attendees_new select id, meeting_id, name, role, attendance, position from board_attendees`,
    sql`create table board_actions_new (id integer primary key autoincrement,
      meeting_id integer not null references board_meetings_new (id), text text not null, owner text not null,
      due_on text not null, raised_at text not null, raised_by text not null)`,
    sql`insert into board_actions_new select id, meeting_id, text, owner, due_on, raised_at, raised_by from board_actions`,
    sql`create table board_action_statuses_new (id integer primary key autoincrement,
      action_id integer not null references board_actions_new (id),
      meeting_id integer not null references board_meetings_new (id),
      status text not null check (status in ('open', 'in-progress', 'done', 'dropped')), note text,
      recorded_at text not null, recorded_by text not null,
      constraint board_action_statuses_unique unique (action_id, meeting_id))`,
    sql`insert into board_action_statuses_new select id, action_id, meeting_id, status, note, recorded_at, recorded_by from board_action_statuses`,
    sql`drop table board_action_statuses`,
    sql`drop table board_actions`,
    sql`drop table board_attendees`,
    sql`drop table board_meetings`,
    sql`alter table board_meetings_new rename to board_meetings`,
    sql`alter table board_attendees_new rename to board_attendees`,
    sql`alter table board_actions_new rename to board_actions`,
    sql`alter table board_action_statuses_new rename to board_action_statuses`,
    sql`create index board_meetings_board_idx on board_meetings (board, held_on)`,
    sql`create index board_attendees_meeting_idx on board_attendees (meeting_id)`,
    sql`create index board_actions_meeting_idx on board_actions (meeting_id)`,
    // Dropping board_actions dropped the triggers that keep its search entries (0022) current.
    sql`create trigger board_actions_search_insert after insert on board_actions begin
      insert into search_text (rowid, ref, title, body) values (new.id * 8 + 6, new.owner, '', new.text); end`,
    sql`create trigger board_actions_search_update after update on board_actions begin
      delete from search_text where rowid = old.id * 8 + 6;
      insert into search_text (rowid, ref, title, body) values (new.id * 8 + 6, new.owner, '', new.text); end`,
    sql`create trigger board_actions_search_delete after delete on board_actions begin
      delete from search_text where rowid = old.id * 8 + 6; end`,
  ];
  for (const step of steps) await step.execute(db);
}

async function createPaperTables(db: Kysely<unknown>): Promise<void> {
  const kind = sql`kind in ('agenda', 'minutes', 'decisions')`;
  await withIdColumn(db, db.schema.createTable('board_meeting_papers'))
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('board_meetings.id'))
    .addColumn('kind', 'text', (col) => col.notNull().check(kind))
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.notNull())
    .addUniqueConstraint('board_meeting_papers_unique', ['meeting_id', 'kind'])
    .execute();
  await withIdColumn(db, db.schema.createTable('board_meeting_paper_files'))
    .addColumn('meeting_id', 'integer', (col) => col.notNull().references('board_meetings.id'))
    .addColumn('kind', 'text', (col) => col.notNull().check(kind))
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('media_type', 'text', (col) => col.notNull())
    .addColumn('size_bytes', 'integer', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('content', isPostgres(db) ? 'bytea' : 'blob', (col) => col.notNull())
    .addColumn('added_at', 'text', (col) => col.notNull())
    .addColumn('added_by', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('board_meeting_paper_files_meeting_idx')
    .on('board_meeting_paper_files')
    .column('meeting_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('board_meeting_paper_files').execute();
  await db.schema.dropTable('board_meeting_papers').execute();
  if (isPostgres(db)) {
    await sql`alter table board_meetings drop constraint board_meetings_board_fk`.execute(db);
    await sql`alter table board_meetings add constraint board_meetings_board_check check (board in ('performance-group', 'oversight-board'))`.execute(
      db,
    );
    await db.schema.dropTable('boards').execute();
  }
  // On SQLite the meetings keep their foreign key to boards; undoing it would rebuild four tables again.
}
