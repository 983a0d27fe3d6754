import { expect, it } from 'vitest';
import { describeWithDemoData } from '../../../test/support/demoContext.js';
import { GROUP_GAP_FIXTURE as F } from '../../../test/support/groupGapFixtures.js';
import { groupObservationTemplateCsv } from '../../ingest/measures/groupObservationTemplate.js';
import { listObservations } from '../../store/index.js';
import { getGroupGaps } from './getGroupGaps.js';
import { importObservations } from './importObservations.js';

const csv = (text: string) => Buffer.from(`${text}\n`, 'utf8');

describeWithDemoData('gaps between groups', (ctx) => {
  it('loads survey results by group from the observation file, one row per group', async () => {
    const summary = await importObservations(ctx(), {
      fileName: F.fileName,
      format: 'csv',
      content: csv(F.csv),
      source: F.source,
    });
    expect(summary).toMatchObject({ rows: 9, added: 9 });
    const held = await listObservations(ctx().store.db, { measureCode: F.measure, areaCodes: [F.areaCode] });
    expect(held.filter((o) => o.source === F.source).map((o) => o.breakdown)).toEqual([
      'ethnicity: White',
      'ethnicity: Black',
      'ethnicity: Asian',
      null,
      'ethnicity: White',
      'ethnicity: Black',
      'ethnicity: Asian',
      'ethnicity: Other',
      null,
    ]);
  });

  it("gives each group's value, interval and gap to White, and says which gaps narrowed", async () => {
    const result = await getGroupGaps(ctx(), {
      measure: F.measure,
      group: 'ethnicity',
      reference: 'white',
      area: F.area,
      period: F.later,
      against: F.earlier,
    });
    expect(result.period).toMatchObject({
      code: 'R12 2014-03',
      source: F.source,
      asAt: '2014-04-30',
      synthetic: false,
    });
    expect(result.against).toMatchObject({ code: 'R12 2013-03', source: F.source });
    expect(result.reference).toBe('White');
    expect(result.groups.map((g) => g.group)).toEqual(['White', 'Black', 'Asian', 'Other']);
    const [white, black, asian, other] = result.groups;
    expect(white?.gap.gap).toBe(0);
    expect(white?.change).toBeNull();
    // Black: 288/400 with deff 1.2, so n = 333.3: Wilson 66.97% to 76.52%.
    expect(black?.value).toBeCloseTo(72, 9);
    expect(black?.effectiveSampleSize).toBeCloseTo(333.33, 2);
    expect(black?.interval?.lower).toBeCloseTo(66.97, 1);
    expect(black?.interval?.upper).toBeCloseTo(76.52, 1);
    expect(black?.gap.gap).toBeCloseTo(-8, 9);
    // −20 points became −8; SE = √(0.72·0.28/333.3 + 0.16/1666.7 + 0.24/333.3 + 0.16/1666.7) = 3.89 points.
    expect(black?.change?.earlierGap).toBeCloseTo(-20, 9);
    expect(black?.change?.change).toBeCloseTo(-12, 9);
    expect(black?.change?.outcome).toBe('narrowed');
    expect(black?.change?.pValue).toBeCloseTo(0.00204, 4);
    expect(asian?.change?.outcome).toBe('no-clear-change');
    expect(other?.change).toMatchObject({
      outcome: 'not-tested',
      notTested: 'there is no figure for Other or White in the earlier period',
    });
  });

  it('chooses the latest period and the group with the largest sample when none is given', async () => {
    const result = await getGroupGaps(ctx(), { measure: F.measure, group: 'Ethnicity', area: F.area });
    expect(result.period.code).toBe('R12 2014-03');
    expect(result.reference).toBe('White');
    expect(result.referenceChosen).toBe('largest-sample');
    expect(result.against).toBeNull();
    expect(result.groups.every((g) => g.change === null)).toBe(true);
    expect(result.periods.map((p) => p.code)).toEqual(['R12 2013-03', 'R12 2014-03']);
  });

  it('names what is missing: the groups, the period or the reference group', async () => {
    await expect(getGroupGaps(ctx(), { measure: F.measure, group: 'age', area: F.area })).rejects.toMatchObject({
      kind: 'not-found',
      field: 'group',
      message: 'There are no figures of Public confidence by age for Sutton.',
    });
    await expect(
      getGroupGaps(ctx(), { measure: F.measure, group: 'ethnicity', area: F.area, period: 'R12 2015-03' }),
    ).rejects.toMatchObject({ kind: 'not-found', field: 'period' });
    await expect(
      getGroupGaps(ctx(), { measure: F.measure, group: 'ethnicity', area: F.area, reference: 'Mixed' }),
    ).rejects.toMatchObject({
      kind: 'not-found',
      field: 'reference',
      message:
        'There is no figure for the reference group "Mixed" in R12 Quarter 4 2013/14 for Sutton (groups held: White, Black, Asian, Other).',
    });
    await expect(getGroupGaps(ctx(), { measure: 'no-such', group: 'ethnicity' })).rejects.toMatchObject({
      kind: 'not-found',
      field: 'measure',
    });
  });

  it('says every gap is not tested, with why, against a period with no figures by group', async () => {
    const result = await getGroupGaps(ctx(), {
      measure: F.measure,
      group: 'ethnicity',
      area: F.area,
      reference: 'White',
      against: 'R12 2012-03',
    });
    expect(result.against).toMatchObject({ code: 'R12 2012-03', source: null });
    expect(result.groups.slice(1).map((g) => g.change?.outcome)).toEqual(['not-tested', 'not-tested', 'not-tested']);
  });

  it('loads the by-group template as it stands', async () => {
    const summary = await importObservations(ctx(), {
      fileName: 'template.csv',
      format: 'csv',
      content: Buffer.from(groupObservationTemplateCsv()),
      source: 'Template check',
      asAt: '2018-04-30',
    });
    expect(summary.rows).toBe(6);
    const result = await getGroupGaps(ctx(), {
      measure: 'public-confidence',
      group: 'ethnicity',
      reference: 'White',
      area: 'London',
      period: 'R12 2018-03',
    });
    expect(result.groups.map((g) => [g.group, Math.round(g.gap.gap)])).toContainEqual(['Black', -12]);
  });

  it('refuses a by-group file with a bad row whole, naming file, row and column', async () => {
    const attempt = importObservations(ctx(), {
      fileName: 'groups.csv',
      format: 'csv',
      content: csv(
        [
          'Measure,Area,Period,Value,Breakdown,Numerator,Denominator,Sample size,Design effect',
          'public-confidence,Sutton,R12 2016-03,80,ethnicity: White,1600,2000,2000,1.2',
          'public-confidence,Sutton,R12 2016-03,72,ethnicity: Black,288,400,four hundred,1.2',
        ].join('\n'),
      ),
    });
    await expect(attempt).rejects.toThrow(
      'Nothing was loaded. One problem: groups.csv, row 3, column Sample size: "four hundred" is not a number.',
    );
    const held = await listObservations(ctx().store.db, { measureCode: F.measure, areaCodes: [F.areaCode] });
    expect(held.some((o) => o.period === 'R12 2016-03')).toBe(false);
  });
});
