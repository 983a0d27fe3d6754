import { afterEach, describe, expect, it } from 'vitest';
import { databaseUrlOf } from '../../../test/support/databaseUrls.js';
import { createTestDatabase } from '../../../test/support/testStores.js';
import { runBluelamp as run } from '../../../test/support/cliRun.js';

const originalUrl = process.env.DATABASE_URL;
afterEach(() => {
  if (originalUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = originalUrl;
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
