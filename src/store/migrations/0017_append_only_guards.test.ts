import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';

const report = {
  report_key: 'met-business-plan-2018-19 2018-19-Q1',
  kind: 'quarterly-progress',
  version: 1,
  title: 'Quarterly progress, Q1 2018-19',
  period: '2018-19-Q1',
  as_at: '2018-07-15',
  published_at: '2018-07-20T09:00:00.000Z',
  published_by: 'test',
  note: null,
  content_html: '<p>Six milestones delivered.</p>',
  content_sha256: 'a'.repeat(64),
  data_json: '{}',
  data_sha256: 'b'.repeat(64),
} as const;

describeWithDemoData('the append-only guards', (ctx, dialect) => {
  const db = () => ctx().store.db;
  const count = async (table: 'audit_entries' | 'published_reports' | 'milestone_updates') =>
    Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  beforeAll(async () => {
    await db().insertInto('published_reports').values(report).execute();
  });

  it('refuses to delete a published milestone update, alone or with every other, and still deletes a draft', async () => {
    const published = await count('milestone_updates');
    expect(published).toBeGreaterThan(0);
    await expect(db().deleteFrom('milestone_updates').where('state', '=', 'published').execute()).rejects.toThrow(
      /published updates cannot be deleted/,
    );
    await expect(db().deleteFrom('milestone_updates').execute()).rejects.toThrow(/published updates cannot be deleted/);
    expect(await count('milestone_updates')).toBe(published);

    const published0 = await db()
      .selectFrom('milestone_updates')
      .selectAll()
      .where('state', '=', 'published')
      .executeTakeFirstOrThrow();
    const one = Object.fromEntries(Object.entries(published0).filter(([column]) => column !== 'id')) as Omit<
      typeof published0,
      'id'
    >;
    const draft = await db()
      .insertInto('milestone_updates')
      .values({ ...one, quarter: '2018-19-Q4', state: 'draft', published_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db().deleteFrom('milestone_updates').where('id', '=', draft.id).execute();
    expect(await count('milestone_updates')).toBe(published);
  });

  it('refuses to empty the audit trail or the published reports with a DELETE that names no rows', async () => {
    const entries = await count('audit_entries');
    await expect(db().deleteFrom('audit_entries').execute()).rejects.toThrow(/append-only/);
    await expect(db().deleteFrom('published_reports').execute()).rejects.toThrow(/published reports cannot change/);
    expect(await count('audit_entries')).toBe(entries);
    expect(await count('published_reports')).toBe(1);
  });

  if (dialect === 'postgres') {
    it('refuses TRUNCATE of the audit trail, the published reports and the milestone updates, even by cascade', async () => {
      const before = await Promise.all([
        count('audit_entries'),
        count('published_reports'),
        count('milestone_updates'),
      ]);
      // CASCADE too: it empties every table that refers to the ones named.
      for (const table of ['audit_entries', 'published_reports', 'milestone_updates']) {
        await expect(sql`truncate ${sql.table(table)} cascade`.execute(db())).rejects.toThrow(
          `${table} is append-only: it cannot be truncated`,
        );
      }
      await expect(sql`truncate milestones cascade`.execute(db())).rejects.toThrow(
        'milestone_updates is append-only: it cannot be truncated',
      );
      await expect(sql`truncate plans cascade`.execute(db())).rejects.toThrow(/is append-only: it cannot be truncated/);
      expect(
        await Promise.all([count('audit_entries'), count('published_reports'), count('milestone_updates')]),
      ).toEqual(before);
    });
  }
});
