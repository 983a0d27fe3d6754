import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect, sql } from 'kysely';
import type pg from 'pg';
import { describeDatabase, type DatabaseConfig } from './databaseUrl.js';
import { auditSealSettings, type AuditSealSettings } from './audit/auditAnchorFile.js';
import { anchoringDialect } from './audit/anchoringDialect.js';
import { reusingStatements } from './reusedStatements.js';
import type { DatabaseSchema } from './schema.js';
import {
  postgresBulkInsert,
  postgresBulkTransaction,
  sqliteBulkInsert,
  sqliteBulkTransaction,
  type BulkInsert,
  type BulkTransaction,
} from './bulkInsert.js';

export type Dialect = DatabaseConfig['dialect'];

export interface Store {
  readonly db: Kysely<DatabaseSchema>;
  readonly dialect: Dialect;
  /** Where the data lives, without secrets, for messages. */
  readonly description: string;
  /** The fastest way this database takes many rows at once (police.uk aggregates). */
  readonly bulkInsert: BulkInsert;
  /** A transaction for re-runnable bulk loads, whose commit does not wait for the disk. */
  readonly bulkTransaction: BulkTransaction;
  /** PostgreSQL's pool of connections, for the metrics; SQLite has one connection and no pool. */
  readonly connections?: () => { total: number; idle: number; waiting: number };
  /**
   * SQLite only: a read-only connection of its own, opened on first use, for the small read made
   * on every public request (the data version), which must not queue behind a long transaction
   * on the main connection. Absent for an in-memory database, which a second connection cannot see.
   */
  readonly sideReader?: () => SqliteDatabase.Database;
  close(): Promise<void>;
}

/** A problem with where the data lives that the person running Bluelamp can fix. */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
}

/**
 * SQLite does run DDL inside transactions; Kysely's adapter just does not claim it. Claiming it
 * makes each migration all-or-nothing on SQLite as it is on PostgreSQL.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new TransactionalSqliteAdapter();
  }
}

/** Opens the database; the audit seal (key and anchor) comes from the environment unless given. */
export async function openStore(config: DatabaseConfig, seal?: AuditSealSettings): Promise<Store> {
  const settings = seal ?? auditSealSettings(config);
  return config.dialect === 'sqlite'
    ? openSqlite(config.filename, settings)
    : openPostgres(config.connectionString, settings);
}

function openSqlite(filename: string, seal: AuditSealSettings): Store {
  const sqlite = connectSqlite(filename);
  const dialect = anchoringDialect(new TransactionalSqliteDialect({ database: reusingStatements(sqlite) }), seal);
  const db = new Kysely<DatabaseSchema>({ dialect });
  let reader: SqliteDatabase.Database | undefined;
  const sideReader = () => (reader ??= new SqliteDatabase(filename, { readonly: true, fileMustExist: true }));
  return {
    db,
    dialect: 'sqlite',
    description: describeDatabase({ dialect: 'sqlite', filename }),
    bulkInsert: sqliteBulkInsert(sqlite),
    bulkTransaction: sqliteBulkTransaction(db, sqlite),
    ...(filename === ':memory:' ? {} : { sideReader }),
    close: () => {
      reader?.close();
      return db.destroy();
    },
  };
}

function connectSqlite(filename: string): SqliteDatabase.Database {
  if (filename !== ':memory:') ensureWritableFolder(filename);
  try {
    const sqlite = new SqliteDatabase(filename);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    return sqlite;
  } catch (error) {
    throw new DatabaseUnavailableError(
      `Cannot open the database file ${filename}: ${(error as Error).message}. ` +
        'Check that the file is a Bluelamp SQLite database and that this user may write to it.',
    );
  }
}

/** Creates missing folders one level at a time: Node's recursive mkdir never returns on some read-only mounts (/proc). */
function makeFolders(folder: string): void {
  if (fs.existsSync(folder)) {
    if (!fs.statSync(folder).isDirectory()) throw new Error(`${folder} is a file`);
    return;
  }
  makeFolders(path.dirname(folder));
  fs.mkdirSync(folder);
}

function ensureWritableFolder(filename: string): void {
  const folder = path.dirname(path.resolve(filename));
  try {
    makeFolders(folder);
    fs.accessSync(folder, fs.constants.W_OK);
    if (fs.existsSync(filename)) fs.accessSync(filename, fs.constants.W_OK);
  } catch {
    throw new DatabaseUnavailableError(
      `Cannot write the database file ${filename}: the folder ${folder} is read-only or cannot be created. ` +
        'Make it writable, or point DATABASE_URL at a writable place, e.g. DATABASE_URL=sqlite:/srv/bluelamp/bluelamp.db.',
    );
  }
}

/** PostgreSQL sends 64-bit integers (counts, sums) as text; ours fit a JavaScript number exactly. */
function numberTypes(driver: typeof pg): pg.CustomTypesConfig {
  const types = new driver.TypeOverrides();
  types.setTypeParser(driver.types.builtins.INT8, Number);
  types.setTypeParser(driver.types.builtins.NUMERIC, Number);
  return types;
}

async function openPostgres(connectionString: string, seal: AuditSealSettings): Promise<Store> {
  const description = describeDatabase({ dialect: 'postgres', connectionString });
  // The driver is loaded only for PostgreSQL: an SQLite server need not carry its 15 MB.
  const { default: driver } = await import('pg');
  const pool = new driver.Pool({
    connectionString,
    connectionTimeoutMillis: 5000,
    max: 10,
    types: numberTypes(driver),
  });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnavailableError(explainPostgresError(error as NodeJS.ErrnoException, description));
  }
  const db = new Kysely<DatabaseSchema>({ dialect: anchoringDialect(new PostgresDialect({ pool }), seal) });
  return {
    db,
    dialect: 'postgres',
    description,
    bulkInsert: postgresBulkInsert,
    bulkTransaction: postgresBulkTransaction(db),
    connections: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => db.destroy(),
  };
}

function explainPostgresError(error: NodeJS.ErrnoException, description: string): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return `Could not reach ${description}: the connection was refused. Check that PostgreSQL is running and that DATABASE_URL names the right host and port.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Could not reach ${description}: the host name was not found. Check the host in DATABASE_URL.`;
    case '28P01':
    case '28000':
      return `${description} refused the sign-in: ${error.message}. Check the user name and password in DATABASE_URL.`;
    case '3D000':
      return `${description}: ${error.message}. Create it first (for example: createdb bluelamp).`;
    default:
      return `Could not connect to ${description}: ${error.message}. Check DATABASE_URL and that the server accepts connections.`;
  }
}

/** Throws when the database does not answer a trivial query. */
export async function pingDatabase(store: Store): Promise<void> {
  await sql`select 1`.execute(store.db);
}
