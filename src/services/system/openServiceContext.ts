import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Actor } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import {
  DatabaseUnavailableError,
  DatabaseUrlError,
  MigrationFailedError,
  migrateToLatest,
  openStore,
  parseDatabaseUrl,
  type Store,
} from '../../store/index.js';
import { systemToday, type ServiceContext } from '../context.js';

export interface OpenOptions {
  /** DATABASE_URL; unset means the embedded SQLite file ./var/bluelamp.db. */
  readonly databaseUrl?: string | undefined;
  /** Bring the schema up to date first (the default: Bluelamp migrates on start). */
  readonly migrate?: boolean;
  /** Who acts through this context (the command line's operator by default). */
  readonly actor?: Actor;
}

let cachedVersion: string | undefined;

/** The version in package.json, which sits two folders above this file in both src/ and dist/src/. */
export function bluelampVersion(): string {
  if (cachedVersion !== undefined) return cachedVersion;
  for (const relative of ['../../../package.json', '../../../../package.json']) {
    const candidate = fileURLToPath(new URL(relative, import.meta.url));
    if (fs.existsSync(candidate)) {
      const parsed = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (parsed.name === 'bluelamp' && parsed.version !== undefined) {
        cachedVersion = parsed.version;
        return cachedVersion;
      }
    }
  }
  cachedVersion = '0.0.0';
  return cachedVersion;
}

export function contextFor(store: Store, actor: Actor = { kind: 'system', label: 'system' }): ServiceContext {
  return { store, actor, today: systemToday, version: bluelampVersion() };
}

/** Problems with the database's address, reachability or schema become plain sentences. */
export function asProblem(error: unknown): unknown {
  const known =
    error instanceof DatabaseUrlError ||
    error instanceof DatabaseUnavailableError ||
    error instanceof MigrationFailedError;
  return known ? new BluelampProblem('unavailable', error.message) : error;
}

/** Opens the configured database, migrates it, and returns what the use cases need. */
export async function openServiceContext(options: OpenOptions = {}): Promise<ServiceContext> {
  let store: Store;
  try {
    store = await openStore(parseDatabaseUrl(options.databaseUrl));
  } catch (error) {
    throw asProblem(error);
  }
  try {
    if (options.migrate !== false) await migrateToLatest(store);
  } catch (error) {
    await store.close();
    throw asProblem(error);
  }
  return contextFor(store, options.actor);
}
