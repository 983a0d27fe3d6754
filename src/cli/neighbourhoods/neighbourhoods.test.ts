import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';

describeCliWithDemoData('bluelamp neighbourhoods on the demo data', (use) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-wards-'));
  afterAll(() => {
    fs.rmSync(folder, { recursive: true, force: true });
  });
  const write = (name: string, ...lines: string[]) => {
    const file = path.join(folder, name);
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };

  it('prints compliance by BCU and borough, says the demo figures are generated, and gives JSON', async () => {
    use();
    const text = await run('neighbourhoods', 'compliance', '--on', '2019-06-30');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(
      /^Wards with at least 2 DWOs and 1 PCSO in post on 2019-06-30 \(figures as at 2018-12-31\)/,
    );
    expect(text.out).toMatch(/London\s+629\s+\d+/);
    expect(text.out).toContain('generated for the demo');
    const json = JSON.parse((await run('neighbourhoods', 'compliance', '--json')).out) as {
      london: { wards: number };
    };
    expect(json.london.wards).toBe(629);
    const camden = await run('neighbourhoods', 'compliance', '--borough', 'Camden');
    expect(camden.out).toMatch(/^Camden: \d+ of \d+ wards meet the minimum/);
    expect(camden.out).toContain('Camden ward 1 ');
  });

  it('loads posts and abstractions files, and names the row and column of a bad one', async () => {
    use();
    const posts = write('posts.csv', 'Borough,Ward,Role,Establishment,Actual,As at', 'Barnet,Hale,DWO,2,2,2019-03-31');
    expect((await run('neighbourhoods', 'import-posts', posts)).out).toBe(
      'posts.csv: 1 rows: 1 new, 0 revised (the old figures kept), 0 unchanged; 1 new wards created.',
    );
    const abstractions = write('abs.csv', 'Borough,Ward,Role,Date,Hours,Reason', 'Barnet,Hale,DWO,2019-03-02,8,Court');
    expect((await run('neighbourhoods', 'import-abstractions', abstractions)).out).toBe(
      'abs.csv: 1 abstractions, 8 hours, 2019-03-02 to 2019-03-02.',
    );
    const bad = write('bad.csv', 'Borough,Ward,Role,Establishment,Actual,As at', 'Atlantis,Hale,DWO,2,2,2019-03-31');
    const refused = await run('neighbourhoods', 'import-posts', bad);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      'bluelamp: Nothing was loaded. One problem: bad.csv, row 2, column Borough: "Atlantis" is not one of the force\'s boroughs.',
    );
  });

  it('shows the minimum, sets it with both numbers, and refuses one number alone', async () => {
    use();
    expect((await run('neighbourhoods', 'minimum')).out).toBe(
      "Each ward should have at least 2 DWOs and 1 PCSO in post; the plan's promise (nobody has changed it).",
    );
    const set = await run('neighbourhoods', 'minimum', '--dwo', '3', '--pcso', '1', '--reason', 'Uplift');
    expect(set.out).toMatch(
      /^Each ward should have at least 3 DWOs and 1 PCSO in post; set by cli:.* at .*: Uplift\.$/,
    );
    const alone = await run('neighbourhoods', 'minimum', '--dwo', '2');
    expect([alone.code, alone.err]).toEqual([
      1,
      'bluelamp: Give both --dwo and --pcso to set the minimum, or neither to show it.',
    ]);
  });
});
