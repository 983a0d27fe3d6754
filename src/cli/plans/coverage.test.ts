import { expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';

interface CoverageJson {
  counts: { delivered: number; notDelivered: number; 'through-parent': number };
  nothingDelivers: string[];
  oversightBodyDelivers: string[];
  nodes: { ref: string; delivered: boolean; coverage: string }[];
}

describeCliWithDemoData('bluelamp plans coverage on the demo data', (use) => {
  it('lists the commitments nothing delivers and those the oversight body delivers itself', async () => {
    use();
    const result = await run('plans', 'coverage', 'police-and-crime-plan-2017-21', '--json');
    expect(result.code).toBe(0);
    const coverage = JSON.parse(result.out) as CoverageJson;
    // PS3 is MOPAC's own and its chapter is linked, but nothing names it: a gap, not delivery.
    expect(coverage.nothingDelivers).toEqual(expect.arrayContaining(['PS3', 'VW2', 'HC10']));
    expect(coverage.oversightBodyDelivers).toEqual(expect.arrayContaining(['CJ1', 'CJ2', 'PS7', 'CY11']));
    expect(coverage.nothingDelivers).not.toContain('CJ1');
    expect(coverage.counts.notDelivered).toBe(coverage.nothingDelivers.length);
    expect(coverage.counts['through-parent']).toBeGreaterThan(0);
  });

  it('says in its table which commitments are delivered and which only have their chapter linked', async () => {
    use();
    const result = await run('plans', 'coverage', 'police-and-crime-plan-2017-21');
    expect(result.code).toBe(0);
    const row = (ref: string) => result.out.split('\n').find((line) => line.startsWith(`${ref} `)) ?? '';
    expect(row('CJ1')).toContain('oversight-body');
    expect(row('CJ1')).toContain('MD-01');
    expect(result.out).toMatch(
      /\d+ delivered, \d+ delivered by nothing \(\d+ of them only through their chapter\); the oversight body delivers \d+ itself\./,
    );
  });
});
