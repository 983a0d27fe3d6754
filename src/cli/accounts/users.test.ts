import { afterEach, describe, expect, it } from 'vitest';
import { databaseUrlOf } from '../../../test/support/databaseUrls.js';
import { createDemoTestDatabase } from '../../../test/support/demoTemplate.js';
import { createTestDatabase } from '../../../test/support/testStores.js';
import { runBluelamp as run } from '../../../test/support/cliRun.js';

const originalUrl = process.env.DATABASE_URL;
afterEach(() => {
  if (originalUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = originalUrl;
});

describe('bluelamp users', () => {
  it('adds, lists, re-roles and disables accounts, never printing a hash', async () => {
    // A copy of a database the demo was loaded into: loading its real crime files takes seconds.
    const database = await createDemoTestDatabase('postgres');
    try {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
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

  it('re-enables accounts, resets passwords and marks accounts for single sign-on', async () => {
    const database = await createTestDatabase('postgres');
    try {
      process.env.DATABASE_URL = databaseUrlOf(database.config);
      await run('users', 'add', 'd.brown', '--role', 'viewer');
      await run('users', 'disable', 'd.brown');
      expect((await run('users', 'enable', 'd.brown', '--reason', 'Back')).out).toBe(
        'Enabled d.brown; they can sign in again.',
      );
      const reset = await run('users', 'reset-password', 'd.brown');
      expect(reset.out).toMatch(
        /^Set a new password for d\.brown; their sessions have ended\.\nPassword \(shown only now\): [A-Za-z0-9_-]{24}$/,
      );
      expect((await run('users', 'set-sso-email', 'd.brown', 'D.Brown@Force.Example')).out).toBe(
        'd.brown signs in through single sign-on as d.brown@force.example, linked at their next sign-in.',
      );
      expect(await run('users', 'set-sso-email', 'd.brown')).toMatchObject({
        code: 1,
        err: expect.stringContaining('Give either an e-mail address or --none.') as unknown,
      });
      expect((await run('users', 'list')).out).toMatch(
        /d\.brown\s+d\.brown\s+viewer\s+active\s+d\.brown@force\.example/,
      );
      expect((await run('users', 'set-sso-email', 'd.brown', '--none')).out).toBe(
        'd.brown no longer signs in through single sign-on.',
      );
      expect(
        (await run('users', 'add', 'c.jones', '--role', 'viewer', '--sso-email', 'c.jones@force.example')).out,
      ).toBe('Added c.jones as viewer.\nSigns in through single sign-on as c.jones@force.example.');
    } finally {
      await database.drop();
    }
  });
});
