import os from 'node:os';
import type { Actor } from '../domain/accounts/index.js';
import { openServiceContext, type ServiceContext } from '../services/index.js';

/** The audit trail names command-line changes after the operating-system account that made them. */
export function cliActor(): Actor {
  try {
    return { kind: 'system', label: `cli:${os.userInfo().username}` };
  } catch {
    return { kind: 'system', label: 'cli:unknown' };
  }
}

/** Opens the configured database for one command and closes it afterwards, whatever happens. */
export async function withContext<T>(run: (ctx: ServiceContext) => Promise<T>, migrate = true): Promise<T> {
  const ctx = await openServiceContext({ databaseUrl: process.env.DATABASE_URL, migrate, actor: cliActor() });
  try {
    return await run(ctx);
  } finally {
    await ctx.store.close();
  }
}
