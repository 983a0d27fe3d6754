import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import { databaseUrlOf } from '../../test/support/databaseUrls.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/support/testStores.js';
import { runBluelamp as run } from '../../test/support/cliRun.js';

const originalUrl = process.env.DATABASE_URL;
afterEach(() => {
  if (originalUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = originalUrl;
});

for (const dialect of DIALECTS) {
  describe(`the bluelamp command (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
    });
    afterAll(async () => {
      await database.drop();
    });
    const useTestDatabase = () => {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
    };

    it('migrates, then says the database is up to date', async () => {
      useTestDatabase();
      expect((await run('db', 'migrate')).out).toMatch(
        /^Applied 0001_organisation, 0002_audit, 0003_accounts, 0004_sso, 0005_plans, 0006_measures, 0007_crime_data, 0008_priorities, 0009_neighbourhoods, 0010_inspections, 0011_finding_responses, 0012_board, 0013_published_reports on /,
      );
      expect((await run('db', 'migrate')).out).toMatch(/^The database is up to date \(0013_published_reports\)/);
    });

    it('loads the demo once, then refuses politely unless told to reset', async () => {
      useTestDatabase();
      expect(await run('demo')).toMatchObject({
        code: 0,
        out: expect.stringMatching(/^Loaded the demo data/) as unknown,
      });
      const again = await run('demo');
      expect(again.code).toBe(1);
      expect(again.err).toBe(
        'bluelamp: This database already holds data, so the demo was not loaded. Use --reset to replace everything with the demo data.',
      );
      expect((await run('demo', '--reset')).code).toBe(0);
    });

    it('lists 12 BCUs covering 32 boroughs as JSON, each borough in exactly one', async () => {
      useTestDatabase();
      const { code, out } = await run('org', 'bcus', '--json');
      expect(code).toBe(0);
      const { bcus } = JSON.parse(out) as { bcus: { code: string; boroughs: { code: string }[] }[] };
      expect(bcus).toHaveLength(12);
      const boroughs = bcus.flatMap((bcu) => bcu.boroughs.map((b) => b.code));
      expect(boroughs).toHaveLength(32);
      expect(new Set(boroughs).size).toBe(32);
    });

    it('prints readable tables for people and history for one unit', async () => {
      useTestDatabase();
      expect((await run('org', 'bcus')).out).toContain('12 BCUs covering 32 boroughs');
      expect((await run('org', 'boroughs', '--on', '2018-05-15')).out).toMatch(
        /Camden\s+E09000007\s+Central North \(CN\)/,
      );
      expect((await run('org', 'groups')).out).toMatch(/Strategy and Governance\s+S&G/);
      expect((await run('org', 'unit', 'lambeth')).out).toContain('Central South');
    });

    it('answers a date that does not exist with a usage error, not a stack trace', async () => {
      useTestDatabase();
      const result = await run('org', 'bcus', '--on', '2018-02-30');
      expect(result.code).toBe(1);
      expect(result.err).toContain('the date must be a real date written YYYY-MM-DD');
      expect(result.err).not.toMatch(/\n\s+at /);
    });
  });
}

describe('the bluelamp command with a bad DATABASE_URL', () => {
  it('says in one sentence what is wrong with a malformed address', async () => {
    process.env.DATABASE_URL = 'mysql://root:secret@localhost/bluelamp';
    const result = await run('org', 'bcus');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^bluelamp: DATABASE_URL must start with sqlite: or postgres:\/\//);
    expect(result.err).not.toContain('secret');
  });

  it('says PostgreSQL could not be reached when nothing listens there', async () => {
    process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/bluelamp';
    const result = await run('db', 'migrate');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^bluelamp: Could not reach PostgreSQL .* the connection was refused/);
  });

  it('refuses a port that is not a number', async () => {
    const result = await run('serve', '--port', 'eighty');
    expect(result.code).toBe(1);
    expect(result.err).toContain('the port must be a whole number from 1 to 65535');
  });
});

for (const dialect of DIALECTS) {
  describe(`bluelamp audit (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      process.env.DATABASE_URL = databaseUrlOf(database.config);
      await run('demo');
    });
    afterAll(async () => {
      await database.drop();
    });

    it('reports the chain intact after the demo load and a few edits, with the edits in the log', async () => {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
      expect((await run('org', 'set', 'S&G', '--name', 'Strategy and Performance', '--reason', 'Renamed')).out).toBe(
        'S&G is now "Strategy and Performance" (lead code S&G).',
      );
      expect((await run('org', 'set', 'RV', '--lead-code', 'R&V')).code).toBe(0);
      const verify = await run('audit', 'verify');
      expect(verify.code).toBe(0);
      expect(verify.out).toMatch(/^The audit trail is intact: \d+ entries, last hash [0-9a-f]{16}…$/);
      const log = await run('audit', 'log', '--entity-id', 'S&G');
      expect(log.out).toMatch(/create\s+org_unit S&G\s+Demo data set loaded/);
      expect(log.out).toMatch(/cli:\S+\s+update\s+org_unit S&G\s+Renamed/);
    });

    it('names the exact entry altered by hand in the database, and exits 3', async () => {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
      const store = await openStore(database.config);
      try {
        if (dialect === 'postgres')
          await sql`alter table audit_entries disable trigger audit_entries_append_only`.execute(store.db);
        else await sql`drop trigger audit_entries_no_update`.execute(store.db);
        await store.db
          .updateTable('audit_entries')
          .set({ actor: 'cli:someone-else' })
          .where('sequence', '=', 12)
          .execute();
      } finally {
        await store.close();
      }
      const verify = await run('audit', 'verify');
      expect(verify.code).toBe(3);
      expect(verify.err).toMatch(
        /^The audit trail is broken at entry 12 \(create of org_unit \S+ by cli:someone-else at .*\): its content no longer matches its hash/,
      );
    });

    it('refuses an edit that would blank a name, changing nothing', async () => {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
      const result = await run('org', 'set', 'HR', '--name', ' ');
      expect(result).toMatchObject({ code: 1, err: 'bluelamp: A unit name must have between 1 and 200 characters.' });
    });
  });
}

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

describe('bluelamp users', () => {
  it('adds, lists, re-roles and disables accounts, never printing a hash', async () => {
    const database = await createTestDatabase('postgres');
    try {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
      await run('demo');
      const added = await run('users', 'add', 'a.smith', '--role', 'owner', '--scope', 'CN', 'FP', '--name', 'A Smith');
      expect(added.out).toMatch(
        /^Added a.smith as owner for CN, FP\.\nPassword \(shown only now\): [A-Za-z0-9_-]{24}$/,
      );
      expect((await run('users', 'set-role', 'a.smith', 'reviewer')).out).toBe('a.smith is now reviewer.');
      expect((await run('users', 'disable', 'a.smith', '--reason', 'Left')).out).toBe(
        'Disabled a.smith; their sessions have ended.',
      );
      const list = await run('users', 'list');
      expect(list.out).toMatch(/a\.smith\s+A Smith\s+reviewer\s+CN FP\s+disabled/);
      expect(list.out).not.toContain('argon2');
      expect(await run('users', 'set-role', 'a.smith', 'chief')).toMatchObject({
        code: 1,
        err: expect.stringContaining('"chief" is not a role') as unknown,
      });
      expect(await run('users', 'add', 'b', '--role', 'viewer')).toMatchObject({ code: 1 });
    } finally {
      await database.drop();
    }
  });
});
