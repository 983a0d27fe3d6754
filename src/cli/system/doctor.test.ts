import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBluelamp } from '../../../test/support/cliRun.js';
import { migrateToLatest, openStore } from '../../store/index.js';

/** A deployment's folder: a migrated SQLite database, a built web app and the env file naming them. */
async function deployment(extraLines: readonly string[]): Promise<{ envFile: string; folder: string }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-doctor-cli-'));
  const database = path.join(folder, 'bluelamp.db');
  const store = await openStore({ dialect: 'sqlite', filename: database });
  await migrateToLatest(store);
  await store.close();
  fs.mkdirSync(path.join(folder, 'web'));
  fs.writeFileSync(path.join(folder, 'web', 'index.html'), '<!doctype html>');
  const envFile = path.join(folder, 'bluelamp.env');
  fs.writeFileSync(
    envFile,
    [
      '# as systemd reads it',
      `DATABASE_URL=sqlite:${database}`,
      `BLUELAMP_AUDIT_ANCHOR_DIR=${folder}`,
      `BLUELAMP_WEB_ROOT=${path.join(folder, 'web')}`,
      'BLUELAMP_PUBLIC_URL=https://bluelamp.example.org',
      ...extraLines,
    ].join('\n'),
  );
  return { envFile, folder };
}

describe('bluelamp doctor', () => {
  it('checks the settings in an env file and exits 0 when nothing fails', async () => {
    const { envFile, folder } = await deployment([
      'BLUELAMP_SMTP_URL=smtp://mail.example.org:25',
      'BLUELAMP_MAIL_FROM="Bluelamp <bluelamp@example.org>"',
    ]);
    const result = await runBluelamp('doctor', '--env-file', envFile);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^ok +database: SQLite file .* answers and is up to date/m);
    expect(result.out).toMatch(/^ok +mail: Reminders go through SMTP server mail\.example\.org:25/m);
    expect(result.out).toContain(`ok       web app: The web app is built in ${path.join(folder, 'web')}.`);
  });

  it('prints each check as JSON with --json, and exits 1 naming what to do when a check fails', async () => {
    const { envFile } = await deployment([
      'BLUELAMP_SMTP_URL=smtp://mail.example.org:25',
      'BLUELAMP_NOTIFY_API_KEY=bluelamp-11111111-2222-3333-4444-555555555555-66666666-7777-8888-9999-000000000000',
    ]);
    const result = await runBluelamp('doctor', '--env-file', envFile, '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.out) as { status: string; checks: { check: string; status: string }[] };
    expect(report.status).toBe('fail');
    expect(report.checks.find((check) => check.check === 'mail')?.status).toBe('fail');
    expect(report.checks.find((check) => check.check === 'database')?.status).toBe('ok');

    const text = await runBluelamp('doctor', '--env-file', envFile);
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/^FAIL +mail: Set BLUELAMP_SMTP_URL or BLUELAMP_NOTIFY_API_KEY, not both/m);
    expect(text.out).toMatch(/1 check\(s\) failed/);
  });

  it('says so in one sentence when the env file cannot be read', async () => {
    const result = await runBluelamp('doctor', '--env-file', '/nonexistent/bluelamp.env');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^bluelamp: Cannot read the env file \/nonexistent\/bluelamp\.env/);
  });
});
