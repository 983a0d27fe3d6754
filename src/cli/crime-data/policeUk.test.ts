import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';
import { sharedDataFile } from '../../../test/support/sharedData.js';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-cli-police-uk-'));
afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

interface Summary {
  loaded: number;
  refused: number;
  slices: { file: string; outcome: string; rowsLoaded: number; problems: { row: number | null; message: string }[] }[];
}

describeCliWithDemoData('bluelamp import police-uk and police-uk', (use, dialect) => {
  it('loads the sample files and says, per slice, what it read and loaded', async () => {
    use();
    const files = ['2018-04-city-of-london-street.csv', '2018-04-metropolitan-stop-and-search.csv'].map((f) =>
      sharedDataFile('police-uk', f),
    );
    const result = await run('import', 'police-uk', ...files, '--json');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.out) as Summary;
    expect(summary).toMatchObject({ loaded: 2, refused: 0 });
    expect(summary.slices.map((s) => s.rowsLoaded)).toEqual([663, 12_860]);
    const text = await run('import', 'police-uk', files[0] ?? '');
    expect(text.out).toMatch(/city-of-london 2018-04 street\s+loaded\s+663\s+663/);
    expect(text.out).toContain('1 slices loaded, 0 refused, 0 skipped; 663 rows read, 663 loaded.');
  });

  it('exits non-zero when a slice is refused, naming the file and line, and still loads the rest', async () => {
    use();
    fs.mkdirSync(path.join(scratch, dialect), { recursive: true });
    const bad = path.join(scratch, dialect, '2018-05-kent-street.csv');
    fs.writeFileSync(bad, 'Crime ID,Month\nx,2018-05\n');
    const good = sharedDataFile('police-uk', '2018-05-city-of-london-street.csv');
    const result = await run('import', 'police-uk', bad, good);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`refused: ${bad}, line 1: the header is not police.uk's street layout`);
    expect(result.out).toContain('1 slices loaded, 1 refused, 0 skipped');
  });

  it('lists the manifest and the stop and search scrutiny as JSON', async () => {
    use();
    const manifest = JSON.parse((await run('police-uk', 'slices', '--json')).out) as {
      slices: { force: string; sha256: string }[];
    };
    // The demo's nine months of files, the ones loaded again above replacing their own slices.
    const forces = manifest.slices.map((s) => s.force);
    expect(forces.filter((f) => f === 'city-of-london')).toHaveLength(18);
    expect(forces.filter((f) => f === 'metropolitan')).toHaveLength(9);
    expect(manifest.slices.every((s) => /^[0-9a-f]{64}$/.test(s.sha256))).toBe(true);
    const view = JSON.parse(
      (await run('police-uk', 'stop-search', 'metropolitan', '--from', '2018-04', '--to', '2018-04', '--json')).out,
    ) as { searches: number };
    expect(view.searches).toBe(12_860);
    const group = await run('police-uk', 'most-similar-group', 'metropolitan', 'west-midlands', 'kent');
    expect(group.out).toBe('metropolitan is compared with west-midlands, kent.');
    const compare = await run(
      'police-uk',
      'compare',
      '--force',
      'city-of-london',
      '--category',
      'burglary',
      '--from',
      '2018-04',
      '--to',
      '2018-05',
    );
    expect(compare.out).toMatch(/City of London Police\s+\d+/);
  });
});
