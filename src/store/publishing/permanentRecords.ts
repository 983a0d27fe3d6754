import type { Executor } from '../schema.js';

/** What a database holds that can never be removed: published milestone updates and published reports. */
export interface PermanentRecords {
  readonly publishedUpdates: number;
  readonly publishedReports: number;
}

export async function countPermanentRecords(db: Executor): Promise<PermanentRecords> {
  const updates = await db
    .selectFrom('milestone_updates')
    .where('state', '=', 'published')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  const reports = await db
    .selectFrom('published_reports')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .executeTakeFirstOrThrow();
  return { publishedUpdates: Number(updates.n), publishedReports: Number(reports.n) };
}
