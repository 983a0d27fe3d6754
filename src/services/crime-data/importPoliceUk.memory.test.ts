import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { databaseUrlOf } from '../../../test/support/databaseUrls.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/testStores.js';
import { POLICE_UK_LAYOUTS } from '../../domain/crime-data/index.js';

const LINE_BYTES = 200 * 1024 * 1024;
const PEAK_LIMIT_KB = 300 * 1024;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-long-line-'));
afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

/** A valid street header, then one line of 200 MB, made a megabyte at a time and never held whole. */
function longLineFile(): Readable {
  return Readable.from(
    (function* () {
      yield Buffer.from(`${POLICE_UK_LAYOUTS.street.join(',')}\n`);
      const megabyte = Buffer.alloc(1024 * 1024, 'Burglary,');
      for (let sent = 0; sent < LINE_BYTES; sent += megabyte.length) yield megabyte;
      yield Buffer.from('\n');
    })(),
  );
}

/**
 * The import run in a process of its own, so that its peak memory is its own: the service is
 * loaded from source (the command line's every command would add its own modules to the peak).
 */
const CHILD = `
const { openServiceContext } = await import(${JSON.stringify(new URL('../system/openServiceContext.ts', import.meta.url).href)});
const { importPoliceUk } = await import(${JSON.stringify(new URL('./importPoliceUk.ts', import.meta.url).href)});
const ctx = await openServiceContext({ databaseUrl: process.env.DATABASE_URL, migrate: true, actor: { kind: 'system', label: 'memory test' } });
const summary = await importPoliceUk(ctx, { paths: process.argv.slice(1) });
await ctx.store.close();
process.stdout.write(JSON.stringify({ summary, maxRssKb: process.resourceUsage().maxRSS }));
`;

interface ChildResult {
  summary: {
    refused: number;
    slices: { file: string; outcome: string; problems: { file: string; row: number | null; message: string }[] }[];
  };
  maxRssKb: number;
}

describe('a police.uk file of a valid header and a 200 MB line', () => {
  let csv = '';
  let zip = '';
  beforeAll(async () => {
    csv = path.join(folder, '2018-04-kent-street.csv');
    await pipeline(longLineFile(), fs.createWriteStream(csv));
    zip = path.join(folder, 'archive.zip');
    const archive = new yazl.ZipFile();
    archive.addReadStream(longLineFile(), '2018-04/2018-04-surrey-street.csv');
    archive.end();
    await pipeline(archive.outputStream, fs.createWriteStream(zip));
  }, 120_000);

  for (const dialect of DIALECTS) {
    describe(dialect, () => {
      let database: TestDatabase;
      beforeAll(async () => {
        database = await createTestDatabase(dialect);
      });
      afterAll(async () => {
        await database.drop();
      });

      it('is refused, as a file and inside an archive, naming file and line, with a peak under 300 MB', async () => {
        const { stdout } = await promisify(execFile)(
          process.execPath,
          ['--import', 'tsx', '--input-type=module', '-e', CHILD, csv, zip],
          { env: { ...process.env, DATABASE_URL: databaseUrlOf(database.config) }, maxBuffer: 1024 * 1024 },
        );
        const result = JSON.parse(stdout) as ChildResult;
        expect(result.summary.refused).toBe(2);
        const files = [csv, `${zip}:2018-04/2018-04-surrey-street.csv`];
        expect(result.summary.slices.map((s) => [s.file, s.outcome])).toEqual(files.map((f) => [f, 'refused']));
        for (const [index, slice] of result.summary.slices.entries())
          expect(slice.problems).toEqual([
            {
              file: files[index],
              row: 2,
              column: null,
              fatal: true,
              message: expect.stringMatching(/^the line is longer than 65,536 characters/) as string,
            },
          ]);
        expect(result.maxRssKb).toBeLessThan(PEAK_LIMIT_KB);
      }, 120_000);
    });
  }
});
