import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareGroups, gapChange, groupEstimate, groupGap, parseBreakdown, type GroupFigure } from './groupGaps.js';

function figure(
  group: string,
  numerator: number,
  denominator: number,
  designEffect: number | null = null,
): GroupFigure {
  return {
    group,
    value: Math.round((numerator / denominator) * 1000) / 10,
    numerator,
    denominator,
    sampleSize: denominator,
    designEffect,
  };
}

const surveyFigure = fc
  .record({
    group: fc.constantFrom('White', 'Black', 'Asian', 'Mixed', 'Other'),
    denominator: fc.integer({ min: 20, max: 20_000 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    designEffect: fc.double({ min: 1, max: 3, noNaN: true }),
  })
  .map(({ group, denominator, share, designEffect }) =>
    figure(group, Math.round(share * denominator), denominator, designEffect),
  );

describe('reading a breakdown', () => {
  it('splits "ethnicity: Black" into the dimension and the group', () => {
    expect(parseBreakdown('ethnicity: Black')).toEqual({ dimension: 'ethnicity', group: 'Black' });
    expect(parseBreakdown('age: 16-24')).toEqual({ dimension: 'age', group: '16-24' });
  });

  it('refuses a breakdown without a dimension or a group', () => {
    expect(parseBreakdown('Black')).toBeNull();
    expect(parseBreakdown(': Black')).toBeNull();
    expect(parseBreakdown('ethnicity:')).toBeNull();
  });
});

describe("a group's value and interval", () => {
  it('takes the proportion from numerator and denominator and the sample from n / deff', () => {
    const estimate = groupEstimate('proportion', { ...figure('Black', 640, 1000, 2), value: 64 });
    expect(estimate.value).toBeCloseTo(64, 10);
    expect(estimate.effectiveSampleSize).toBe(500);
    // Wilson 95% for 0.64 with n = 500: 59.70% to 68.08%.
    expect(estimate.interval?.lower).toBeCloseTo(59.7, 1);
    expect(estimate.interval?.upper).toBeCloseTo(68.08, 1);
  });

  it('uses value / 100 when no numerator is given, and says why there is no interval without a sample', () => {
    const asian: GroupFigure = {
      group: 'Asian',
      value: 70,
      numerator: null,
      denominator: null,
      sampleSize: 400,
      designEffect: null,
    };
    const withSample = groupEstimate('proportion', asian);
    expect(withSample.value).toBeCloseTo(70, 10);
    expect(withSample.effectiveSampleSize).toBe(400);
    const without = groupEstimate('proportion', { ...asian, sampleSize: null });
    expect(without.interval).toBeNull();
    expect(without.notTested).toBe('no sample size is loaded for Asian');
  });
});

describe('the gap to the reference group', () => {
  it('is the group less the reference in percentage points, with the two-proportion test', () => {
    const gap = groupGap('proportion', figure('Black', 600, 1000), figure('White', 750, 1500));
    expect(gap.gap).toBeCloseTo(10, 10);
    // Pooled p = 1350/2500 = 0.54; SE = √(0.54·0.46·(1/1000 + 1/1500)) = 0.020347; z = 4.915.
    expect(gap.test?.z).toBeCloseTo(4.915, 2);
    expect(gap.test?.pValue).toBeGreaterThan(5e-7);
    expect(gap.test?.pValue).toBeLessThan(1.5e-6);
    // Unpooled SE = √(0.24/1000 + 0.25/1500) = 0.020166: 10 ± 3.95 points.
    expect(gap.test?.interval.lower).toBeCloseTo(6.05, 1);
    expect(gap.test?.interval.upper).toBeCloseTo(13.95, 1);
  });

  it('is shown without a test for counts and rates by group, saying so', () => {
    const gap = groupGap(
      'level',
      { group: 'Black', value: 12.5, numerator: null, denominator: null, sampleSize: null, designEffect: null },
      { group: 'White', value: 4, numerator: null, denominator: null, sampleSize: null, designEffect: null },
    );
    expect(gap.gap).toBe(8.5);
    expect(gap.test).toBeNull();
    expect(gap.notTested).toBe('counts and rates by group are shown without a proportion test');
  });

  it('is zero for the reference against itself', () => {
    fc.assert(
      fc.property(surveyFigure, (reference) => {
        const gap = groupGap('proportion', reference, reference);
        expect(gap.gap).toBe(0);
        expect(gap.test?.pValue).toBe(1);
      }),
    );
  });

  it('changes sign when group and reference swap', () => {
    fc.assert(
      fc.property(surveyFigure, surveyFigure, (a, b) => {
        const ab = groupGap('proportion', a, b);
        const ba = groupGap('proportion', b, a);
        expect(ba.gap).toBeCloseTo(-ab.gap, 9);
        expect(ba.test?.pValue).toBeCloseTo(ab.test?.pValue ?? NaN, 9);
      }),
    );
  });

  it('has an interval that contains the gap', () => {
    fc.assert(
      fc.property(surveyFigure, surveyFigure, (a, b) => {
        const { gap, test } = groupGap('proportion', a, b);
        expect(test?.interval.lower).toBeLessThanOrEqual(gap + 1e-9);
        expect(test?.interval.upper).toBeGreaterThanOrEqual(gap - 1e-9);
      }),
    );
  });
});

describe('whether a gap narrowed', () => {
  const white = figure('White', 1600, 2000);

  it('narrowed when the gap shrank by more than chance explains, the good direction', () => {
    const then = groupGap('proportion', figure('Black', 1200, 2000), white);
    const now = groupGap('proportion', figure('Black', 1460, 2000), white);
    const change = gapChange(now, then);
    // −20 points became −7: the absolute gap is 13 points smaller.
    expect(change.change).toBeCloseTo(-13, 9);
    expect(change.outcome).toBe('narrowed');
    expect(change.tone).toBe('positive');
    // SE = √((0.1971 + 0.16 + 0.24 + 0.16) / 2000) × 100 = 1.9456 points.
    expect(change.interval?.lower).toBeCloseTo(-13 - 1.96 * 1.9456, 1);
    expect(change.interval?.upper).toBeCloseTo(-13 + 1.96 * 1.9456, 1);
  });

  it('widened when the gap grew significantly, the worse direction', () => {
    const then = groupGap('proportion', figure('Black', 1500, 2000), white);
    const now = groupGap('proportion', figure('Black', 1200, 2000), white);
    const change = gapChange(now, then);
    expect(change.change).toBeCloseTo(15, 9);
    expect(change.outcome).toBe('widened');
    expect(change.tone).toBe('negative');
  });

  it('says "no clear change" when the samples are too small to tell', () => {
    const small = figure('White', 80, 100);
    const then = groupGap('proportion', figure('Black', 70, 100), small);
    const now = groupGap('proportion', figure('Black', 74, 100), small);
    const change = gapChange(now, then);
    expect(change.outcome).toBe('no-clear-change');
    expect(change.pValue).toBeGreaterThan(0.05);
  });

  it('says "reversed" rather than "narrowed" when the other group is now ahead', () => {
    const then = groupGap('proportion', figure('Black', 1400, 2000), white);
    const now = groupGap('proportion', figure('Black', 1700, 2000), white);
    const change = gapChange(now, then);
    expect(change.outcome).toBe('reversed');
    expect(change.interval).toBeNull();
  });

  it('is not tested, with the reason, when the earlier period has no figure', () => {
    const now = groupGap('proportion', figure('Black', 1460, 2000), white);
    const change = gapChange(now, null);
    expect(change.outcome).toBe('not-tested');
    expect(change.notTested).toBe('there is no figure for Black or White in the earlier period');
    expect(change.change).toBeNull();
  });

  it('is never judged narrowed or widened unless the difference is significant', () => {
    fc.assert(
      fc.property(surveyFigure, surveyFigure, surveyFigure, surveyFigure, (a1, b1, a0, b0) => {
        const change = gapChange(groupGap('proportion', a1, b1), groupGap('proportion', a0, b0));
        if (change.outcome === 'narrowed' || change.outcome === 'widened') {
          expect(change.pValue).toBeLessThan(0.05);
          const { lower = 0, upper = 0 } = change.interval ?? {};
          expect(upper < 0 || lower > 0).toBe(true);
        }
      }),
    );
  });
});

describe('comparing every group with the reference', () => {
  it('gives each group its gap and, for the reference, a zero gap and no change', () => {
    const result = compareGroups({
      kind: 'proportion',
      reference: 'white',
      figures: [figure('White', 1600, 2000), figure('Black', 1460, 2000), figure('Asian', 1500, 2000)],
      earlier: [figure('White', 1600, 2000), figure('Black', 1200, 2000)],
    });
    expect(result.reference).toBe('White');
    expect(result.groups.map((g) => [g.group, Math.round(g.gap.gap)])).toEqual([
      ['White', 0],
      ['Black', -7],
      ['Asian', -5],
    ]);
    expect(result.groups[0]?.change).toBeNull();
    expect(result.groups[1]?.change?.outcome).toBe('narrowed');
    expect(result.groups[2]?.change?.outcome).toBe('not-tested');
  });
});
