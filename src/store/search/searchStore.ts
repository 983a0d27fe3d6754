import { PostgresAdapter, sql, type RawBuilder } from 'kysely';
import type { Executor } from '../schema.js';
import { fts5Query, searchTerms, websearchQuery } from './searchTerms.js';

export const SEARCH_KINDS = ['plan', 'plan-item', 'milestone', 'update', 'finding', 'board-action'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Where a match starts and ends in a snippet; characters no plan or report uses. */
export const MATCH_START = '\u27E6';
export const MATCH_END = '\u27E7';

/** The tables searched, numbered as migration 0022 numbers them (index rowid = id × 8 + number). */
const SOURCES: readonly { kind: SearchKind; code: number; table: string; ref: string; title: string; body: string }[] =
  [
    { kind: 'plan', code: 1, table: 'plans', ref: 'X.key', title: 'X.title', body: "coalesce(X.summary, '')" },
    {
      kind: 'plan-item',
      code: 2,
      table: 'plan_nodes',
      ref: 'X.ref',
      title: 'X.title',
      body: "coalesce(X.text, '') || ' ' || coalesce(X.note, '')",
    },
    { kind: 'milestone', code: 3, table: 'milestones', ref: 'X.ref', title: 'X.title', body: 'X.text' },
    { kind: 'update', code: 4, table: 'milestone_updates', ref: "''", title: "''", body: 'X.narrative' },
    { kind: 'finding', code: 5, table: 'inspection_findings', ref: 'X.ref', title: "''", body: 'X.text' },
    { kind: 'board-action', code: 6, table: 'board_actions', ref: 'X.owner', title: "''", body: 'X.text' },
  ];

/** A row that matched, best first: which table and row, how well, and the words around the match. */
export interface SearchMatch {
  readonly kind: SearchKind;
  readonly id: number;
  readonly score: number;
  /** Text around the match, with each matched word between MATCH_START and MATCH_END. */
  readonly snippet: string;
}

const kindOf = (code: number): SearchKind => SOURCES.find((s) => s.code === code)?.kind ?? 'plan';

async function sqliteMatches(db: Executor, query: string, limit: number): Promise<SearchMatch[]> {
  // bm25 is lower for better matches; ref and title weigh more than the body.
  const rows = await sql<{ rowid: number; score: number; snippet: string }>`
    select rowid, bm25(search_text, 4.0, 2.0, 1.0) as score,
      snippet(search_text, -1, ${MATCH_START}, ${MATCH_END}, '…', 24) as snippet
    from search_text where search_text match ${query} order by score limit ${limit}`.execute(db);
  return rows.rows.map((row) => ({
    kind: kindOf(row.rowid % 8),
    id: Math.floor(row.rowid / 8),
    score: -row.score,
    snippet: row.snippet,
  }));
}

function postgresSource(source: (typeof SOURCES)[number], query: string): RawBuilder<unknown> {
  const expr = (text: string): string => text.replaceAll('X.', 'x.');
  // The same expression as the GIN index of migration 0022, so the index answers the match.
  const document = sql.raw(
    `to_tsvector('english', ${expr(source.ref)} || ' ' || ${expr(source.title)} || ' ' || ${expr(source.body)})`,
  );
  const shown = sql.raw(`coalesce(nullif(${expr(source.body)}, ''), ${expr(source.title)})`);
  const options = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
  return sql`select ${sql.lit(source.code)}::int as code, x.id, ts_rank(${document}, q) as score,
      ts_headline('english', ${shown}, q, ${options}) as snippet
    from ${sql.table(source.table)} x, websearch_to_tsquery('english', ${query}) q
    where ${document} @@ q`;
}

async function postgresMatches(db: Executor, query: string, limit: number): Promise<SearchMatch[]> {
  const union = sql.join(
    SOURCES.map((source) => postgresSource(source, query)),
    sql` union all `,
  );
  const rows = await sql<{ code: number; id: number; score: number; snippet: string }>`
    select code, id, score, snippet from (${union}) matches order by score desc, code, id limit ${limit}`.execute(db);
  return rows.rows.map((row) => ({
    kind: kindOf(row.code),
    id: row.id,
    score: row.score,
    snippet: row.snippet,
  }));
}

/**
 * The rows whose text matches a person's query, best first: SQLite's FTS5 index or PostgreSQL's
 * full-text search, both given the same terms (see searchTerms). Every value travels as a bound
 * parameter. Whether the caller may read each row is for the caller to decide.
 */
export async function searchEverything(db: Executor, query: string, limit: number): Promise<SearchMatch[]> {
  const terms = searchTerms(query);
  if (!terms.some((term) => term.kind === 'words')) return [];
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? postgresMatches(db, websearchQuery(terms), limit)
    : sqliteMatches(db, fts5Query(terms), limit);
}
