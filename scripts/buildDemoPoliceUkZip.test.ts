import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedDataFile } from '../test/support/sharedData.js';

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-zip-'));

afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

describe("the demo's police.uk archive", () => {
  it('is exactly what the script builds from the shared police.uk samples, the same bytes on every run', () => {
    const samples = sharedDataFile('police-uk');
    const first = path.join(folder, 'first.zip');
    const second = path.join(folder, 'second.zip');
    execFileSync('bash', ['scripts/buildDemoPoliceUkZip.sh', samples, first]);
    execFileSync('bash', ['scripts/buildDemoPoliceUkZip.sh', samples, second]);
    expect(sha256(first)).toBe(sha256(second));
    expect(sha256(first)).toBe(sha256('demo/data/police-uk-2018.zip'));
  });

  it('holds the 27 police.uk files in month folders, as police.uk lays out its own archive', () => {
    const listing = execFileSync('unzip', ['-Z1', 'demo/data/police-uk-2018.zip'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(listing).toHaveLength(27);
    expect(listing[0]).toBe('2018-04/2018-04-city-of-london-stop-and-search.csv');
    expect(
      listing.every((entry) =>
        /^(2018-\d\d)\/\1-(city-of-london|metropolitan)-(street|stop-and-search)\.csv$/.test(entry),
      ),
    ).toBe(true);
  });

  it('refuses a folder without police.uk files, naming it', () => {
    const empty = fs.mkdtempSync(path.join(folder, 'empty-'));
    expect(() =>
      execFileSync('bash', ['scripts/buildDemoPoliceUkZip.sh', empty, path.join(folder, 'x.zip')], { stdio: 'pipe' }),
    ).toThrow(/no CSV files in/);
  });
});
