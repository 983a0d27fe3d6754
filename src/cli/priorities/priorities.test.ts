import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';

interface ListedSet {
  borough: { name: string };
  priorities: { categoryCode: string; qualifier: string | null }[];
}

describeCliWithDemoData('bluelamp priorities on the demo data', (use) => {
  it('lists 2018-19 as JSON: 32 boroughs, burglary and non-domestic violence with injury in 23 each', async () => {
    use();
    const result = await run('priorities', 'list', '--year', '2018-19', '--json');
    expect(result.code).toBe(0);
    const list = JSON.parse(result.out) as { sets: ListedSet[]; tally: { categoryCode: string; boroughs: number }[] };
    expect(list.sets).toHaveLength(32);
    const chosen = (code: string) => list.sets.filter((s) => s.priorities.some((p) => p.categoryCode === code));
    expect(chosen('burglary')).toHaveLength(23);
    expect(chosen('violence-with-injury-non-domestic')).toHaveLength(23);
    expect(list.sets.filter((s) => s.priorities.length === 3).map((s) => s.borough.name)).toEqual([
      'Greenwich',
      'Waltham Forest',
    ]);
    const hammersmith = list.sets.find((s) => s.borough.name === 'Hammersmith and Fulham');
    expect(hammersmith?.priorities[1]).toEqual({
      categoryCode: 'robbery',
      categoryName: 'Robbery',
      qualifier: 'moped-enabled crime focus',
    });
  });

  it('prints the burglary scorecard with the chosen-against-not comparison and its test', async () => {
    use();
    const result = await run(
      'priorities',
      'scorecard',
      '--year',
      '2018-19',
      '--category',
      'burglary',
      '--period',
      '2018-19 Q1',
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain('it rose 8% across London but 3% where it is a priority');
    expect(result.out).toContain('Priority boroughs: 12,086 against 11,757 (+2.8%), 23 boroughs');
    expect(result.out).toMatch(/Gap: ratio of changes 0\.\d{3}, 95% interval 0\.\d{3} to 0\.\d{3}, p < 0\.001/);
  });

  it('writes the tile map as an SVG with a square and a link for every borough', async () => {
    use();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-tiles-')), 'burglary.svg');
    const result = await run(
      'priorities',
      'tile-map',
      '--year',
      '2018-19',
      '--category',
      'burglary',
      '--period',
      '2018-19 Q1',
      '--out',
      file,
    );
    expect(result.code).toBe(0);
    const svg = fs.readFileSync(file, 'utf8');
    expect(svg.match(/<a href="\/priorities\/2018-19\/boroughs\/[a-z-]+"/g)).toHaveLength(32);
    expect(svg).toContain('Heavy outline: the borough chose it as a local priority');
    expect(svg).toContain('<title>Havering, a local priority: −30%, significant improvement</title>');
  });

  it('refuses a second set without a reason, with the message and exit code 1', async () => {
    use();
    const args = ['priorities', 'record', '--year', '2018-19', '--borough', 'merton', '--priority', 'burglary'];
    const result = await run(...args, '--agreed-by', 'Merton Council', '--agreed-on', '2018-11-01');
    expect(result.code).toBe(1);
    expect(result.err).toContain('a new version needs the reason for the change');
    const ok = await run(
      ...args,
      'robbery:personal property',
      '--agreed-by',
      'Merton Council',
      '--agreed-on',
      '2018-11-01',
      '--reason',
      'Vehicle crime fell',
    );
    expect(ok.out).toBe('Recorded merton 2018-19, version 2.');
  });

  it("counts Merton's November set from November: the scorecard and the borough page say when it changed", async () => {
    use();
    const note = "Merton's priorities changed on 1 November 2018: robbery counts as a priority from November 2018.";
    const period = ['--period', 'FY 2018-19 YTD 2018-12'];
    const card = await run('priorities', 'scorecard', '--year', '2018-19', '--category', 'robbery', ...period);
    expect(card.code).toBe(0);
    expect(card.out).toContain(note);
    expect(card.out).toMatch(/Merton\s+priority \(personal property\), 2 of 9 months/);
    const q1 = await run(
      'priorities',
      'scorecard',
      '--year',
      '2018-19',
      '--category',
      'robbery',
      '--period',
      '2018-19 Q1',
    );
    expect(q1.out).not.toContain("Merton's priorities changed");
    const borough = await run('priorities', 'borough', '--year', '2018-19', '--borough', 'merton', ...period);
    expect(borough.out).toContain(note);
    expect(borough.out).toContain('no longer counts as a priority from November 2018.');
    // Each standing priority's figure names its source: anti-social behaviour's is the Business Plan's.
    expect(borough.out).toContain('Change in anti-social behaviour calls: −9.4% in 12 months to April 2018.');
    expect(borough.out).toContain('Met Business Plan 2018-19, as at 2018-06-30');
  });
});
