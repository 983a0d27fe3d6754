import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrlOf } from '../../../test/support/databaseUrls.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/testStores.js';
import { migrateToLatest, openStore } from '../../store/index.js';
import {
  chromiumCheck,
  configurationCheck,
  libreOfficeCheck,
  mailCheck,
  nodeCheck,
  runDoctor,
  singleSignOnCheck,
  webAppCheck,
} from './doctor.js';
import { databaseCheck, dataFolderChecks, folderCheck } from './doctorStorage.js';

const NOTIFY_KEY = 'bluelamp-11111111-2222-3333-4444-555555555555-66666666-7777-8888-9999-000000000000';
const NOTIFY_TEMPLATE = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

function temporaryFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-doctor-'));
}

for (const dialect of DIALECTS) {
  describe(`the doctor's database check (${dialect})`, () => {
    let database: TestDatabase;
    let url: string;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      url = databaseUrlOf(database.config);
    });
    afterAll(async () => {
      await database.drop();
    });

    it('fails on a database without the schema, saying to run bluelamp db migrate, and migrates nothing', async () => {
      const store = await openStore(database.config);
      // SQLite's file comes into being when first opened; an empty one stands for "never migrated".
      await sql`select 1`.execute(store.db);
      await store.close();
      const check = await databaseCheck(url, {});
      expect(check.status).toBe('fail');
      expect(check.detail).toMatch(/lacks \d+ migrations/);
      expect(check.action).toContain('bluelamp db migrate');
      expect((await databaseCheck(url, {})).status).toBe('fail');
    });

    it('passes once the database has every migration, naming the latest', async () => {
      const store = await openStore(database.config);
      const report = await migrateToLatest(store);
      await store.close();
      const check = await databaseCheck(url, {});
      expect(check).toMatchObject({ status: 'ok', action: null });
      expect(check.detail).toContain(`up to date (${report.current})`);
    });
  });
}

