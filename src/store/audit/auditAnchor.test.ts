import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/testStores.js';
import { sealOf, verifyAuditChain, type AuditRecord } from '../../domain/audit/index.js';
import { openStore, type Store } from '../database.js';
import { migrateToLatest } from '../migrations/index.js';
import { anchorFileFor, auditSealSettings, readAuditAnchor } from './auditAnchorFile.js';
import { anchorTrailOnCommit, appendAuditRecords, listAuditEntries } from './auditStore.js';

const change = (n: number): AuditRecord => ({
  occurredAt: new Date(Date.UTC(2026, 11, 1, 9, 0, n)).toISOString(),
  actor: 'test',
  action: 'update',
  entityType: 'org_unit',
  entityId: `U${n}`,
  before: { name: `Old ${n}` },
  after: { name: `New ${n}` },
  reason: null,
});

const AUDIT_KEY = 'the audit key the force keeps in its vault';

async function append(store: Store, from: number, count: number): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    await appendAuditRecords(
      trx,
      Array.from({ length: count }, (_, i) => change(from + i)),
    );
  });
}

async function dropDeleteGuard(store: Store): Promise<void> {
  if (store.dialect === 'postgres') {
    await sql`alter table audit_entries disable trigger audit_entries_append_only`.execute(store.db);
  } else await sql`drop trigger audit_entries_no_delete`.execute(store.db);
}

