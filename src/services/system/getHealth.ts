import { pingDatabase } from '../../store/index.js';
import type { ServiceContext } from '../context.js';

export interface Health {
  readonly status: 'ok' | 'unavailable';
  readonly database: 'sqlite' | 'postgres';
  readonly version: string;
}

/** Answers "is this process able to serve?": it is when the database answers a query. */
export async function getHealth(ctx: ServiceContext): Promise<Health> {
  try {
    await pingDatabase(ctx.store);
    return { status: 'ok', database: ctx.store.dialect, version: ctx.version };
  } catch {
    return { status: 'unavailable', database: ctx.store.dialect, version: ctx.version };
  }
}
