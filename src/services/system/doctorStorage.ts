import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  anchorFileFor,
  auditSealSettings,
  describeDatabase,
  openStore,
  parseDatabaseUrl,
  type DatabaseConfig,
} from '../../store/index.js';
import { getReadiness } from './getReadiness.js';
import { contextFor } from './openServiceContext.js';
import type { DoctorCheck } from './doctorCheck.js';

/**
 * Whether this process may write in a folder, found by writing there: permission bits say nothing
 * of read-only mounts, and root passes every access() check.
 */
function canWriteIn(folder: string): boolean {
  const probe = path.join(folder, `.bluelamp-doctor-${randomBytes(6).toString('hex')}`);
  try {
    fs.writeFileSync(probe, '', { flag: 'wx' });
    fs.rmSync(probe);
    return true;
  } catch {
    return false;
  }
}

/** The folder, or the nearest folder above it that exists (where Bluelamp would create it). */
function nearestExisting(folder: string): string {
  let current = path.resolve(folder);
  while (!fs.existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

/** One folder Bluelamp writes to: it must be writable, or creatable by this user. */
export function folderCheck(check: string, folder: string, what: string): DoctorCheck {
  const resolved = path.resolve(folder);
  const existing = nearestExisting(resolved);
  const isFolder = fs.existsSync(existing) && fs.statSync(existing).isDirectory();
  if (isFolder && canWriteIn(existing)) {
    const detail =
      existing === resolved
        ? `${resolved} is writable (${what}).`
        : `${resolved} does not exist yet; Bluelamp will create it in ${existing} (${what}).`;
    return { check, status: 'ok', detail, action: null };
  }
  const blocker = isFolder ? `${existing} is not writable by this user` : `${existing} is not a folder`;
  return {
    check,
    status: 'fail',
    detail: `Cannot write ${resolved} (${what}): ${blocker}.`,
    action: `Create ${resolved} and give it to the user Bluelamp runs as (e.g. chown bluelamp: ${resolved}), or point the setting at a writable folder.`,
  };
}

/** The folders the configured database and its audit anchor live in. */
export function dataFolderChecks(config: DatabaseConfig, env: NodeJS.ProcessEnv): DoctorCheck[] {
  const checks: DoctorCheck[] = [];
  if (config.dialect === 'sqlite' && config.filename !== ':memory:') {
    checks.push(folderCheck('database folder', path.dirname(config.filename), 'the SQLite database and its journal'));
    if (fs.existsSync(config.filename) && !canOpenForWriting(config.filename)) {
      checks.push({
        check: 'database file',
        status: 'fail',
        detail: `${path.resolve(config.filename)} is not writable by this user.`,
        action: 'Give the file to the user Bluelamp runs as (chown), or run Bluelamp as its owner.',
      });
    }
  }
  const anchor = anchorFileFor(config, env.BLUELAMP_AUDIT_ANCHOR_DIR);
  if (anchor !== null)
    checks.push(folderCheck('audit anchor folder', path.dirname(anchor), "the audit trail's anchor"));
  return checks;
}

function canOpenForWriting(file: string): boolean {
  try {
    fs.closeSync(fs.openSync(file, 'r+'));
    return true;
  } catch {
    return false;
  }
}

const MIGRATE = 'Run "bluelamp db migrate" (as the role that owns the tables, on PostgreSQL).';

/**
 * Whether the database answers and has every migration this version knows. It never migrates,
 * and never creates a SQLite file that is not there yet.
 */
export async function databaseCheck(databaseUrl: string | undefined, env: NodeJS.ProcessEnv): Promise<DoctorCheck> {
  const check = 'database';
  let config: DatabaseConfig;
  try {
    config = parseDatabaseUrl(databaseUrl);
  } catch (error) {
    return { check, status: 'fail', detail: (error as Error).message, action: 'Correct DATABASE_URL.' };
  }
  const where = describeDatabase(config);
  if (config.dialect === 'sqlite' && config.filename !== ':memory:' && !fs.existsSync(config.filename)) {
    return {
      check,
      status: 'warning',
      detail: `${where} does not exist yet.`,
      action: 'Run "bluelamp db migrate" to create it ("bluelamp serve" also creates it when it first starts).',
    };
  }
  let store;
  try {
    store = await openStore(config, auditSealSettings(config, env));
  } catch (error) {
    const message = (error as Error).message.replace(/\s*\n\s*/g, ' ');
    // A native module built for another Node.js: Node.js was changed after Bluelamp was installed.
    const action = message.includes('NODE_MODULE_VERSION')
      ? 'Reinstall Bluelamp with this Node.js (npm install): better-sqlite3 is compiled for the Node.js that installed it.'
      : 'Check DATABASE_URL and the database server.';
    return { check, status: 'fail', detail: message, action };
  }
  try {
    const readiness = await getReadiness(contextFor(store));
    if (readiness.status === 'ready') {
      return {
        check,
        status: 'ok',
        detail: `${where} answers and is up to date (${readiness.migration}).`,
        action: null,
      };
    }
    const lacksMigrations = readiness.reason?.includes('lacks') === true;
    return {
      check,
      status: 'fail',
      detail: `${where}: ${(readiness.reason ?? 'not ready.').replace(/: run "bluelamp db migrate"\.$/, '.')}`,
      action: lacksMigrations ? MIGRATE : 'Check the database server and the permissions of the role in DATABASE_URL.',
    };
  } finally {
    await store.close();
  }
}