describe("the doctor's other database cases", () => {
  it('warns, without creating it, when the SQLite file does not exist yet', async () => {
    const file = path.join(temporaryFolder(), 'not-yet.db');
    const check = await databaseCheck(`sqlite:${file}`, {});
    expect(check.status).toBe('warning');
    expect(check.action).toContain('bluelamp db migrate');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('fails when PostgreSQL cannot be reached, and when DATABASE_URL is not an address', async () => {
    const unreachable = await databaseCheck('postgres://postgres@127.0.0.1:1/bluelamp', {});
    expect(unreachable.status).toBe('fail');
    expect(unreachable.detail).toMatch(/^Could not reach PostgreSQL/);
    const nonsense = await databaseCheck('mysql://somewhere/bluelamp', {});
    expect(nonsense).toMatchObject({ status: 'fail', action: 'Correct DATABASE_URL.' });
  });
});

describe("the doctor's folder checks", () => {
  it('passes a writable folder and one that can be created, and fails one that cannot be written', () => {
    const folder = temporaryFolder();
    expect(folderCheck('data', folder, 'test').status).toBe('ok');
    expect(folderCheck('data', path.join(folder, 'a', 'b'), 'test').detail).toContain('does not exist yet');
    expect(fs.readdirSync(folder)).toEqual([]);
    // /proc refuses new files even to root, whom permission bits never stop.
    const readOnly = folderCheck('data', '/proc/bluelamp', 'test');
    expect(readOnly.status).toBe('fail');
    expect(readOnly.action).toContain('chown');
  });

  it('fails a folder that is a file', () => {
    const file = path.join(temporaryFolder(), 'plain');
    fs.writeFileSync(file, '');
    expect(folderCheck('data', path.join(file, 'inside'), 'test').detail).toContain('is not a folder');
  });

  it("checks the SQLite database's folder and where the audit anchors go", () => {
    const folder = temporaryFolder();
    const anchors = path.join(folder, 'anchors');
    const checks = dataFolderChecks(
      { dialect: 'sqlite', filename: path.join(folder, 'b.db') },
      { BLUELAMP_AUDIT_ANCHOR_DIR: anchors },
    );
    expect(checks.map((check) => [check.check, check.status])).toEqual([
      ['database folder', 'ok'],
      ['audit anchor folder', 'ok'],
    ]);
    expect(checks[1]?.detail).toContain(anchors);
    const postgres = dataFolderChecks(
      { dialect: 'postgres', connectionString: 'postgres://u@h/d' },
      { BLUELAMP_AUDIT_ANCHOR_DIR: '/proc/anchors' },
    );
    expect(postgres.map((check) => [check.check, check.status])).toEqual([['audit anchor folder', 'fail']]);
  });
});

describe("the doctor's checks of settings", () => {
  it('fails a bad setting, naming it, and passes good ones', () => {
    const bad = configurationCheck({ PORT: 'eighty', BLUELAMP_NOTIFY_AT: '7am' });
    expect(bad.status).toBe('fail');
    expect(bad.detail).toContain('PORT must be a whole number');
    expect(bad.detail).toContain('BLUELAMP_NOTIFY_AT must be a time of day');
    expect(configurationCheck({ PORT: '8080', HOST: '0.0.0.0' })).toMatchObject({
      status: 'ok',
      detail: 'The settings are valid; the server listens on 0.0.0.0:8080.',
    });
  });

  it('warns that reminders are off when no way of sending is set, naming a stranded sender address', async () => {
    expect(await mailCheck({})).toMatchObject({ status: 'warning', detail: 'Reminders by e-mail are off.' });
    const stranded = await mailCheck({ BLUELAMP_MAIL_FROM: 'bluelamp@force.police.uk' });
    expect(stranded.detail).toMatch(/^BLUELAMP_MAIL_FROM is set, but no way of sending is/);
  });

  it('fails mail settings that serve would refuse: both ways of sending, or SMTP without a sender', async () => {
    const both = await mailCheck({
      BLUELAMP_SMTP_URL: 'smtp://mail.example.org:25',
      BLUELAMP_NOTIFY_API_KEY: NOTIFY_KEY,
      BLUELAMP_PUBLIC_URL: 'https://bluelamp.example.org',
    });
    expect(both.status).toBe('fail');
    expect(both.detail).toContain('not both');
    const noSender = await mailCheck({
      BLUELAMP_SMTP_URL: 'smtp://mail.example.org:25',
      BLUELAMP_PUBLIC_URL: 'https://bluelamp.example.org',
    });
    expect(noSender).toMatchObject({ status: 'fail' });
    expect(noSender.detail).toContain('BLUELAMP_MAIL_FROM');
  });

  it('passes complete mail settings, saying where reminders go and when, and warns of one left unused', async () => {
    const smtp = await mailCheck({
      BLUELAMP_SMTP_URL: 'smtps://user:secret@mail.example.org',
      BLUELAMP_MAIL_FROM: 'bluelamp@example.org',
      BLUELAMP_PUBLIC_URL: 'https://bluelamp.example.org',
      BLUELAMP_NOTIFY_AT: '06:30',
    });
    expect(smtp.status).toBe('ok');
    expect(smtp.detail).toBe(
      'Reminders go through SMTP server mail.example.org:465 every day at 06:30, linking to https://bluelamp.example.org.',
    );
    expect(smtp.detail).not.toContain('secret');
    const notify = await mailCheck({
      BLUELAMP_NOTIFY_API_KEY: NOTIFY_KEY,
      BLUELAMP_NOTIFY_TEMPLATE_ID: NOTIFY_TEMPLATE,
      BLUELAMP_MAIL_FROM: 'bluelamp@example.org',
      BLUELAMP_PUBLIC_URL: 'https://bluelamp.example.org',
    });
    expect(notify.status).toBe('warning');
    expect(notify.detail).toContain('GOV.UK Notify');
    expect(notify.action).toContain('Remove BLUELAMP_MAIL_FROM');
  });

  it('warns when single sign-on is half set up, and says nothing when it is not set up at all', () => {
    expect(singleSignOnCheck({})).toBeNull();
    const half = singleSignOnCheck({ BLUELAMP_OIDC_ISSUER: 'https://login.example.org', BLUELAMP_OIDC_CLIENT_ID: 'b' });
    expect(half).toMatchObject({ status: 'warning' });
    expect(half?.action).toBe(
      'Set BLUELAMP_OIDC_CLIENT_SECRET as well, or remove BLUELAMP_OIDC_ISSUER and BLUELAMP_OIDC_CLIENT_ID.',
    );
  });

  it('passes the supported Node.js lines and fails older ones', () => {
    for (const version of ['20.19.0', '22.12.0', '24.0.0', '24.11.1']) expect(nodeCheck(version).status).toBe('ok');
    for (const version of ['18.20.0', '20.18.3', '22.11.0', '21.7.0']) expect(nodeCheck(version).status).toBe('fail');
    expect(nodeCheck('26.0.0').status).toBe('warning');
  });
});

describe("the doctor's checks of programs and the web app", () => {
  it('warns that PDFs are off when there is no Chromium, and passes the one installed', async () => {
    const missing = await chromiumCheck('/nonexistent/chromium');
    expect(missing.status).toBe('warning');
    expect(missing.action).toContain('apt-get install chromium');
    const installed = await chromiumCheck(process.env.BLUELAMP_CHROMIUM ?? '/usr/bin/chromium');
    expect(installed.status).toBe('ok');
    expect(installed.detail).toMatch(/Chromium \d+/);
  });

  it('finds LibreOffice on the PATH, and only warns when it is missing', () => {
    expect(libreOfficeCheck(temporaryFolder()).status).toBe('warning');
    expect(libreOfficeCheck(`${temporaryFolder()}${path.delimiter}/usr/bin`).status).toBe('ok');
  });

  it('fails a web root with no built app', () => {
    const folder = temporaryFolder();
    expect(webAppCheck(folder).status).toBe('fail');
    fs.writeFileSync(path.join(folder, 'index.html'), '<!doctype html>');
    expect(webAppCheck(folder).status).toBe('ok');
  });
});

describe('the doctor as a whole', () => {
  it('fails when any check fails, and warns when the worst is a warning', async () => {
    const folder = temporaryFolder();
    fs.writeFileSync(path.join(folder, 'index.html'), '<!doctype html>');
    const env = {
      DATABASE_URL: `sqlite:${path.join(folder, 'b.db')}`,
      BLUELAMP_AUDIT_ANCHOR_DIR: folder,
      PATH: '/usr/bin',
    };
    const store = await openStore({ dialect: 'sqlite', filename: path.join(folder, 'b.db') });
    await migrateToLatest(store);
    await store.close();
    const fine = await runDoctor({ env, webRoot: folder, nodeVersion: '22.12.0' });
    expect(fine.checks.filter((check) => check.status === 'fail')).toEqual([]);
    expect(fine.status).toBe('warning');
    const broken = await runDoctor({ env: { ...env, PORT: '0' }, webRoot: folder, nodeVersion: '22.12.0' });
    expect(broken.status).toBe('fail');
    expect(broken.checks.find((check) => check.check === 'configuration')?.status).toBe('fail');
  });
});
