import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testContext } from '../../../test/support/demoContext.js';
import { createDemoTestDatabase } from '../../../test/support/demoTemplate.js';
import { createTestDatabase, createTestStore, DIALECTS, type TestDatabase } from '../../../test/support/testStores.js';
import {
  BACKUP_TABLES,
  auditSealSettings,
  migrateToLatest,
  openStore,
  readAuditAnchor,
  readTable,
  tableChecksum,
  type Dialect,
  type Store,
} from '../../store/index.js';
import { addUser } from '../accounts/addUser.js';
import { verifyAuditTrail } from '../audit/verifyAuditTrail.js';
import type { ServiceContext } from '../context.js';
import { updateOrgUnit } from '../organisation/updateOrgUnit.js';
import { backupDatabase } from './backupDatabase.js';
import { backupKeyFrom } from './backupKey.js';
import { restoreDatabase } from './restoreDatabase.js';

const key = backupKeyFrom({ env: { BLUELAMP_BACKUP_KEY: 'a backup key the operator keeps apart 2026' } });
const otherKey = backupKeyFrom({ env: { BLUELAMP_BACKUP_KEY: 'somebody else entirely, with their own key' } });

const opened: { store: Store; database: TestDatabase }[] = [];
async function freshStore(dialect: Dialect): Promise<Store> {
  const created = await createTestStore(dialect);
  opened.push(created);
  return created.store;
}
afterAll(async () => {
  for (const { store, database } of opened) {
    await store.close();
    await database.drop();
  }
});

