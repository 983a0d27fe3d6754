import { sql } from 'kysely';
import type { ServiceContext } from '../context.js';

export interface OperationalCounts {
  /** Connections to the database: PostgreSQL's pool, or SQLite's single connection. */
  readonly connections: { readonly total: number; readonly idle: number | null; readonly waiting: number | null };
  /** Reminders by what became of them: "sending" are claimed and not yet sent, "failed" wait for the next run. */
  readonly notifications: Readonly<Record<'sending' | 'sent' | 'failed', number>>;
  /** Data loads recorded, by kind of file and outcome. */
  readonly loads: readonly { readonly kind: string; readonly outcome: string; readonly count: number }[];
}

async function notificationCounts(ctx: ServiceContext): Promise<OperationalCounts['notifications']> {
  const rows = await ctx.store.db
    .selectFrom('notifications')
    .select(['result', sql<number>`count(*)`.as('count')])
    .groupBy('result')
    .execute();
  const counts = { sending: 0, sent: 0, failed: 0 };
  for (const row of rows) counts[row.result] = row.count;
  return counts;
}

async function loadCounts(ctx: ServiceContext): Promise<OperationalCounts['loads']> {
  const db = ctx.store.db;
  const [policeUk, crime, neighbourhood] = await Promise.all([
    db
      .selectFrom('police_uk_load_log')
      .select(['outcome', sql<number>`count(*)`.as('count')])
      .groupBy('outcome')
      .execute(),
    db
      .selectFrom('crime_imports')
      .select(['source', sql<number>`count(*)`.as('count')])
      .groupBy('source')
      .execute(),
    db
      .selectFrom('neighbourhood_imports')
      .select(['kind', sql<number>`count(*)`.as('count')])
      .groupBy('kind')
      .execute(),
  ]);
  return [
    ...policeUk.map((row) => ({ kind: 'police-uk', outcome: row.outcome, count: row.count })),
    ...crime.map((row) => ({ kind: `crime:${row.source}`, outcome: 'loaded', count: row.count })),
    ...neighbourhood.map((row) => ({ kind: `neighbourhood:${row.kind}`, outcome: 'loaded', count: row.count })),
  ];
}

/**
 * What an operator's metrics show about the work Bluelamp has done, read from the database when
 * they are scraped rather than counted in memory: loads run in `bluelamp import` processes and
 * reminders in whichever server holds the lock, so a counter in one server would miss most of
 * them, and every instance reads the same totals. No permission is checked here: the metrics
 * endpoint is open only to holders of BLUELAMP_METRICS_TOKEN, and these are counts, not records.
 */
export async function getOperationalCounts(ctx: ServiceContext): Promise<OperationalCounts> {
  const pool = ctx.store.connections?.();
  const [notifications, loads] = await Promise.all([notificationCounts(ctx), loadCounts(ctx)]);
  return {
    connections: pool ?? { total: 1, idle: null, waiting: null },
    notifications,
    loads,
  };
}