for (const dialect of DIALECTS) {
  describe(`the audit anchor outside the database (${dialect})`, () => {
    let database: TestDatabase;
    let anchorFolder: string;
    let store: Store;
    const opened: Store[] = [];
    const open = async (env: NodeJS.ProcessEnv = {}) => {
      const next = await openStore(
        database.config,
        auditSealSettings(database.config, { BLUELAMP_AUDIT_ANCHOR_DIR: anchorFolder, ...env }),
      );
      opened.push(next);
      return next;
    };
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      anchorFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-anchors-'));
      store = await open();
      await migrateToLatest(store);
    });
    afterAll(async () => {
      for (const each of opened) await each.close();
      await database.drop();
      fs.rmSync(anchorFolder, { recursive: true, force: true });
    });
    const anchor = () =>
      readAuditAnchor(auditSealSettings(database.config, { BLUELAMP_AUDIT_ANCHOR_DIR: anchorFolder }).anchorFile);

    it('anchors the head once the transaction that wrote it commits, and not a rolled-back one', async () => {
      expect(anchor()).toBeNull();
      await append(store, 1, 3);
      const entries = await listAuditEntries(store.db);
      expect(anchor()).toMatchObject({ sequence: 3, hash: entries[2]?.hash });
      await expect(
        store.db.transaction().execute(async (trx) => {
          await appendAuditRecords(trx, [change(4)]);
          await appendAuditRecords(trx, [change(5)]);
          throw new Error('the change it described failed');
        }),
      ).rejects.toThrow('the change it described failed');
      expect(anchor()).toMatchObject({ sequence: 3 });
      await store.db.transaction().execute(async (trx) => {
        await appendAuditRecords(trx, [change(4)]);
        await appendAuditRecords(trx, [change(5)]);
      });
      expect(anchor()).toMatchObject({ sequence: 5 });
    });

    it('keeps the anchor where it was once entries were removed, however many are written after', async () => {
      await append(store, 6, 25);
      expect(anchor()).toMatchObject({ sequence: 30 });
      await dropDeleteGuard(store);
      await store.db.deleteFrom('audit_entries').where('sequence', '>', 10).execute();
      await append(store, 100, 30);
      expect(anchor()).toMatchObject({ sequence: 30 });
      const verdict = verifyAuditChain(await listAuditEntries(store.db), { anchor: anchor() });
      expect(verdict).toMatchObject({ intact: false, sequence: 30 });
    });

    it('anchors the trail as it stands when told to, as a restore does', async () => {
      await store.db.transaction().execute((trx) => anchorTrailOnCommit(trx));
      expect(anchor()).toMatchObject({ sequence: 40 });
      expect(verifyAuditChain(await listAuditEntries(store.db), { anchor: anchor() })).toMatchObject({ intact: true });
    });

    it('keys new entries once a key is set, and then refuses writers without it or with another', async () => {
      const keyed = await open({ BLUELAMP_AUDIT_KEY: AUDIT_KEY });
      await append(keyed, 41, 2);
      const entries = await listAuditEntries(store.db);
      expect(entries.slice(-2).map((entry) => sealOf(entry.hash).kind)).toEqual(['hmac-sha256', 'hmac-sha256']);
      expect(anchor()).toMatchObject({ sequence: 42 });
      await expect(append(store, 43, 1)).rejects.toThrow(
        /sealed with audit key [0-9a-f]{8} \(entry 42 is the last\), and this process has no BLUELAMP_AUDIT_KEY/,
      );
      const otherKey = await open({ BLUELAMP_AUDIT_KEY: 'a different key that someone made up lately' });
      await expect(append(otherKey, 43, 1)).rejects.toThrow(
        /this process holds audit key [0-9a-f]{8}, so it may not write/,
      );
      expect(await listAuditEntries(store.db)).toHaveLength(42);
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`a trail written before anchoring and keys (${dialect})`, () => {
    it('still verifies, is anchored by its next change, and continues keyed when a key is set', async () => {
      const database = await createTestDatabase(dialect);
      const anchorFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-anchors-'));
      const settings = auditSealSettings(database.config, {
        BLUELAMP_AUDIT_ANCHOR_DIR: anchorFolder,
        BLUELAMP_AUDIT_KEY: AUDIT_KEY,
      });
      // As the earlier Bluelamp wrote it: plain hashes, nothing outside the database.
      const before = await openStore(database.config, { key: null, anchorFile: null });
      const after = await openStore(database.config, settings);
      try {
        await migrateToLatest(before);
        await append(before, 1, 12);
        const old = await listAuditEntries(after.db);
        expect(old.every((entry) => /^[0-9a-f]{64}$/.test(entry.hash))).toBe(true);
        expect(readAuditAnchor(settings.anchorFile)).toBeNull();
        expect(verifyAuditChain(old, { key: settings.key, anchor: null })).toMatchObject({
          intact: true,
          anchor: null,
        });

        await append(after, 13, 2);
        const all = await listAuditEntries(after.db);
        expect(all.slice(-2).map((entry) => sealOf(entry.hash))).toEqual([
          { kind: 'hmac-sha256', keyId: settings.key?.id },
          { kind: 'hmac-sha256', keyId: settings.key?.id },
        ]);
        const anchor = readAuditAnchor(settings.anchorFile);
        expect(anchor).toMatchObject({ sequence: 14 });
        expect(verifyAuditChain(all, { key: settings.key, anchor })).toMatchObject({ intact: true, entries: 14 });
      } finally {
        await before.close();
        await after.close();
        await database.drop();
        fs.rmSync(anchorFolder, { recursive: true, force: true });
      }
    });
  });
}

describe('where the anchor is kept', () => {
  it('sits beside a SQLite file, or in the folder given, named after the database but never after the role', () => {
    expect(anchorFileFor({ dialect: 'sqlite', filename: 'var/bluelamp.db' }, undefined)).toBe(
      path.resolve('var/bluelamp.db.audit-anchor.json'),
    );
    expect(anchorFileFor({ dialect: 'sqlite', filename: ':memory:' }, undefined)).toBeNull();
    expect(anchorFileFor({ dialect: 'sqlite', filename: '/srv/a/bluelamp.db' }, '/srv/anchors')).toMatch(
      /^\/srv\/anchors\/sqlite-bluelamp\.db-[0-9a-f]{12}\.audit-anchor\.json$/,
    );
    const owner = anchorFileFor(
      { dialect: 'postgres', connectionString: 'postgres://owner:s@db.example:5433/bluelamp' },
      '/srv/anchors',
    );
    const app = anchorFileFor(
      { dialect: 'postgres', connectionString: 'postgres://bluelamp_app@db.example:5433/bluelamp' },
      '/srv/anchors',
    );
    expect(owner).toBe('/srv/anchors/postgres-db.example-5433-bluelamp.audit-anchor.json');
    expect(app).toBe(owner);
    expect(anchorFileFor({ dialect: 'postgres', connectionString: 'postgres://a@h/bluelamp' }, undefined)).toBe(
      path.resolve('var/audit-anchors/postgres-h-5432-bluelamp.audit-anchor.json'),
    );
  });

  it('refuses an audit key too short to be a secret', () => {
    expect(() =>
      auditSealSettings({ dialect: 'sqlite', filename: ':memory:' }, { BLUELAMP_AUDIT_KEY: 'password' }),
    ).toThrow(/BLUELAMP_AUDIT_KEY must hold at least 32 characters/);
  });
});
