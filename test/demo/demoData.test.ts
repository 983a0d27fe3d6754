import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_MPS_BOROUGH_FILES, DEMO_POLICE_UK_ARCHIVE, demoDataFolder } from '../../demo/crimeFiles.js';
import { sharedDataFile } from '../support/sharedData.js';

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const readme = () => fs.readFileSync(path.join(demoDataFolder(), 'README.md'), 'utf8');

describe("the demo's real crime files", () => {
  it('are unchanged copies of the London Datastore files in the shared data', () => {
    for (const file of DEMO_MPS_BOROUGH_FILES) {
      expect(sha256(path.join(demoDataFolder(), file.fileName))).toBe(
        sha256(sharedDataFile('mps-borough', file.fileName)),
      );
    }
  });

  it('are listed in the README with their SHA-256, so a changed file is noticed', () => {
    for (const name of [...DEMO_MPS_BOROUGH_FILES.map((f) => f.fileName), DEMO_POLICE_UK_ARCHIVE.fileName]) {
      expect(readme()).toContain(sha256(path.join(demoDataFolder(), name)));
    }
  });

  it('carry the attribution the Open Government Licence asks for, naming each publisher and dataset', () => {
    const text = readme().replace(/\s+/g, ' ');
    expect(text).toContain('Contains public sector information licensed under the Open Government Licence v3.0');
    expect(text).toContain('published by the Metropolitan Police Service on the London Datastore');
    expect(text).toContain('published by the Home Office on data.police.uk');
    for (const file of DEMO_MPS_BOROUGH_FILES) expect(text).toContain(file.dataset);
  });
});
