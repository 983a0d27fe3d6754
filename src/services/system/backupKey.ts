import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import { BluelampProblem } from '../../domain/errors.js';

/**
 * The secret that authenticates backup files. The operator holds it — in BLUELAMP_BACKUP_KEY or
 * a file named with --key-file — apart from the database and from the backups themselves, so
 * whoever can alter a backup file cannot make the altered file restore.
 */
export interface BackupKey {
  /** Names the key in the file and in messages, revealing nothing of it. */
  readonly id: string;
  readonly secret: Buffer;
}

const MIN_LENGTH = 32;
const HOW_TO_MAKE_ONE = 'make one with: openssl rand -hex 32 > backup.key && chmod 600 backup.key';

function keyFrom(secret: string, source: string): BackupKey {
  const trimmed = secret.trim();
  if (trimmed.length < MIN_LENGTH) {
    throw new BluelampProblem(
      'invalid-input',
      `The backup key in ${source} must hold at least ${MIN_LENGTH} characters (it holds ${trimmed.length}); ${HOW_TO_MAKE_ONE}.`,
    );
  }
  const bytes = Buffer.from(trimmed, 'utf8');
  return { id: createHmac('sha256', bytes).update('bluelamp backup key id').digest('hex').slice(0, 8), secret: bytes };
}

/** The key from --key-file when given, else from BLUELAMP_BACKUP_KEY; there is no default. */
export function backupKeyFrom(options: {
  readonly keyFile?: string | undefined;
  readonly env?: NodeJS.ProcessEnv;
}): BackupKey {
  if (options.keyFile !== undefined) {
    let text: string;
    try {
      text = fs.readFileSync(options.keyFile, 'utf8');
    } catch (error) {
      throw new BluelampProblem(
        'invalid-input',
        `Cannot read the backup key file ${options.keyFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
      );
    }
    return keyFrom(text, options.keyFile);
  }
  const fromEnvironment = (options.env ?? process.env).BLUELAMP_BACKUP_KEY;
  if (fromEnvironment === undefined || fromEnvironment.trim() === '') {
    throw new BluelampProblem(
      'invalid-input',
      `Backups are authenticated with a key only you hold: give it with --key-file FILE or BLUELAMP_BACKUP_KEY (${HOW_TO_MAKE_ONE}).`,
    );
  }
  return keyFrom(fromEnvironment, 'BLUELAMP_BACKUP_KEY');
}
