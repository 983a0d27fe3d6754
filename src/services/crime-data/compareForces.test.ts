import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { POLICE_UK_LAYOUTS } from '../../domain/crime-data/index.js';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { importPopulation } from '../measures/importPopulation.js';
import { compareForces } from './compareForces.js';
import { importPoliceUk } from './importPoliceUk.js';
import { setMostSimilarGroup } from './setMostSimilarGroup.js';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-msg-'));
afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

/** Burglaries and anti-social behaviour for a force and month, in a named authority. */
const CRIMES: Record<string, { burglary: number; asb: number; authority: string }> = {
  metropolitan: { burglary: 60, asb: 9, authority: 'Camden' },
  'west-midlands': { burglary: 30, asb: 4, authority: 'Birmingham' },
  'greater-manchester': { burglary: 25, asb: 2, authority: 'Manchester' },
  'west-yorkshire': { burglary: 20, asb: 1, authority: 'Leeds' },
};
const POPULATIONS: Record<string, number> = {
  metropolitan: 8_900_000,
  'west-midlands': 2_900_000,
  'greater-manchester': 2_800_000,
  'west-yorkshire': 2_300_000,
};

function writeMonth(force: string, month: string): void {
  const { burglary, asb, authority } = CRIMES[force] ?? { burglary: 500, asb: 0, authority: 'Dartford' };
  const row = (type: string, i: number) =>
    `x${i},${month},F,F,0,51,On or near A Road,E01000${String(i).padStart(3, '0')},${authority} 00${i % 10}A,${type},,`;
  const rows = [
    ...Array.from({ length: burglary }, (_, i) => row('Burglary', i)),
    ...Array.from({ length: asb }, (_, i) => row('Anti-social behaviour', i)),
  ];
  fs.writeFileSync(
    path.join(folder, `${month}-${force}-street.csv`),
    [POLICE_UK_LAYOUTS.street.join(','), ...rows, ''].join('\n'),
  );
}

describeWithDemoData('a force against its most similar group', (ctx) => {
  beforeAll(async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.mkdirSync(folder);
    for (const force of Object.keys(CRIMES)) for (const month of ['2018-04', '2018-05']) writeMonth(force, month);
    // Kent is not in the group: its burglaries must not count.
    writeMonth('kent', '2018-04');
    // The Met has no June file: its total is short, and the comparison says so.
    await importPoliceUk(ctx(), { paths: [folder] });
    const csv = ['Area,Year,Population', ...Object.entries(POPULATIONS).map(([force, n]) => `${force},2018,${n}`)].join(
      '\n',
    );
    await importPopulation(ctx(), { fileName: 'forces.csv', content: Buffer.from(csv) });
    await setMostSimilarGroup(ctx(), {
      force: 'metropolitan',
      peers: ['west-midlands', 'greater-manchester', 'west-yorkshire'],
    });
  });

  it('gives each force its crimes and rate, and the group rate as sum over sum, the force included', async () => {
    const result = await compareForces(ctx(), {
      force: 'metropolitan',
      category: 'burglary',
      firstMonth: '2018-04',
      lastMonth: '2018-05',
    });
    expect(result.force).toMatchObject({ crimes: 120, population: 8_900_000, monthsMissing: [] });
    expect(result.force.ratePer1000).toBeCloseTo((120 / 8_900_000) * 1000, 12);
    expect(result.peers.map((p) => [p.code, p.crimes])).toEqual([
      ['west-midlands', 60],
      ['greater-manchester', 50],
      ['west-yorkshire', 40],
    ]);
    const crimes = 120 + 60 + 50 + 40;
    const people = 8_900_000 + 2_900_000 + 2_800_000 + 2_300_000;
    expect(result.groupRatePer1000).toBeCloseTo((crimes / people) * 1000, 12);
    expect(result.againstPeers?.ratio).toBeCloseTo(120 / 8_900_000 / (150 / 8_000_000), 12);
    expect(result.months).toEqual([
      { month: '2018-04', crimes: 60 },
      { month: '2018-05', crimes: 60 },
    ]);
    expect(result.localAuthorities).toEqual([{ name: 'Camden', crimes: 120, inArea: true }]);
  });

  it('says which months a force has no file for', async () => {
    const result = await compareForces(ctx(), {
      force: 'metropolitan',
      category: 'burglary',
      firstMonth: '2018-04',
      lastMonth: '2018-06',
    });
    expect(result.force.monthsMissing).toEqual(['2018-06']);
  });

  it('counts anti-social behaviour only under its own category, and refuses a category police.uk does not feed', async () => {
    const asb = await compareForces(ctx(), {
      force: 'metropolitan',
      category: 'anti-social-behaviour',
      firstMonth: '2018-04',
      lastMonth: '2018-05',
    });
    expect(asb.force.crimes).toBe(18);
    await expect(
      compareForces(ctx(), {
        force: 'metropolitan',
        category: 'no-such-category',
        firstMonth: '2018-04',
        lastMonth: '2018-05',
      }),
    ).rejects.toThrow(/not a category police.uk types map to/);
    await expect(
      compareForces(ctx(), { force: 'atlantis', category: 'burglary', firstMonth: '2018-04', lastMonth: '2018-05' }),
    ).rejects.toThrow(/not a police force/);
  });
});
