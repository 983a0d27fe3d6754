import { createHmac, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { BluelampProblem } from '../../domain/errors.js';
import type { TableName } from '../../store/index.js';
import type { BackupKey } from './backupKey.js';

/**
 * A backup is one gzip file of JSON lines, the same on both dialects:
 *
 *   the header: format, schema, when, from which database, the tables that follow, the key's id
 *   per table: {"$section": table}, one line per row, {"$end": table, "rows": n, "checksum": sha256}
 *   last: {"$mac": HMAC-SHA256, under the operator's backup key, of every byte before this line}
 *
 * Control lines are told from rows by their "$" key, which no column name has. The file is
 * written and read a batch of rows at a time, so its size never decides how much memory a
 * backup or a restore takes.
 */
export const BACKUP_FORMAT = 'bluelamp-backup';
export const BACKUP_FORMAT_VERSION = 2;

export interface BackupHeader {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: typeof BACKUP_FORMAT_VERSION;
  readonly schema: string | null;
  readonly createdAt: string;
  readonly source: 'sqlite' | 'postgres';
  readonly tables: readonly TableName[];
  readonly keyId: string;
}

export interface TableSummary {
  readonly table: TableName;
  readonly rows: number;
  readonly checksum: string;
}

/**
 * Writes a backup file: created 0600 under a temporary name, each write waiting until the
 * compressor has taken the last (so no more than one batch is ever held), renamed into place
 * only once complete and authenticated.
 */
export class BackupFileWriter {
  private readonly mac: ReturnType<typeof createHmac>;
  private readonly gzip = zlib.createGzip();
  private readonly written: Promise<void>;

  private constructor(
    private readonly file: string,
    private readonly partial: string,
    descriptor: number,
    key: BackupKey,
  ) {
    this.mac = createHmac('sha256', key.secret);
    this.written = pipeline(this.gzip, fs.createWriteStream(partial, { fd: descriptor }));
    // Failures are reported by write() and finish(); this keeps an early one from going unhandled.
    this.written.catch(() => undefined);
  }

  static open(file: string, key: BackupKey): BackupFileWriter {
    const partial = `${file}.partial`;
    try {
      fs.rmSync(partial, { force: true });
      // Owner-only from the first byte: a backup holds every account and every unpublished draft.
      return new BackupFileWriter(file, partial, fs.openSync(partial, 'wx', 0o600), key);
    } catch (error) {
      throw new BluelampProblem('unavailable', `Could not write the backup to ${file}: ${(error as Error).message}.`);
    }
  }

  async write(text: string): Promise<void> {
    this.mac.update(text);
    if (!this.gzip.write(text)) await Promise.race([once(this.gzip, 'drain'), this.written]);
  }

  async finish(): Promise<void> {
    this.gzip.end(`${JSON.stringify({ $mac: this.mac.digest('hex') })}\n`);
    await this.written;
    fs.renameSync(this.partial, this.file);
  }

  async abandon(): Promise<void> {
    this.gzip.destroy();
    await this.written.catch(() => undefined);
    fs.rmSync(this.partial, { force: true });
  }
}

/** The decompressed lines of a backup file, with what went wrong reading it said plainly. */
export async function* readBackupLines(file: string): AsyncGenerator<string> {
  if (!fs.existsSync(file)) throw new BluelampProblem('not-found', `There is no backup file at ${file}.`);
  const lines = readline.createInterface({
    input: fs.createReadStream(file).pipe(zlib.createGunzip()),
    crlfDelay: Infinity,
  });
  try {
    yield* lines;
  } catch (error) {
    throw new BluelampProblem(
      'invalid-input',
      `${file} cannot be restored: it is not a complete gzip file (${(error as Error).message}).`,
    );
  } finally {
    lines.close();
  }
}

function headerProblem(file: string, message: string): BluelampProblem {
  return new BluelampProblem('invalid-input', `${file} cannot be restored: ${message}.`);
}

function checkedHeader(file: string, line: string, key: BackupKey): BackupHeader {
  let value: Partial<BackupHeader> | null;
  try {
    value = JSON.parse(line) as Partial<BackupHeader> | null;
  } catch {
    throw headerProblem(file, 'it is not a Bluelamp backup (its first line is not JSON)');
  }
  if (value?.format !== BACKUP_FORMAT) throw headerProblem(file, 'it is not a Bluelamp backup');
  if ((value.formatVersion as number) === 1) {
    throw headerProblem(
      file,
      'it was written by an earlier Bluelamp, before backups were authenticated, so nothing shows it is unaltered. Restore it with the Bluelamp that wrote it, then back up again',
    );
  }
  if (value.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw headerProblem(file, `it is backup format ${String(value.formatVersion)}, which this Bluelamp does not read`);
  }
  const wellFormed =
    (value.schema === null || typeof value.schema === 'string') &&
    typeof value.createdAt === 'string' &&
    (value.source === 'sqlite' || value.source === 'postgres') &&
    Array.isArray(value.tables) &&
    value.tables.every((table) => typeof table === 'string') &&
    typeof value.keyId === 'string';
  if (!wellFormed) throw headerProblem(file, 'its header is incomplete');
  if (value.keyId !== key.id) {
    throw headerProblem(file, `it was authenticated with backup key ${value.keyId}, and the key given is ${key.id}`);
  }
  return value as BackupHeader;
}

/**
 * Running authentication of a file's lines as they are read: every line but the last goes into
 * the code, and the last must be the code the key gives.
 */
export class BackupAuthenticator {
  private readonly mac: ReturnType<typeof createHmac>;
  private previous: string | undefined;

  constructor(key: BackupKey) {
    this.mac = createHmac('sha256', key.secret);
  }

  add(line: string): void {
    if (this.previous !== undefined) this.mac.update(`${this.previous}\n`);
    this.previous = line;
  }

  /** Throws unless the last line was the authentication code of everything before it. */
  check(file: string): void {
    let given: unknown;
    try {
      given = (JSON.parse(this.previous ?? 'null') as { $mac?: unknown } | null)?.$mac;
    } catch {
      given = undefined;
    }
    if (typeof given !== 'string' || !/^[0-9a-f]{64}$/.test(given)) {
      throw headerProblem(file, 'it ends before its authentication code, so it is incomplete');
    }
    if (!timingSafeEqual(Buffer.from(given, 'hex'), this.mac.digest())) {
      throw headerProblem(
        file,
        'its content does not match its authentication code: it was altered after it was written',
      );
    }
  }
}

/**
 * Reads the whole file once and proves it is what "bluelamp backup" wrote under this key.
 * Nothing in a file is acted on before this passes; `onLine` sees each line as it goes by.
 */
export async function authenticateBackupFile(
  file: string,
  key: BackupKey,
  onLine?: { add(line: string): void },
): Promise<BackupHeader> {
  const authenticator = new BackupAuthenticator(key);
  let header: BackupHeader | undefined;
  for await (const line of readBackupLines(file)) {
    header ??= checkedHeader(file, line, key);
    authenticator.add(line);
    onLine?.add(line);
  }
  if (header === undefined) throw headerProblem(file, 'it is empty, so it is not a Bluelamp backup');
  authenticator.check(file);
  return header;
}
