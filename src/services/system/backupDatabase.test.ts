import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { testContext } from '../../../test/support/demoContext.js';
import { describeOnBothDatabases } from '../../../test/support/testStores.js';
import { readTableBatches, tableChecksum, type Executor, type Row, type TableName } from '../../store/index.js';
import { backupDatabase, writeTableSection } from './backupDatabase.js';
import { backupKeyFrom } from './backupKey.js';

const key = backupKeyFrom({ env: { BLUELAMP_BACKUP_KEY: 'a backup key the operator keeps apart 2026' } });
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-backup-writer-'));

describeOnBothDatabases('writing a backup a batch at a time', (store) => {
  it('reads the next batch only once the last has been written, so it never holds more than one', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => ({
      code: `F${String(i).padStart(4, '0')}`,
      name: `Force ${i}`,
    }));
    await store()
      .db.transaction()
      .execute(async (trx) => {
        for (let start = 0; start < rows.length; start += 250) {
          await trx
            .insertInto('police_forces')
            .values(rows.slice(start, start + 250))
            .execute();
        }
      });
    const events: string[] = [];
    let held = 0;
    let mostHeld = 0;
    async function* watchedBatches(db: Executor, table: TableName): AsyncGenerator<Row[]> {
      for await (const batch of readTableBatches(db, table, 300)) {
        held += 1;
        mostHeld = Math.max(mostHeld, held);
        events.push(`read ${batch.length}`);
        yield batch;
      }
    }
    const written: string[] = [];
    const sink = {
      async write(text: string) {
        const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('{"$'));
        if (lines.length > 0) {
          events.push(`wrote ${lines.length}`);
          held -= 1;
        }
        written.push(text);
        // A slow disk: if the writer read ahead, more batches would pile up while this waits.
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
    };
    const summary = await writeTableSection(store().db, 'police_forces', sink, watchedBatches);
    expect(mostHeld).toBe(1);
    const alternating = Array.from({ length: 8 }, () => ['read 300', 'wrote 300']).flat();
    expect(events).toEqual([...alternating, 'read 100', 'wrote 100']);
    const body = written
      .join('')
      .split('\n')
      .filter((line) => line !== '');
    expect(body[0]).toBe('{"$section":"police_forces"}');
    expect(JSON.parse(body.at(-1)!)).toEqual({
      $end: 'police_forces',
      rows: 2500,
      checksum: tableChecksum(body.slice(1, -1).map((line) => JSON.parse(line) as Row)),
    });
    expect(summary).toMatchObject({ table: 'police_forces', rows: 2500 });
  });

  it('writes the file for its owner alone, even under a permissive umask, and leaves no partial file', async () => {
    const file = path.join(folder, `${Date.now()}-owner-only.bluelamp.gz`);
    const previous = process.umask(0);
    try {
      await backupDatabase(testContext(store()), file, key);
    } finally {
      process.umask(previous);
    }
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString().trimEnd().split('\n');
    expect(JSON.parse(lines[0]!)).toMatchObject({ format: 'bluelamp-backup', formatVersion: 2, keyId: key.id });
    expect(lines.at(-1)).toMatch(/^\{"\$mac":"[0-9a-f]{64}"\}$/);
  });

  it('says where it could not write, and leaves nothing behind', async () => {
    const file = path.join(folder, 'no-such-folder', 'x.bluelamp.gz');
    await expect(backupDatabase(testContext(store()), file, key)).rejects.toThrow(
      `Could not write the backup to ${file}: ENOENT`,
    );
    expect(fs.existsSync(path.dirname(file))).toBe(false);
  });
});

describe('the backup key', () => {
  it('is required, and must be long enough, with a hint on making one', () => {
    expect(() => backupKeyFrom({ env: {} })).toThrow(
      /authenticated with a key only you hold: give it with --key-file FILE or BLUELAMP_BACKUP_KEY \(make one with: openssl rand -hex 32/,
    );
    expect(() => backupKeyFrom({ env: { BLUELAMP_BACKUP_KEY: 'too short' } })).toThrow(
      /at least 32 characters \(it holds 9\)/,
    );
  });

  it('is read from a key file before the environment, trimmed of its newline', () => {
    const file = path.join(folder, 'backup.key');
    fs.writeFileSync(file, `${'f'.repeat(64)}\n`);
    const fromFile = backupKeyFrom({ keyFile: file, env: { BLUELAMP_BACKUP_KEY: 'e'.repeat(64) } });
    expect(fromFile).toEqual(backupKeyFrom({ env: { BLUELAMP_BACKUP_KEY: 'f'.repeat(64) } }));
    expect(() => backupKeyFrom({ keyFile: path.join(folder, 'missing.key') })).toThrow(
      `Cannot read the backup key file ${path.join(folder, 'missing.key')}: ENOENT.`,
    );
  });
});
