import { openServiceContext, type ServiceContext } from '../services/index.js';

/** Opens the configured database for one command and closes it afterwards, whatever happens. */
export async function withContext<T>(run: (ctx: ServiceContext) => Promise<T>, migrate = true): Promise<T> {
  const ctx = await openServiceContext({ databaseUrl: process.env.DATABASE_URL, migrate });
  try {
    return await run(ctx);
  } finally {
    await ctx.store.close();
  }
}
