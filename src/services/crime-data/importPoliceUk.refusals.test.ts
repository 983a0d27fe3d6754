import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import yazl from 'yazl';
import { describeWithCrimeDataBasics } from '../../../test/support/crimeDataContext.js';
import { POLICE_UK_LAYOUTS } from '../../domain/crime-data/index.js';
import { listSlices, sumStopSearches, type Dialect } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { importPoliceUk } from './importPoliceUk.js';
import { importPoliceUkFile } from './importPoliceUkFile.js';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-police-uk-refusals-'));
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

const NAME = '2018-04-kent-stop-and-search.csv';

/** A Kent stop and search file for April 2018 of so many searches, each line ended as police.uk ends them. */
function searches(count: number): string {
  const rows = Array.from(
    { length: count },
    (_, i) =>
      `Person search,2018-04-${String((i % 28) + 1).padStart(2, '0')}T12:00:00+00:00,False,,51.3,0.5,Male,18-24,White - English,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Arrest,False,False`,
  );
  return [POLICE_UK_LAYOUTS['stop-and-search'].join(','), ...rows].map((line) => `${line}\n`).join('');
}

function write(dialect: Dialect, folder: string, content: string): string {
  const file = path.join(scratch, dialect, folder, NAME);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

async function heldSearches(ctx: ServiceContext): Promise<number> {
  const rows = await sumStopSearches(ctx.store.db, {
    force: 'kent',
    firstMonth: '2018-04',
    lastMonth: '2018-04',
    by: [],
  });
  return rows[0]?.count ?? 0;
}

describeWithCrimeDataBasics('loading police.uk files that would lose held data', (ctx, _store, dialect) => {
  it('refuses a file cut off inside its last field, keeping the held slice of twice its rows', async () => {
    expect(await importPoliceUk(ctx(), { paths: [write(dialect, 'whole', searches(20))] })).toMatchObject({
      loaded: 1,
    });
    const cut = searches(10).slice(0, -4);
    expect(cut.endsWith(',False,Fa')).toBe(true);
    const summary = await importPoliceUk(ctx(), { paths: [write(dialect, 'cut', cut)] });
    expect(summary).toMatchObject({ loaded: 0, refused: 1 });
    expect(summary.slices[0]?.problems).toEqual([
      expect.objectContaining({
        row: 11,
        fatal: true,
        message: expect.stringContaining('it looks cut short') as string,
      }),
    ]);
    expect(await heldSearches(ctx())).toBe(20);
  });

  it('refuses a file of under 80% of the held rows, saying how many each has, and loads it when told to accept it', async () => {
    const held = write(dialect, 'whole', searches(20));
    await importPoliceUk(ctx(), { paths: [held] });
    const smaller = write(dialect, 'smaller', searches(15));
    const refused = await importPoliceUk(ctx(), { paths: [smaller] });
    expect(refused).toMatchObject({ loaded: 0, refused: 1, rowsLoaded: 0 });
    expect(refused.slices[0]?.problems).toEqual([
      {
        file: smaller,
        row: null,
        column: null,
        fatal: true,
        message: `the slice held has 20 rows (from ${held}) and this file has 15 rows, under 80% of them, so it may be cut short or partial: the held slice is kept; to replace it anyway, load the file again accepting a smaller slice (--accept-smaller, or acceptSmaller in the API)`,
      },
    ]);
    expect(await heldSearches(ctx())).toBe(20);
    const log = await ctx()
      .store.db.selectFrom('police_uk_load_log')
      .select(['outcome', 'rows_loaded'])
      .where('file_name', '=', smaller)
      .execute();
    expect(log).toEqual([{ outcome: 'refused', rows_loaded: 0 }]);

    expect(await importPoliceUk(ctx(), { paths: [smaller], acceptSmaller: true })).toMatchObject({ loaded: 1 });
    expect(await heldSearches(ctx())).toBe(15);
    const [manifest] = await listSlices(ctx().store.db, { force: 'kent', layout: 'stop-and-search' });
    expect(manifest).toMatchObject({ fileName: smaller, rowsLoaded: 15 });
  });

  it('replaces a held slice with a file of exactly 80% of its rows without being told', async () => {
    await importPoliceUk(ctx(), { paths: [write(dialect, 'whole', searches(20))], acceptSmaller: true });
    expect(await importPoliceUk(ctx(), { paths: [write(dialect, 'most', searches(16))] })).toMatchObject({ loaded: 1 });
    expect(await heldSearches(ctx())).toBe(16);
  });

  it('refuses an uploaded smaller file with the reason, and loads it when the upload accepts smaller', async () => {
    await importPoliceUk(ctx(), { paths: [write(dialect, 'whole', searches(20))], acceptSmaller: true });
    const content = Buffer.from(searches(4));
    await expect(importPoliceUkFile(ctx(), { fileName: NAME, content })).rejects.toThrow(
      /the slice held has 20 rows .* this file has 4 rows, under 80%/,
    );
    expect(await heldSearches(ctx())).toBe(20);
    await importPoliceUkFile(ctx(), { fileName: NAME, content, acceptSmaller: true });
    expect(await heldSearches(ctx())).toBe(4);
  });

  it('skips an archive entry named to climb out of the archive, saying why, and loads the entries after it', async () => {
    const zip = new yazl.ZipFile();
    // yazl will not write "../x"; a name of the same length is written and then changed in place.
    zip.addBuffer(Buffer.from(searches(3)), 'zz/2018-04-kent-stop-and-search.csv');
    zip.addBuffer(Buffer.from(searches(30)), `2018-04/${NAME}`);
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
    const bytes = Buffer.concat(chunks);
    const [placeholder, climbing] = ['zz/2018-04-kent-stop-and-search.csv', '../2018-04-kent-stop-and-search.csv'];
    for (let at = bytes.indexOf(placeholder); at !== -1; at = bytes.indexOf(placeholder, at + 1))
      bytes.write(climbing, at);
    const archive = path.join(scratch, dialect, 'climbing.zip');
    fs.writeFileSync(archive, bytes);
    const summary = await importPoliceUk(ctx(), { paths: [archive], acceptSmaller: true });
    expect(summary).toMatchObject({ loaded: 1, refused: 0, skipped: 1 });
    expect(summary.slices.map((s) => [s.file, s.outcome, s.rowsLoaded])).toEqual([
      [`${archive}:../2018-04-kent-stop-and-search.csv`, 'skipped', 0],
      [`${archive}:2018-04/${NAME}`, 'loaded', 30],
    ]);
    expect(summary.slices[0]?.problems[0]?.message).toBe(
      "the entry's name is not a safe path (invalid relative path: ../2018-04-kent-stop-and-search.csv): it is not read",
    );
    expect(await heldSearches(ctx())).toBe(30);
  });
});
