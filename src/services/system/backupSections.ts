import { BACKUP_TABLES, TableDigest, type Row, type TableName } from '../../store/index.js';
import type { BackupHeader, TableSummary } from './backupFile.js';

/** What one line of a backup body means, once it has been checked to fit where it stands. */
export type BackupEvent =
  | { readonly kind: 'section'; readonly table: TableName }
  | { readonly kind: 'row'; readonly table: TableName; readonly row: Row }
  | { readonly kind: 'end'; readonly summary: TableSummary }
  | { readonly kind: 'mac' };

export class BackupStructureError extends Error {
  override readonly name = 'BackupStructureError';
}

const KNOWN = new Set<string>(BACKUP_TABLES);

/**
 * The header must list exactly the tables this Bluelamp backs up, in its order: a file that
 * leaves one out, or lists one it does not know, is refused rather than half restored.
 */
export function checkHeaderTables(header: BackupHeader): void {
  const listed = header.tables as readonly string[];
  const unknown = listed.filter((table) => !KNOWN.has(table));
  if (unknown.length > 0)
    throw new BackupStructureError(`the header lists tables Bluelamp does not back up: ${unknown.join(', ')}`);
  const missing = BACKUP_TABLES.filter((table) => !listed.includes(table));
  if (missing.length > 0) throw new BackupStructureError(`the header leaves out tables: ${missing.join(', ')}`);
  if (listed.length !== BACKUP_TABLES.length || listed.some((table, i) => table !== BACKUP_TABLES[i])) {
    throw new BackupStructureError('the header lists the tables more than once or out of order');
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Follows a backup body line by line: each section in the header's order, rows only inside a
 * section, each section closed by its own count and checksum (checked against the rows read),
 * the authentication code last and nothing after it. Holds one table's digest, never its rows.
 */
export class BackupSections {
  private next = 0;
  private open: { table: TableName; digest: TableDigest } | null = null;
  private finished = false;

  constructor(private readonly header: BackupHeader) {
    checkHeaderTables(header);
  }

  read(value: unknown): BackupEvent {
    if (this.finished) throw new BackupStructureError('there is more after the authentication code');
    if (!isPlainObject(value)) throw new BackupStructureError('the line is not a JSON object');
    if ('$section' in value) return this.startSection(value.$section);
    if ('$end' in value) return this.endSection(value);
    if ('$mac' in value) return this.finish();
    if (Object.keys(value).some((key) => key.startsWith('$'))) {
      throw new BackupStructureError(`the line holds an unknown control key`);
    }
    if (this.open === null) throw new BackupStructureError('a row stands outside any table section');
    this.open.digest.add(value);
    return { kind: 'row', table: this.open.table, row: value };
  }

  private startSection(table: unknown): BackupEvent {
    if (this.open !== null)
      throw new BackupStructureError(`table ${this.open.table} has no end line before the next section`);
    const expected = this.header.tables[this.next];
    if (typeof table !== 'string' || !KNOWN.has(table)) {
      throw new BackupStructureError(`section ${JSON.stringify(table)} is not a table Bluelamp backs up`);
    }
    if (table !== expected) {
      throw new BackupStructureError(
        `section ${table} stands where the header says ${expected ?? 'nothing more'} comes`,
      );
    }
    this.next += 1;
    this.open = { table, digest: new TableDigest() };
    return { kind: 'section', table };
  }

  private endSection(value: Record<string, unknown>): BackupEvent {
    const open = this.open;
    if (open === null || value.$end !== open.table) {
      throw new BackupStructureError(`an end line for ${String(value.$end)} stands outside that table's section`);
    }
    this.open = null;
    const checksum = open.digest.finish();
    if (value.rows !== open.digest.rows || value.checksum !== checksum) {
      throw new BackupStructureError(
        `table ${open.table} holds ${open.digest.rows} rows with checksum ${checksum.slice(0, 12)}…, and its end line says ${String(value.rows)} rows with checksum ${String(value.checksum).slice(0, 12)}…`,
      );
    }
    return { kind: 'end', summary: { table: open.table, rows: open.digest.rows, checksum } };
  }

  private finish(): BackupEvent {
    if (this.open !== null) throw new BackupStructureError(`table ${this.open.table} has no end line`);
    if (this.next < this.header.tables.length) {
      throw new BackupStructureError(`the file ends before table ${this.header.tables[this.next]}`);
    }
    this.finished = true;
    return { kind: 'mac' };
  }

  /** Throws unless every section and the authentication code were read. */
  assertComplete(): void {
    if (!this.finished) throw new BackupStructureError('the file ends before its authentication code');
  }
}
