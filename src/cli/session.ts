import os from 'node:os';
import type { Actor } from '../domain/accounts/index.js';
import type { ServiceContext } from '../services/index.js';

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
  // Loaded here rather than at the top so that commands which never open the database start quickly.
  const { openServiceContext } = await import('../services/system/openServiceContext.js');
  const ctx = await openServiceContext({ databaseUrl: process.env.DATABASE_URL, migrate, actor: cliActor() });
  try {
    return await run(ctx);
  } finally {
    await ctx.store.close();
  }
}
