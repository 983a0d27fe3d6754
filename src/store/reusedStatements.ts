import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase } from 'kysely';

/** More distinct queries than the application writes; a bound on what ad hoc SQL can hold. */
const MOST_KEPT = 1000;

/**
 * The SQLite connection as Kysely sees it, with each query's statement prepared once and used
 * again. Kysely prepares every query it runs; preparing costs as much as running a small query,
 * and a signed-in request runs several small ones (its session, its user, the data's version).
 * A statement still being stepped through (a streamed query) is busy, and is never handed out
 * again until it is done: the caller then gets a statement of its own.
 */
export function reusingStatements(sqlite: SqliteDatabase.Database, mostKept = MOST_KEPT): KyselySqliteDatabase {
  const kept = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      const statement = kept.get(sql);
      if (statement !== undefined && !statement.busy) {
        // Most recently used last, so the one let go past the bound is the least used of late.
        kept.delete(sql);
        kept.set(sql, statement);
        return statement;
      }
      const fresh = sqlite.prepare(sql);
      if (statement === undefined) {
        kept.set(sql, fresh);
        if (kept.size > mostKept) kept.delete(kept.keys().next().value ?? sql);
      }
      return fresh;
    },
  };
}
