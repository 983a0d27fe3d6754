import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';

interface PlanRow {
  key: string;
  state: string;
  milestones: number;
}

describeCliWithDemoData('bluelamp plans and milestones on the demo data', (use) => {
  it('lists the demo plans as JSON, the 2018-19 plan holding its 90 milestones', async () => {
    use();
    const { plans } = JSON.parse((await run('plans', 'list', '--json')).out) as { plans: PlanRow[] };
    expect(plans.map((p) => [p.key, p.state]).sort()).toEqual([
      ['met-business-plan-2018-19', 'published'],
      ['mopac-delivery-2017-21', 'published'],
      ['peel-2018-19-met-actions', 'published'],
      ['police-and-crime-plan-2017-21', 'published'],
      ['policing-london-business-plan-2011-14', 'draft'],
    ]);
    expect(plans.find((p) => p.key === 'met-business-plan-2018-19')?.milestones).toBe(90);
  });

  it('lists the six Q1 2018-19 milestones with their Q1 statuses', async () => {
    use();
    const result = await run('milestones', 'list', '--plan', 'met-business-plan-2018-19', '--due', '2018-19-Q1');
    expect(result.code).toBe(0);
    const rows = result.out.split('\n').filter((line) => line.startsWith('BP18-'));
    expect(rows.map((line) => line.slice(0, 7))).toEqual([
      'BP18-05',
      'BP18-44',
      'BP18-47',
      'BP18-83',
      'BP18-84',
      'BP18-85',
    ]);
    expect(rows.every((line) => line.includes('Delivered (2018-19 Q1)'))).toBe(true);
  });

  it('shows the 2011-14 plan as 4 outcomes, 14 objectives and 40 activities', async () => {
    use();
    const result = await run('plans', 'show', 'policing-london-business-plan-2011-14');
    expect(result.out).toContain('4 strategic outcomes, 14 corporate objectives, 40 key activities, 3 sections');
    expect(result.out).toContain('[To be developed]');
  });

  it('exports a plan to XLSX and imports it back as a new draft version', async () => {
    use();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-cli-')), 'plan.xlsx');
    expect((await run('plans', 'export', 'met-business-plan-2018-19', file)).code).toBe(0);
    const imported = await run('plans', 'import', file);
    expect(imported.out).toMatch(
      /^Imported met-business-plan-2018-19 version 2 \(id \d+\): 67 nodes, 90 milestones, as a draft\.$/,
    );
    const refused = await run('plans', 'import', file);
    expect(refused).toMatchObject({
      code: 1,
      err: expect.stringContaining('already has a draft version') as unknown,
    });
  });

  it('refuses a lead that is not a unit, in one sentence', async () => {
    use();
    const result = await run('milestones', 'list', '--plan', 'met-business-plan-2018-19', '--lead', 'NOPE');
    expect(result).toMatchObject({
      code: 1,
      err: 'bluelamp: lead "NOPE" is not the code of an organisational unit.',
    });
  });
});
