import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseUrlOf } from '../../../test/support/databaseUrls.js';
import { createTestDatabase } from '../../../test/support/testStores.js';
import { runBluelamp as run } from '../../../test/support/cliRun.js';

const originalUrl = process.env.DATABASE_URL;
afterEach(() => {
  if (originalUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = originalUrl;
  delete process.env.BLUELAMP_BACKUP_KEY;
});

describe('bluelamp backup and restore', () => {
  it('copies a SQLite database into PostgreSQL through one authenticated file, and refuses it altered', async () => {
    const source = await createTestDatabase('sqlite');
    const target = await createTestDatabase('postgres');
    const folder = path.dirname(source.config.dialect === 'sqlite' ? source.config.filename : '');
    const file = path.join(folder, 'backup.bluelamp.gz');
    const keyFile = path.join(folder, 'backup.key');
    fs.writeFileSync(keyFile, `${'7f'.repeat(32)}\n`, { mode: 0o600 });
    try {
      process.env.DATABASE_URL = databaseUrlOf(source.config);
      await run('demo');
      expect((await run('backup', file)).err).toMatch(/^bluelamp: Backups are authenticated with a key only you hold/);
      const backup = await run('backup', file, '--key-file', keyFile);
      expect(backup.err).toBe('');
      expect(backup.out).toMatch(
        /^Backed up sqlite at schema \d{4}_\w+ to .* \(readable by its owner only; authenticated with backup key [0-9a-f]{8}\): org_units 703, org_memberships \d+, audit_entries \d+, users \d+, .*, crime_counts \d+, .*, published_reports 0, published_report_files 0, .* rows\.$/,
      );
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);

      process.env.DATABASE_URL = databaseUrlOf(target.config);
      const altered = path.join(folder, 'altered.bluelamp.gz');
      fs.writeFileSync(
        altered,
        zlib.gzipSync(zlib.gunzipSync(fs.readFileSync(file)).toString().replace('"Camden"', '"Camdne"')),
      );
      expect(await run('restore', altered, '--key-file', keyFile)).toMatchObject({
        code: 1,
        err: expect.stringContaining(
          'its content does not match its authentication code: it was altered after it was written',
        ) as unknown,
      });
      process.env.BLUELAMP_BACKUP_KEY = 'not the key the backup was made with, at all';
      expect((await run('restore', file)).err).toMatch(
        /it was authenticated with backup key [0-9a-f]{8}, and the key given is [0-9a-f]{8}/,
      );

      const restored = await run('restore', file, '--key-file', keyFile);
      expect(restored.out).toMatch(
        /^Restored .* rows, authenticated and checksums verified\. The audit trail holds \d+ entries, every link checked, and is anchored anew\.$/,
      );
      expect(JSON.parse((await run('org', 'bcus', '--json')).out)).toMatchObject({
        bcus: expect.arrayContaining([expect.objectContaining({ code: 'CN' })]) as unknown,
      });
      const q1 = JSON.parse(
        (await run('milestones', 'list', '--plan', 'met-business-plan-2018-19', '--due', '2018-19-Q1', '--json')).out,
      ) as { milestones: { status: { code: string } | null }[] };
      expect(q1.milestones.map((m) => m.status?.code)).toEqual(Array(6).fill('delivered'));
      expect((await run('audit', 'verify')).code).toBe(0);
      const again = await run('restore', file, '--key-file', keyFile);
      expect(again).toMatchObject({
        code: 1,
        err: expect.stringContaining('Restore needs an empty database') as unknown,
      });
    } finally {
      await source.drop();
      await target.drop();
    }
  }, 120_000);
});
