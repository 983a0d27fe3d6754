import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeCliWithDemoData } from '../../../test/support/cliDemo.js';
import { runBluelamp as run } from '../../../test/support/cliRun.js';
import { GROUP_GAP_FIXTURE as F } from '../../../test/support/groupGapFixtures.js';
import type { GroupGaps } from '../../services/measures/getGroupGaps.js';

const folder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'bluelamp-gaps-'));

describeCliWithDemoData('bluelamp measures gap', (use) => {
  it('prints each group with its interval and sample, the gap to White with its test, and which gaps narrowed', async () => {
    use();
    const file = path.join(folder(), F.fileName);
    fs.writeFileSync(file, `${F.csv}\n`);
    const load = await run('import', 'observations', file, '--source', F.source);
    expect(load.code).toBe(0);
    const args = ['measures', 'gap', '--measure', F.measure, '--group', 'ethnicity', '--reference', 'White'];
    const text = await run(...args, '--area', F.area, '--period', F.later, '--against', F.earlier);
    expect(text.err).toBe('');
    expect(text.code).toBe(0);
    const lines = text.out.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Public confidence by ethnicity, Sutton, R12 Quarter 4 2013/14',
      `Source: ${F.source}, as at 2014-04-30.`,
      `Earlier (R12 Quarter 4 2012/13): ${F.source}, as at 2013-04-30.`,
      'Reference group: White.',
    ]);
    const row = (group: string) => lines.find((line) => line.startsWith(`${group} `))?.split(/\s{2,}/);
    expect(row('White')).toEqual(['White', '80.0%', '78.0 to 81.9', '2,000 (effective 1,667)', 'reference']);
    expect(row('Black')).toEqual([
      'Black',
      '72.0%',
      '67.0 to 76.5',
      '400 (effective 333)',
      '−8.0 (−13.2 to −2.8), p = 0.001',
      'narrowed (−20.0 then, −8.0 now), p = 0.002',
    ]);
    expect(row('Asian')?.at(-1)).toBe('no clear change (−10.0 then, −9.0 now), p = 0.772');
    expect(row('Other')?.at(-1)).toBe('not tested: there is no figure for Other or White in the earlier period');

    const json = await run(...args, '--area', F.area, '--period', F.later, '--json');
    const result = JSON.parse(json.out) as GroupGaps;
    expect(result.against).toBeNull();
    expect(result.groups.find((g) => g.group === 'Black')?.gap.test?.pValue).toBeCloseTo(0.001135, 5);
  });

  it('says what is missing instead of printing an empty table', async () => {
    use();
    const answer = await run('measures', 'gap', '--measure', F.measure, '--group', 'age', '--area', F.area);
    expect(answer.code).not.toBe(0);
    expect(answer.err).toContain('There are no figures of Public confidence by age for Sutton.');
  });

  it('writes the template for results by group, which loads as it stands', async () => {
    use();
    const file = path.join(folder(), 'by-group.csv');
    const written = await run('measures', 'gap-template', file);
    expect(written.out).toBe(`Wrote the template for results by group to ${file}.`);
    const lines = fs
      .readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      'Measure,Area,Period,Value,Status,Breakdown,Numerator,Denominator,Sample size,Design effect,As at',
    );
    expect(lines[3]).toBe(
      'public-confidence,London,R12 2018-03,68,final,ethnicity: Black,1088,1600,1600,1.3,2018-04-30',
    );
    const dry = await run('import', 'observations', file, '--dry-run', '--source', 'Template check');
    expect(dry.out).toMatch(/^by-group\.csv: 6 observations would load/);
  });
});
