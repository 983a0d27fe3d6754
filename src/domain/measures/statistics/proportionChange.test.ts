import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proportionChange, type ProportionFigure } from './proportionChange.js';
import { proportionSentence } from './proportionSentence.js';

const labels = { current: '2018-19', previous: '2017-18' };

function counted(numerator: number, denominator: number, designEffect: number | null = null): ProportionFigure {
  return { value: (numerator / denominator) * 100, numerator, denominator, sampleSize: denominator, designEffect };
}

const survey = fc
  .record({
    n: fc.integer({ min: 20, max: 50_000 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    deff: fc.double({ min: 1, max: 3, noNaN: true }),
  })
  .map(({ n, share, deff }) => counted(Math.round(share * n), n, deff));

describe('the change between two survey percentages', () => {
  // Newcombe R.G. (1998) "Interval estimation for the difference between independent proportions:
  // comparison of eleven methods", Statistics in Medicine 17:873–890, Table II, example (a)
  // 56/70 − 48/80, method 1 (the simple asymptotic "Wald" interval): 0.0575 to 0.3425.
  it('reproduces Newcombe (1998) example (a), 56/70 against 48/80: a difference of 0.2000, Wald interval 0.0575 to 0.3425', () => {
    const change = proportionChange(
      { current: counted(56, 70), previous: counted(48, 80) },
      'higher-is-better',
      labels,
    );
    expect(change.difference).toBeCloseTo(20, 10);
    expect(change.interval?.lower).toBeCloseTo(5.75, 2);
    expect(change.interval?.upper).toBeCloseTo(34.25, 2);
    expect(change.verdict).toBe('significant-improvement');
  });

  // Newcombe R.G. (1998) "Two-sided confidence intervals for the single proportion: comparison of
  // seven methods", Statistics in Medicine 17:857–872, Table II, method 3 (Wilson score):
  // 81/263 → 0.2553 to 0.3662; 15/148 → 0.0624 to 0.1605.
  it('gives each side the Wilson interval of Newcombe (1998) method 3: 81/263 is 25.53% to 36.62%, 15/148 is 6.24% to 16.05%', () => {
    const change = proportionChange({ current: counted(81, 263), previous: counted(15, 148) }, 'context-only', labels);
    expect(change.current.interval?.lower).toBeCloseTo(25.53, 2);
    expect(change.current.interval?.upper).toBeCloseTo(36.62, 2);
    expect(change.previous.interval?.lower).toBeCloseTo(6.24, 2);
    expect(change.previous.interval?.upper).toBeCloseTo(16.05, 2);
  });

  // 74% → 71% of 8,000 with a design effect of 1.3: n_eff = 8000 / 1.3 = 6,153.8.
  // SE(Wald) = √((0.71·0.29 + 0.74·0.26) / 6153.8) = 0.0080451, so −3.0 ± 1.96·0.80451 = −4.58 to −1.42 points;
  // pooled p = 0.725, SE = √(0.725·0.275·2 / 6153.8) = 0.0080497, z = −3.727, p = 0.00019.
  it('judges public confidence falling from 74% to 71% of 8,000 (design effect 1.3) a significant deterioration', () => {
    const change = proportionChange(
      {
        current: { value: 71, numerator: 5680, denominator: 8000, sampleSize: 8000, designEffect: 1.3 },
        previous: { value: 74, numerator: 5920, denominator: 8000, sampleSize: 8000, designEffect: 1.3 },
      },
      'higher-is-better',
      labels,
    );
    expect(change.current.effectiveSampleSize).toBeCloseTo(6153.85, 2);
    expect(change.difference).toBeCloseTo(-3, 10);
    expect(change.interval?.lower).toBeCloseTo(-4.577, 2);
    expect(change.interval?.upper).toBeCloseTo(-1.423, 2);
    expect(change.pValue).toBeCloseTo(0.000194, 5);
    expect(change.verdict).toBe('significant-deterioration');
    expect(change.tone).toBe('negative');
    expect(proportionSentence('Public confidence', change, labels)).toBe(
      'Public confidence: 71% (95% interval 69.9% to 72.1%) in 2018-19, down from 74% (95% interval 72.9% to 75.1%) in 2017-18; the difference of −3.0 points (95% interval −4.6 to −1.4 points) is statistically significant (p < 0.001).',
    );
  });

  it('takes the share from a weighted base, not the sample size, and the sample size for the test', () => {
    const change = proportionChange(
      {
        current: { value: 70, numerator: 3_500_000, denominator: 5_000_000, sampleSize: 1000, designEffect: null },
        previous: { value: 60, numerator: 3_000_000, denominator: 5_000_000, sampleSize: 1000, designEffect: null },
      },
      'higher-is-better',
      labels,
    );
    expect(change.current.effectiveSampleSize).toBe(1000);
    expect(change.current.designEffectPublished).toBe(false);
    // Wald half-width on 1,000 each: 1.96·√((0.7·0.3 + 0.6·0.4) / 1000) = 4.16 points.
    expect(change.interval?.upper).toBeCloseTo(10 + 4.158, 2);
  });

  it('does not test a change when a side has no sample size, and says so instead of "no change"', () => {
    const change = proportionChange(
      {
        current: { value: 71, numerator: null, denominator: null, sampleSize: null, designEffect: null },
        previous: { value: 74, numerator: null, denominator: null, sampleSize: 8000, designEffect: 1.3 },
      },
      'higher-is-better',
      labels,
    );
    expect(change.verdict).toBeNull();
    expect(change.pValue).toBeNull();
    expect(change.untestedReason).toBe('no sample size published for 2018-19, so the change is not tested');
    const sentence = proportionSentence('Public confidence', change, labels);
    expect(sentence).toBe(
      'Public confidence: 71% in 2018-19, down from 74% in 2017-18 (−3.0 points); no sample size published for 2018-19, so the change is not tested.',
    );
    expect(sentence).not.toMatch(/no (significant )?change/i);
  });

  it('refuses to test a figure outside 0% to 100% rather than failing', () => {
    const bad = { value: 120, numerator: null, denominator: null, sampleSize: 500, designEffect: null };
    const change = proportionChange({ current: bad, previous: counted(50, 100) }, 'higher-is-better', labels);
    expect(change.verdict).toBeNull();
    expect(change.untestedReason).toMatch(/outside 0% to 100%/);
  });

  it('always puts the difference inside its own interval', () => {
    fc.assert(
      fc.property(survey, survey, (a, b) => {
        const change = proportionChange({ current: a, previous: b }, 'higher-is-better', labels);
        expect(change.interval?.lower).toBeLessThanOrEqual(change.difference + 1e-9);
        expect(change.interval?.upper).toBeGreaterThanOrEqual(change.difference - 1e-9);
      }),
    );
  });

  it('negates the difference, its interval and the direction when the sides swap, keeping the p-value', () => {
    fc.assert(
      fc.property(survey, survey, (a, b) => {
        const forward = proportionChange({ current: a, previous: b }, 'lower-is-better', labels);
        const back = proportionChange({ current: b, previous: a }, 'lower-is-better', labels);
        expect(back.difference).toBeCloseTo(-forward.difference, 9);
        expect(back.interval?.lower).toBeCloseTo(-(forward.interval?.upper ?? NaN), 9);
        expect(back.interval?.upper).toBeCloseTo(-(forward.interval?.lower ?? NaN), 9);
        expect(back.pValue).toBeCloseTo(forward.pValue ?? NaN, 12);
        if (forward.significant === true) expect(back.verdict).not.toBe(forward.verdict);
      }),
    );
  });

  it('never widens any interval when both samples grow', () => {
    fc.assert(
      fc.property(survey, survey, fc.integer({ min: 2, max: 10 }), (a, b, factor) => {
        const grow = (f: ProportionFigure): ProportionFigure => ({
          ...f,
          numerator: (f.numerator ?? 0) * factor,
          denominator: (f.denominator ?? 0) * factor,
          sampleSize: (f.sampleSize ?? 0) * factor,
        });
        const width = (i: { lower: number; upper: number } | null) => (i === null ? NaN : i.upper - i.lower);
        const small = proportionChange({ current: a, previous: b }, 'higher-is-better', labels);
        const large = proportionChange({ current: grow(a), previous: grow(b) }, 'higher-is-better', labels);
        expect(width(large.interval)).toBeLessThanOrEqual(width(small.interval) + 1e-9);
        expect(width(large.current.interval)).toBeLessThanOrEqual(width(small.current.interval) + 1e-9);
      }),
    );
  });

  it('judges by polarity: the same significant rise is an improvement when higher is better and a deterioration when lower is', () => {
    const figures = { current: counted(600, 1000), previous: counted(500, 1000) };
    expect(proportionChange(figures, 'higher-is-better', labels).verdict).toBe('significant-improvement');
    expect(proportionChange(figures, 'lower-is-better', labels).verdict).toBe('significant-deterioration');
    const context = proportionChange(figures, 'context-only', labels);
    expect(context.tone).toBe('neutral');
    expect(proportionSentence('Share', context, labels)).toMatch(
      /statistically significant \(p < 0\.001\), shown for context and not judged\.$/,
    );
  });
});