async function contents(store: Store): Promise<Record<string, { rows: number; checksum: string }>> {
  const result: Record<string, { rows: number; checksum: string }> = {};
  for (const table of BACKUP_TABLES) {
    const rows = await readTable(store.db, table);
    result[table] = { rows: rows.length, checksum: tableChecksum(rows) };
  }
  return result;
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-backup-'));

/** One demo database per dialect (a copy of the demo template), each with a viewer account, backed up once; the tests restore the files. */
const sources = new Map<Dialect, { ctx: ServiceContext; file: string }>();
beforeAll(async () => {
  for (const dialect of DIALECTS) {
    const database = await createDemoTestDatabase(dialect);
    const store = await openStore(database.config);
    opened.push({ store, database });
    const ctx = testContext(store);
    await updateOrgUnit(ctx, { code: 'CN', name: 'Central North BCU', reason: 'Backup test' });
    await addUser(ctx, { username: 'a.viewer', role: 'viewer', password: 'a long passphrase nobody guesses' });
    const file = path.join(folder, `${dialect}.bluelamp.gz`);
    const { header, tables } = await backupDatabase(ctx, file, key);
    expect(header.tables).toEqual(BACKUP_TABLES);
    expect(tables.map((t) => t.table)).toEqual(BACKUP_TABLES);
    sources.set(dialect, { ctx, file });
  }
}, 240_000);

for (const from of DIALECTS) {
  for (const to of DIALECTS) {
    describe(`backup on ${from}, restore into ${to}`, () => {
      it('loses nothing: every table has the same rows and checksum, the audit chain stays intact and is anchored anew', async () => {
        const { ctx: source, file } = sources.get(from)!;
        expect(fs.statSync(file).mode & 0o777).toBe(0o600);
        const target = testContext(await freshStore(to));
        const restored = await restoreDatabase(target, file, key);
        expect(await contents(target.store)).toEqual(await contents(source.store));
        const verdict = await verifyAuditTrail(target);
        expect(verdict).toMatchObject({ intact: true, entries: restored.auditEntries });
        expect(verdict.intact && verdict.anchor?.sequence).toBe(restored.auditEntries);
        // New rows continue after the restored ids, and the anchor follows them.
        await updateOrgUnit(target, { code: 'CN', name: 'Central North', reason: 'After restore' });
        expect(await verifyAuditTrail(target)).toMatchObject({
          intact: true,
          anchor: { sequence: restored.auditEntries + 1 },
        });
      }, 120_000);
    });
  }
}

/** A backup's lines, without its authentication code (the last line) and the final newline. */
function linesOf(file: string): string[] {
  return zlib.gunzipSync(fs.readFileSync(file)).toString().split('\n').slice(0, -2);
}

/** Writes lines as a backup, authenticated with the key, the way only a key holder could. */
function sealed(file: string, lines: readonly string[], with_ = key): string {
  const body = lines.map((line) => `${line}\n`).join('');
  const mac = createHmac('sha256', with_.secret).update(body).digest('hex');
  fs.writeFileSync(file, zlib.gzipSync(`${body}${JSON.stringify({ $mac: mac })}\n`));
  return file;
}

/** Re-computes every section's end line from its rows, as a forger holding the key would. */
function withFixedChecksums(lines: readonly string[]): string[] {
  let rows: Record<string, unknown>[] = [];
  return lines.map((line) => {
    const value = JSON.parse(line) as Record<string, unknown>;
    if ('$section' in value) rows = [];
    else if ('$end' in value)
      return JSON.stringify({ $end: value.$end, rows: rows.length, checksum: tableChecksum(rows) });
    else if (!('format' in value)) rows.push(value);
    return line;
  });
}

function changeRow(
  lines: readonly string[],
  table: string,
  match: (row: Record<string, unknown>) => boolean,
  change: Record<string, unknown>,
): string[] {
  let current = '';
  return lines.map((line) => {
    const value = JSON.parse(line) as Record<string, unknown>;
    if ('$section' in value) current = String(value.$section);
    else if (current === table && !('$end' in value) && match(value)) return JSON.stringify({ ...value, ...change });
    return line;
  });
}

describe('restoring a backup someone has tampered with', () => {
  let file: string;
  let original: string[];
  const targets = new Map<Dialect, ServiceContext>();
  beforeAll(async () => {
    file = sources.get('sqlite')!.file;
    original = linesOf(file);
    for (const dialect of DIALECTS) targets.set(dialect, testContext(await freshStore(dialect)));
  });

  async function expectRefused(forged: string, message: RegExp): Promise<void> {
    for (const dialect of DIALECTS) {
      const target = targets.get(dialect)!;
      await expect(restoreDatabase(target, forged, key), dialect).rejects.toThrow(message);
      const held = await contents(target.store);
      expect(
        Object.values(held).every((table) => table.rows === 0),
        dialect,
      ).toBe(true);
    }
  }

  it('refuses a header listing no tables with a user made admin, whether or not the file was re-authenticated', async () => {
    const header = { ...(JSON.parse(original[0]!) as object), tables: [] };
    const forgedLines = [
      JSON.stringify(header),
      ...changeRow(original.slice(1), 'users', (row) => row.username === 'a.viewer', { role: 'admin' }),
    ];
    const unsealed = path.join(folder, 'admin-unsealed.bluelamp.gz');
    const staleMac = zlib.gunzipSync(fs.readFileSync(file)).toString().split('\n').at(-2);
    fs.writeFileSync(unsealed, zlib.gzipSync(`${forgedLines.join('\n')}\n${staleMac}\n`));
    await expectRefused(unsealed, /does not match its authentication code: it was altered after it was written/);
    await expectRefused(
      sealed(path.join(folder, 'admin-empty-header.bluelamp.gz'), forgedLines),
      /the header leaves out tables: org_units, /,
    );
    const keptHeader = [original[0]!, ...forgedLines.slice(1)];
    await expectRefused(
      sealed(path.join(folder, 'admin-sealed.bluelamp.gz'), keptHeader),
      /line \d+: table users holds (\d+) rows with checksum .*, and its end line says \1 rows with checksum/,
    );
  }, 120_000);

  it('refuses a file changed by a single character, or cut short, or authenticated with another key', async () => {
    const bytes = zlib.gunzipSync(fs.readFileSync(file));
    const at = bytes.indexOf('"Camden"');
    bytes[at + 1] = 'K'.charCodeAt(0);
    const changed = path.join(folder, 'one-character.bluelamp.gz');
    fs.writeFileSync(changed, zlib.gzipSync(bytes));
    await expectRefused(changed, /does not match its authentication code/);
    const cut = path.join(folder, 'cut.bluelamp.gz');
    fs.writeFileSync(cut, zlib.gzipSync(bytes.subarray(0, Math.floor(bytes.length / 2))));
    await expectRefused(cut, /ends before its authentication code, so it is incomplete/);
    const cutCompressed = path.join(folder, 'cut-gzip.bluelamp.gz');
    const compressed = fs.readFileSync(file);
    fs.writeFileSync(cutCompressed, compressed.subarray(0, Math.floor(compressed.length / 2)));
    await expectRefused(cutCompressed, /it is not a complete gzip file/);
    const foreign = sealed(path.join(folder, 'foreign.bluelamp.gz'), original, otherKey);
    await expectRefused(foreign, /does not match its authentication code/);
    await expect(restoreDatabase(targets.get('sqlite')!, file, otherKey)).rejects.toThrow(
      `it was authenticated with backup key ${key.id}, and the key given is ${otherKey.id}`,
    );
  }, 120_000);

  it('refuses, even from a key holder, a section for a table it does not know, a missing section, or rows outside a section', async () => {
    const endOfUsers = original.findIndex((line) => line.startsWith('{"$end":"users"'));
    const unknown = [
      ...original.slice(0, endOfUsers + 1),
      '{"$section":"secrets"}',
      '{"id":1,"x":1}',
      '{"$end":"secrets","rows":1,"checksum":"x"}',
      ...original.slice(endOfUsers + 1),
    ];
    await expectRefused(
      sealed(path.join(folder, 'unknown.bluelamp.gz'), unknown),
      /line \d+: section "secrets" is not a table Bluelamp backs up/,
    );
    const startOfUsers = original.findIndex((line) => line === '{"$section":"users"}');
    const withoutUsers = [...original.slice(0, startOfUsers), ...original.slice(endOfUsers + 1)];
    await expectRefused(
      sealed(path.join(folder, 'no-users.bluelamp.gz'), withoutUsers),
      /section user_scopes stands where the header says users comes/,
    );
    const stray = [
      ...original.slice(0, endOfUsers + 1),
      '{"id":99,"username":"stray","role":"admin"}',
      ...original.slice(endOfUsers + 1),
    ];
    await expectRefused(
      sealed(path.join(folder, 'stray.bluelamp.gz'), stray),
      /a row stands outside any table section/,
    );
  }, 120_000);

  it('refuses a file whose audit trail was rewritten, even with every checksum made to match', async () => {
    const forged = withFixedChecksums(
      changeRow(original, 'audit_entries', (row) => row.sequence === 5, { actor: 'cli:someone-else' }),
    );
    await expectRefused(
      sealed(path.join(folder, 'audit.bluelamp.gz'), forged),
      /its audit trail is broken at entry 5 \(its content no longer matches its hash/,
    );
  }, 120_000);

  it('refuses a backup written before backups were authenticated, saying what to do', async () => {
    const old = path.join(folder, 'format-1.bluelamp.gz');
    fs.writeFileSync(
      old,
      zlib.gzipSync(`${JSON.stringify({ format: 'bluelamp-backup', formatVersion: 1, schema: null, tables: [] })}\n`),
    );
    await expectRefused(
      old,
      /written by an earlier Bluelamp, before backups were authenticated.*Restore it with the Bluelamp that wrote it, then back up again/,
    );
  }, 120_000);

  it('refuses a database that already holds data, changing nothing', async () => {
    const { ctx: source, file: own } = sources.get('postgres')!;
    const before = await contents(source.store);
    await expect(restoreDatabase(source, own, key)).rejects.toThrow(/needs an empty database/);
    expect(await contents(source.store)).toEqual(before);
  }, 60_000);
});

describe('restoring a trail sealed with an audit key', () => {
  it(
    'needs the same audit key in the restoring process, and restores nothing without it',
    { timeout: 60_000 },
    async () => {
      const auditKey = 'the force audit key, kept in the vault 2026';
      const database = await createTestDatabase('sqlite');
      const seal = auditSealSettings(database.config, { BLUELAMP_AUDIT_KEY: auditKey });
      const keyed = await openStore(database.config, seal);
      try {
        await migrateToLatest(keyed);
        const source = testContext(keyed);
        await addUser(source, { username: 'a.keyed', role: 'viewer', password: 'a long passphrase nobody guesses' });
        await addUser(source, { username: 'b.keyed', role: 'viewer', password: 'a long passphrase nobody guesses' });
        const file = path.join(folder, 'keyed.bluelamp.gz');
        await backupDatabase(source, file, key);
        const withoutKey = testContext(await freshStore('postgres'));
        await expect(restoreDatabase(withoutKey, file, key)).rejects.toThrow(
          `its audit trail is broken at entry 1 (it is sealed with audit key ${seal.key?.id}, and no BLUELAMP_AUDIT_KEY is set to check it with)`,
        );
        expect((await contents(withoutKey.store)).audit_entries?.rows).toBe(0);
        const target = await createTestDatabase('postgres');
        const withKey = await openStore(
          target.config,
          auditSealSettings(target.config, { BLUELAMP_AUDIT_KEY: auditKey }),
        );
        opened.push({ store: withKey, database: target });
        await migrateToLatest(withKey);
        const restored = await restoreDatabase(testContext(withKey), file, key);
        expect(await verifyAuditTrail(testContext(withKey))).toMatchObject({
          intact: true,
          entries: restored.auditEntries,
        });
        expect(readAuditAnchor(seal.anchorFile)).toMatchObject({ sequence: restored.auditEntries });
      } finally {
        await keyed.close();
        await database.drop();
      }
    },
  );
});
