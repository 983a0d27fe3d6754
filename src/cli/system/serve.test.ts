import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUrlOf } from '../../../test/support/databaseUrls.js';
import { assertBuilt, freePort, runBluelamp, startServing, stop } from '../../../test/support/processes.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/testStores.js';

beforeAll(() => {
  assertBuilt();
});

for (const dialect of DIALECTS) {
  describe(`bluelamp serve --demo (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
    });
    afterAll(async () => {
      await database.drop();
    });

    it('loads the demo into an empty database and serves the API and the web app', async () => {
      const port = await freePort();
      const server = await startServing(['--demo'], { DATABASE_URL: databaseUrlOf(database.config) }, port);
      try {
        const health = (await (await fetch(`http://localhost:${port}/api/health`)).json()) as Record<string, unknown>;
        expect(health).toMatchObject({ status: 'ok', database: dialect });
        const bcus = (await (await fetch(`http://localhost:${port}/api/organisation/bcus`)).json()) as {
          bcus: unknown[];
        };
        expect(bcus.bcus).toHaveLength(12);
        const page = await fetch(`http://localhost:${port}/organisation`);
        expect(page.headers.get('content-type')).toMatch(/^text\/html/);
        expect(await page.text()).toContain('<div id="root">');
        expect((await fetch(`http://localhost:${port}/assets/missing.js`)).status).toBe(404);
        expect(server.output()).toContain(`Open http://localhost:${port}/ in your browser.`);
      } finally {
        expect(await stop(server.child)).not.toBe(1);
      }
    }, 180_000);
  });
}

describe('bluelamp serve when something is in the way', () => {
  const sqliteUrl = () => `sqlite:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-serve-')), 'b.db')}`;

  it('says the port is in use, in one sentence, and exits non-zero', async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, 'localhost', resolve));
    try {
      const result = await runBluelamp(['serve', '--port', String(port)], { DATABASE_URL: sqliteUrl() });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe(
        `bluelamp: Port ${port} is already in use. Stop the program using it, or start Bluelamp on another port with --port or PORT.`,
      );
    } finally {
      blocker.close();
    }
  });

  it('says the data folder cannot be written', async () => {
    const result = await runBluelamp(['serve'], { DATABASE_URL: 'sqlite:/proc/bluelamp/bluelamp.db' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^bluelamp: Cannot write the database file .* read-only/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('says PostgreSQL is unreachable', async () => {
    const result = await runBluelamp(['serve'], { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/bluelamp' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^bluelamp: Could not reach PostgreSQL/);
  });

  it('names each bad setting in a sentence and stops before opening the database or listening', async () => {
    const port = await freePort();
    const databaseUrl = sqliteUrl();
    const result = await runBluelamp(['serve', '--port', String(port)], {
      DATABASE_URL: databaseUrl,
      BLUELAMP_SESSION_IDLE_MINUTES: 'abc',
      LOG_LEVEL: 'loud',
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'bluelamp: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (it is "loud").',
      'BLUELAMP_SESSION_IDLE_MINUTES must be a whole number from 1 to 1440 (it is "abc").',
    ]);
    expect(fs.existsSync(databaseUrl.slice('sqlite:'.length))).toBe(false);
    const badPort = await runBluelamp(['serve'], { DATABASE_URL: databaseUrl, PORT: 'eighty' });
    expect(badPort.code).toBe(1);
    expect(badPort.stderr.trim()).toBe('bluelamp: PORT must be a whole number from 1 to 65535 (it is "eighty").');
  });

  it('says a malformed DATABASE_URL is malformed', async () => {
    const result = await runBluelamp(['serve'], { DATABASE_URL: 'localhost:5432' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^bluelamp: DATABASE_URL must start with sqlite: or postgres:\/\//);
  });
});
