import { Migrator } from 'kysely';
import { MIGRATIONS, pingDatabase } from '../../store/index.js';
import type { ServiceContext } from '../context.js';

export interface Readiness {
  readonly status: 'ready' | 'unavailable';
  readonly database: 'sqlite' | 'postgres';
  readonly version: string;
  /** The latest migration the database has, or null when it has none (or cannot be read). */
  readonly migration: string | null;
  /** Why this process should not be sent requests yet; null when it is ready. */
  readonly reason: string | null;
}

async function missingMigrations(ctx: ServiceContext): Promise<{ latest: string | null; missing: string[] }> {
  // getMigrations only reads the migration table (and finds none on an empty database); it never migrates.
  const migrator = new Migrator({
    db: ctx.store.db,
    provider: { getMigrations: () => Promise.resolve({ ...MIGRATIONS }) },
  });
  const known = await migrator.getMigrations();
  const executed = known.filter((migration) => migration.executedAt !== undefined);
  return {
    latest: executed.at(-1)?.name ?? null,
    missing: known.filter((migration) => migration.executedAt === undefined).map((migration) => migration.name),
  };
}

function describe(ctx: ServiceContext): string {
  return ctx.store.dialect === 'postgres' ? 'The PostgreSQL database' : 'The SQLite database';
}

/**
 * Answers "may this process be sent requests?": it may when the database answers and has every
 * migration this version of Bluelamp knows, so a load balancer keeps traffic away from a process
 * whose database is down or not yet migrated (run "bluelamp db migrate").
 */
export async function getReadiness(ctx: ServiceContext): Promise<Readiness> {
  const base = { database: ctx.store.dialect, version: ctx.version };
  try {
    await pingDatabase(ctx.store);
  } catch {
    // Public callers see no driver message: it can name hosts and users.
    return { ...base, status: 'unavailable', migration: null, reason: `${describe(ctx)} does not answer a query.` };
  }
  try {
    const { latest, missing } = await missingMigrations(ctx);
    if (missing.length === 0) return { ...base, status: 'ready', migration: latest, reason: null };
    const named =
      missing.length === 1 ? `migration ${missing[0]}` : `${missing.length} migrations (${missing[0]} onwards)`;
    return {
      ...base,
      status: 'unavailable',
      migration: latest,
      reason: `The database lacks ${named}: run "bluelamp db migrate".`,
    };
  } catch {
    return {
      ...base,
      status: 'unavailable',
      migration: null,
      reason: `Cannot read which migrations ${describe(ctx)} has.`,
    };
  }
}
