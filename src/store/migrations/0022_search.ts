import { sql, type Kysely } from 'kysely';
import { isPostgres } from './columns.js';

/**
 * Full-text search over plans, plan items, milestones, quarterly updates, inspection findings and
 * board actions. PostgreSQL searches the tables themselves (always current), helped by one GIN
 * index per table on the same expression the search uses. SQLite keeps an FTS5 index, filled here
 * and kept current by triggers on each table, so that any writer (server, CLI, restore) keeps it
 * right. Each row's index entry has rowid = id × 8 + the table's number, so a trigger finds it
 * at once. Only text is indexed: who may read a row is decided when searching, from the tables.
 * The expressions are written out here, not imported, so that this migration never changes.
 */
const SOURCES = [
  { code: 1, table: 'plans', ref: 'key', title: 'title', body: "coalesce(X.summary, '')" },
  {
    code: 2,
    table: 'plan_nodes',
    ref: 'ref',
    title: 'title',
    body: "coalesce(X.text, '') || ' ' || coalesce(X.note, '')",
  },
  { code: 3, table: 'milestones', ref: 'ref', title: 'title', body: 'X.text' },
  { code: 4, table: 'milestone_updates', ref: null, title: null, body: 'X.narrative' },
  { code: 5, table: 'inspection_findings', ref: 'ref', title: null, body: 'X.text' },
  { code: 6, table: 'board_actions', ref: 'owner', title: null, body: 'X.text' },
] as const;

type Source = (typeof SOURCES)[number];

const column = (name: string | null, row: string): string => (name === null ? "''" : `${row}.${name}`);
const bodyOf = (source: Source, row: string): string => source.body.replaceAll('X.', `${row}.`);

async function createSqliteIndex(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table search_text using fts5(ref, title, body, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(
    db,
  );
  for (const source of SOURCES) {
    const values = (row: string): string =>
      `${row}.id * 8 + ${source.code}, ${column(source.ref, row)}, ${column(source.title, row)}, ${bodyOf(source, row)}`;
    const insert = (row: string): string =>
      `insert into search_text (rowid, ref, title, body) values (${values(row)});`;
    const remove = (row: string): string => `delete from search_text where rowid = ${row}.id * 8 + ${source.code};`;
    await sql
      .raw(`insert into search_text (rowid, ref, title, body) select ${values('X')} from ${source.table} X`)
      .execute(db);
    await sql
      .raw(`create trigger ${source.table}_search_insert after insert on ${source.table} begin ${insert('new')} end`)
      .execute(db);
    await sql
      .raw(
        `create trigger ${source.table}_search_update after update on ${source.table} begin ${remove('old')} ${insert('new')} end`,
      )
      .execute(db);
    await sql
      .raw(`create trigger ${source.table}_search_delete after delete on ${source.table} begin ${remove('old')} end`)
      .execute(db);
  }
}

/** The document a row is searched as; the search query uses the same expression, so the index serves it. */
function postgresDocument(source: Source): string {
  return `to_tsvector('english', ${column(source.ref, 'X')} || ' ' || ${column(source.title, 'X')} || ' ' || ${bodyOf(source, 'X')})`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) {
    await createSqliteIndex(db);
    return;
  }
  for (const source of SOURCES) {
    const document = postgresDocument(source).replaceAll('X.', '');
    await sql.raw(`create index ${source.table}_search on ${source.table} using gin (${document})`).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const source of SOURCES) {
    if (isPostgres(db)) {
      await sql.raw(`drop index ${source.table}_search`).execute(db);
      continue;
    }
    for (const event of ['insert', 'update', 'delete']) {
      await sql.raw(`drop trigger ${source.table}_search_${event}`).execute(db);
    }
  }
  if (!isPostgres(db)) await sql`drop table search_text`.execute(db);
}
