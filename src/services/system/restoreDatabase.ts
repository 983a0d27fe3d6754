import type { Transaction } from 'kysely';
import type { AuditAnchor } from '../../domain/audit/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  AuditAnchorUnreadableError,
  BACKUP_TABLES,
  bumpOrganisationVersion,
  anchorTrailOnCommit,
  auditSealOf,
  countRows,
  digestTable,
  insertRows,
  migrateToLatest,
  readAuditAnchor,
  resetIdSequences,
  type DatabaseSchema,
  type Row,
  type TableName,
} from '../../store/index.js';
import { examineAuditTrail } from '../audit/examineAuditTrail.js';
import { authorise } from '../authorise.js';
import type { ServiceContext } from '../context.js';
import { openDataChanged } from '../publishing/dataVersion.js';
import type { BackupSummary } from './backupDatabase.js';
import {
  BackupAuthenticator,
  authenticateBackupFile,
  readBackupLines,
  type BackupHeader,
  type TableSummary,
} from './backupFile.js';
import type { BackupKey } from './backupKey.js';
import { BackupSections, BackupStructureError, checkHeaderTables } from './backupSections.js';
import { BackupTrailCheck } from './backupTrailCheck.js';

export interface RestoreSummary extends BackupSummary {
  /** How many audit entries the restored trail holds, every link checked. */
  readonly auditEntries: number;
  /** What the anchor for this database said before the restore replaced it, if anything. */
  readonly previousAnchor: AuditAnchor | null;
}

/** Rows are inserted a few at a time; a batch of evidence files is bounded by size as well. */
const INSERT_ROWS = 1000;
const INSERT_CHARACTERS = 8 * 1024 * 1024;

async function assertEmpty(ctx: ServiceContext): Promise<void> {
  for (const table of BACKUP_TABLES) {
    if ((await countRows(ctx.store.db, table)) > 0) {
      throw new BluelampProblem(
        'conflict',
        `Restore needs an empty database, and table ${table} holds data. Restore into a new database.`,
      );
    }
  }
}

function refusal(file: string, message: string): BluelampProblem {
  return new BluelampProblem('invalid-input', `${file} cannot be restored: ${message}; nothing was restored.`);
}

function trailRefusal(file: string, broken: { sequence: number; problem: string }): BluelampProblem {
  return refusal(file, `its audit trail is broken at entry ${broken.sequence} (${broken.problem})`);
}

class RowBatch {
  private rows: Row[] = [];
  private characters = 0;
  table: TableName | null = null;
  lastLine = 0;

  constructor(
    private readonly trx: Transaction<DatabaseSchema>,
    private readonly file: string,
  ) {}

  async add(row: Row, line: string, lineNumber: number): Promise<void> {
    this.rows.push(row);
    this.characters += line.length;
    this.lastLine = lineNumber;
    if (this.rows.length >= INSERT_ROWS || this.characters >= INSERT_CHARACTERS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0 || this.table === null) return;
    try {
      await insertRows(this.trx, this.table, this.rows);
    } catch (error) {
      throw refusal(
        this.file,
        `the rows of table ${this.table} up to line ${this.lastLine} do not fit it (${(error as Error).message})`,
      );
    }
    this.rows = [];
    this.characters = 0;
  }
}

/** Streams the file's rows into the open transaction, checking its structure as it goes. */
async function insertFromFile(
  trx: Transaction<DatabaseSchema>,
  file: string,
  header: BackupHeader,
  key: BackupKey,
): Promise<TableSummary[]> {
  const sections = new BackupSections(header);
  const authenticator = new BackupAuthenticator(key);
  const batch = new RowBatch(trx, file);
  const summaries: TableSummary[] = [];
  let lineNumber = 0;
  for await (const line of readBackupLines(file)) {
    lineNumber += 1;
    authenticator.add(line);
    if (lineNumber === 1) continue;
    let event;
    try {
      event = sections.read(JSON.parse(line));
    } catch (error) {
      throw refusal(file, `line ${lineNumber}: ${(error as Error).message}`);
    }
    if (event.kind === 'section') batch.table = event.table;
    else if (event.kind === 'row') await batch.add(event.row, line, lineNumber);
    else if (event.kind === 'end') {
      await batch.flush();
      summaries.push(event.summary);
    }
  }
  try {
    sections.assertComplete();
  } catch (error) {
    throw refusal(file, (error as Error).message);
  }
  // The file was authenticated before; this proves it was not changed in between.
  authenticator.check(file);
  return summaries;
}

async function checkRestoredTables(trx: Transaction<DatabaseSchema>, file: string, tables: readonly TableSummary[]) {
  for (const expected of tables) {
    const { rows, checksum } = await digestTable(trx, expected.table);
    if (rows !== expected.rows || checksum !== expected.checksum) {
      throw new BluelampProblem(
        'invalid-input',
        `${file} does not restore intact: table ${expected.table} differs from the backup's checksum, so nothing was restored.`,
      );
    }
  }
}

async function anchorBefore(ctx: ServiceContext): Promise<AuditAnchor | null> {
  try {
    return readAuditAnchor((await auditSealOf(ctx.store.db)).anchorFile);
  } catch (error) {
    if (error instanceof AuditAnchorUnreadableError) return null;
    throw error;
  }
}

/**
 * Restores a backup into an empty database. The file is first authenticated whole with the
 * operator's key, its audit trail followed as it is read; then, in one transaction, its rows are
 * streamed in, every section is checked against its own count and checksum and then against what
 * the database holds, and the restored audit trail is re-verified. Any difference undoes the whole restore. Once committed,
 * the restored trail's head becomes this database's audit anchor.
 */
export async function restoreDatabase(ctx: ServiceContext, file: string, key: BackupKey): Promise<RestoreSummary> {
  authorise(ctx, 'system.administer');
  const trail = new BackupTrailCheck((await auditSealOf(ctx.store.db)).key);
  const header = await authenticateBackupFile(file, key, trail);
  try {
    checkHeaderTables(header);
  } catch (error) {
    if (error instanceof BackupStructureError) throw refusal(file, error.message);
    throw error;
  }
  const { current } = await migrateToLatest(ctx.store);
  if (header.schema !== current) {
    throw new BluelampProblem(
      'conflict',
      `The backup was made at schema ${header.schema ?? 'none'} and this Bluelamp is at ${current ?? 'none'}.`,
    );
  }
  const broken = trail.problem();
  if (broken !== null) throw trailRefusal(file, broken);
  await assertEmpty(ctx);
  const previousAnchor = await anchorBefore(ctx);
  return ctx.store.db.transaction().execute(async (trx) => {
    const tables = await insertFromFile(trx, file, header, key);
    await resetIdSequences(trx);
    await checkRestoredTables(trx, file, tables);
    const verdict = await examineAuditTrail(trx, { againstAnchor: false });
    if (!verdict.intact) throw trailRefusal(file, verdict);
    // Caches of what the public sees must not take the restored data for what they hold.
    await openDataChanged(trx);
    await bumpOrganisationVersion(trx);
    await anchorTrailOnCommit(trx);
    return { header, tables, auditEntries: verdict.entries, previousAnchor };
  });
}
