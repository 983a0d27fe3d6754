import type { ServiceContext } from '../context.js';

export interface Health {
  readonly status: 'ok';
  readonly database: 'sqlite' | 'postgres';
  readonly version: string;
}

/**
 * Answers "is this process alive?" without touching the database, so a liveness probe never
 * restarts a healthy process because the database is slow; getReadiness asks about the database.
 */
export function getHealth(ctx: ServiceContext): Promise<Health> {
  return Promise.resolve({ status: 'ok', database: ctx.store.dialect, version: ctx.version });
}
