import { afterEach, describe, expect, it } from 'vitest';
import { databaseUrlOf } from '../../../test/support/databaseUrls.js';
import { createTestDatabase } from '../../../test/support/testStores.js';
import { runBluelamp as run } from '../../../test/support/cliRun.js';

const originalUrl = process.env.DATABASE_URL;
afterEach(() => {
  if (originalUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = originalUrl;
});

describe('bluelamp backup and restore', () => {
  it('copies a SQLite database into PostgreSQL through one file', async () => {
    const source = await createTestDatabase('sqlite');
    const target = await createTestDatabase('postgres');
    const file = `${source.config.dialect === 'sqlite' ? source.config.filename : ''}.backup.gz`;
    try {
      process.env.DATABASE_URL = databaseUrlOf(source.config);
      await run('demo');
      const backup = await run('backup', file);
      expect(backup.err).toBe('');
      expect(backup.out).toMatch(
        /^Backed up sqlite at schema 0013_published_reports to .*: org_units 699, org_memberships \d+, audit_entries \d+, users 0, user_scopes 0, plans 7, plan_nodes 291, milestones 100, milestone_leads \d+, milestone_dependencies \d+, plan_links 44, milestone_updates 6, update_evidence 0, crime_categories 45, crime_category_mappings 97, crime_imports 1, crime_counts \d+, crime_count_revisions 0, measures 21, observations 39, populations 1, police_forces 0, police_uk_slices 0, police_uk_load_log 0, street_crime_counts 0, crime_outcome_counts 0, stop_search_counts 0, police_force_areas 33, most_similar_groups 3, ethnic_populations 2, priority_eligible_categories 13, standing_priorities 6, priority_sets 32, priority_choices 66, inspection_programmes 1, inspections 1, inspection_judgments 13, inspection_findings 38, inspection_comparators 3, finding_events 7, finding_evidence 1, finding_links 5, neighbourhood_imports 2, ward_posts 2516, ward_abstractions 420, neighbourhood_minimums 0, board_meetings 3, board_attendees 14, board_actions 5, board_action_statuses 2, published_reports 0 rows\.$/,
      );
      process.env.DATABASE_URL = databaseUrlOf(target.config);
      expect((await run('restore', file)).out).toMatch(/^Restored .* checksums verified\.$/);
      expect(JSON.parse((await run('org', 'bcus', '--json')).out)).toMatchObject({
        bcus: expect.arrayContaining([expect.objectContaining({ code: 'CN' })]) as unknown,
      });
      const q1 = JSON.parse(
        (await run('milestones', 'list', '--plan', 'met-business-plan-2018-19', '--due', '2018-19-Q1', '--json')).out,
      ) as { milestones: { status: { code: string } | null }[] };
      expect(q1.milestones.map((m) => m.status?.code)).toEqual(Array(6).fill('delivered'));
      expect((await run('audit', 'verify')).code).toBe(0);
      const again = await run('restore', file);
      expect(again).toMatchObject({
        code: 1,
        err: expect.stringContaining('Restore needs an empty database') as unknown,
      });
    } finally {
      await source.drop();
      await target.drop();
    }
  });
});
