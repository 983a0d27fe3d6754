import type { DatabaseConnection, Dialect, Driver, Kysely, QueryCompiler, TransactionSettings } from 'kysely';
import type { Executor } from '../schema.js';
import { NO_AUDIT_SEAL, writeAuditAnchor, type AuditSealSettings } from './auditAnchorFile.js';

/**
 * What one database connection knows about the audit trail: how to seal, and the head its open
 * transaction has written, to anchor once — and only once — that transaction has committed. An
 * anchor written before the commit could name an entry a rollback then removed.
 */
export interface AnchorSession {
  readonly settings: AuditSealSettings;
  head: { sequence: number; hash: string } | null;
  replace: boolean;
}

const sessions = new WeakMap<DatabaseConnection, AnchorSession>();

function forget(connection: DatabaseConnection): void {
  const session = sessions.get(connection);
  if (session === undefined) return;
  session.head = null;
  session.replace = false;
}

function anchorCommitted(session: AnchorSession): void {
  const { head, replace } = session;
  session.head = null;
  session.replace = false;
  if (head === null || session.settings.anchorFile === null) return;
  try {
    writeAuditAnchor(session.settings.anchorFile, head, replace);
  } catch (error) {
    // The change is committed and must be reported as done; an anchor that lags stays correct.
    process.emitWarning(
      `Could not write the audit anchor ${session.settings.anchorFile}: ${(error as Error).message}. ` +
        'Set BLUELAMP_AUDIT_ANCHOR_DIR to a folder this process may write.',
    );
  }
}

type SavepointMethod = (
  connection: DatabaseConnection,
  name: string,
  compile: QueryCompiler['compileQuery'],
) => Promise<void>;

class AnchoringDriver implements Driver {
  readonly savepoint?: SavepointMethod;
  readonly rollbackToSavepoint?: SavepointMethod;
  readonly releaseSavepoint?: SavepointMethod;

  constructor(
    private readonly inner: Driver,
    private readonly settings: AuditSealSettings,
  ) {
    if (inner.savepoint !== undefined) {
      this.savepoint = (connection, name, compile) => inner.savepoint?.(connection, name, compile) ?? Promise.resolve();
    }
    if (inner.releaseSavepoint !== undefined) {
      this.releaseSavepoint = (connection, name, compile) =>
        inner.releaseSavepoint?.(connection, name, compile) ?? Promise.resolve();
    }
    if (inner.rollbackToSavepoint !== undefined) {
      // Entries written after the savepoint are gone, so the head noted may no longer exist.
      this.rollbackToSavepoint = async (connection, name, compile) => {
        forget(connection);
        await inner.rollbackToSavepoint?.(connection, name, compile);
      };
    }
  }

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await this.inner.acquireConnection();
    if (!sessions.has(connection)) sessions.set(connection, { settings: this.settings, head: null, replace: false });
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    forget(connection);
    await this.inner.beginTransaction(connection, settings);
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await this.inner.commitTransaction(connection);
    const session = sessions.get(connection);
    if (session !== undefined) anchorCommitted(session);
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    forget(connection);
    await this.inner.rollbackTransaction(connection);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(connection);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/** The dialect, with every committed transaction that wrote audit entries anchoring the new head. */
export function anchoringDialect(dialect: Dialect, settings: AuditSealSettings): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => new AnchoringDriver(dialect.createDriver(), settings),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db: Kysely<unknown>) => dialect.createIntrospector(db),
  };
}

/** The session of the connection a query runs on; a Kysely not opened by openStore has none. */
export async function anchorSessionOf(db: Executor): Promise<AnchorSession | null> {
  return db.getExecutor().provideConnection((connection) => Promise.resolve(sessions.get(connection) ?? null));
}

/** How the database behind `db` seals entries (no key and no anchor for one not opened by openStore). */
export async function auditSealOf(db: Executor): Promise<AuditSealSettings> {
  return (await anchorSessionOf(db))?.settings ?? NO_AUDIT_SEAL;
}
