import { sql } from 'kysely';
import type SqliteDatabase from 'better-sqlite3';
import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema, Executor } from './schema.js';

export type BulkColumnType = 'integer' | 'text';
export type BulkValue = string | number;

/**
 * Inserts many rows into a table whose name and columns come from our own code, never from
 * input; the values travel as parameters. Call inside a transaction: the rows arrive with it.
 */
export type BulkInsert = (
  db: Executor,
  table: string,
  columns: readonly { readonly name: string; readonly type: BulkColumnType }[],
  rows: Iterable<readonly BulkValue[]>,
) => Promise<void>;

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function checkIdentifiers(table: string, columns: readonly { name: string }[]): void {
  for (const name of [table, ...columns.map((c) => c.name)])
    if (!IDENTIFIER.test(name)) throw new Error(`"${name}" is not a table or column name Bluelamp uses`);
}

/** Rows per SQLite statement: far fewer calls into SQLite than one a row, well under its parameter limit. */
const SQLITE_ROWS_PER_STATEMENT = 32;

/**
 * SQLite: prepared statements of many rows each, run on the connection the open transaction holds
 * (better-sqlite3 is synchronous, so nothing else can run between them) and kept for the next
 * call; the rows left over go one statement each.
 */
export function sqliteBulkInsert(sqlite: SqliteDatabase.Database): BulkInsert {
  const statements = new Map<string, SqliteDatabase.Statement>();
  const statement = (table: string, names: string, width: number, rows: number): SqliteDatabase.Statement => {
    const key = `${table}(${names})x${rows}`;
    let held = statements.get(key);
    if (held === undefined) {
      const row = `(${Array.from({ length: width }, () => '?').join(', ')})`;
      held = sqlite.prepare(
        `insert into "${table}" (${names}) values ${Array.from({ length: rows }, () => row).join(', ')}`,
      );
      statements.set(key, held);
    }
    return held;
  };
  return (_db, table, columns, rows) => {
    checkIdentifiers(table, columns);
    if (!sqlite.inTransaction) throw new Error('Bulk inserts must run inside a transaction');
    const names = columns.map((c) => `"${c.name}"`).join(', ');
    const width = columns.length;
    const many = statement(table, names, width, SQLITE_ROWS_PER_STATEMENT);
    let values: BulkValue[] = [];
    for (const row of rows) {
      for (let column = 0; column < width; column++) values.push(row[column] as BulkValue);
      if (values.length === width * SQLITE_ROWS_PER_STATEMENT) {
        many.run(values);
        values = [];
      }
    }
    if (values.length > 0) {
      const one = statement(table, names, width, 1);
      for (let at = 0; at < values.length; at += width) one.run(values.slice(at, at + width));
    }
    return Promise.resolve();
  };
}

const POSTGRES_BATCH = 20_000;

function* batches<T>(rows: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** PostgreSQL: one statement per batch, each column sent as one array parameter and unnested. */
export const postgresBulkInsert: BulkInsert = async (db, table, columns, rows) => {
  checkIdentifiers(table, columns);
  const names = sql.join(columns.map((c) => sql.id(c.name)));
  for (const batch of batches(rows, POSTGRES_BATCH)) {
    const arrays = columns.map((column, index) => {
      const values = batch.map((row) => row[index] ?? null);
      return column.type === 'integer' ? sql`${values}::bigint[]` : sql`${values}::text[]`;
    });
    await sql`insert into ${sql.table(table)} (${names}) select * from unnest(${sql.join(arrays)})`.execute(db);
  }
};

/**
 * A transaction for a load that can simply be run again: all or nothing as ever, but its commit
 * does not wait for the disk. A crash of the process loses nothing committed; a crash of the
 * machine itself may lose the last few commits, never consistency — and a re-run restores them.
 */
export type BulkTransaction = <T>(work: (trx: Transaction<DatabaseSchema>) => Promise<T>) => Promise<T>;

/** SQLite in WAL mode: synchronous = NORMAL for the commit, FULL again after it. */
export function sqliteBulkTransaction(db: Kysely<DatabaseSchema>, sqlite: SqliteDatabase.Database): BulkTransaction {
  return async (work) => {
    sqlite.pragma('synchronous = NORMAL');
    try {
      return await db.transaction().execute(work);
    } finally {
      sqlite.pragma('synchronous = FULL');
    }
  };
}

/** PostgreSQL: synchronous_commit off for this transaction only. */
export function postgresBulkTransaction(db: Kysely<DatabaseSchema>): BulkTransaction {
  return (work) =>
    db.transaction().execute(async (trx) => {
      await sql`set local synchronous_commit to off`.execute(trx);
      return work(trx);
    });
}
