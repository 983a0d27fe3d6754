import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countChange } from './countChange.js';
import {
  MINUS_SIGN,
  formatInteger,
  formatPValue,
  formatPercentChange,
  formatPointChange,
  formatProportion,
  formatRate,
  headlineSentence,
  parseFormattedNumber,
  percentChange,
  roundTo,
} from './sentences.js';
import { verdictFor } from './verdict.js';

const burglary = {
  measureName: 'Burglary',
  unitWords: 'offences',
  current: { label: '2017-18', value: 77_614 },
  previous: { label: '2016-17', value: 69_518 },
};

describe('numbers as the documents write them', () => {
  it('reproduces the percentage changes printed in the Met Business Plan 2018-19 hate crime table', () => {
    // Met Business Plan 2018-19 (reference/sources), FY 2016-17 → 2017-18 by strand.
    const table: [number, number, string][] = [
      [17_203, 16_944, `${MINUS_SIGN}1.5%`],
      [2_110, 2_500, '+18.5%'],
      [2_042, 2_091, '+2.4%'],
      [1_266, 1_667, '+31.7%'],
      [542, 518, `${MINUS_SIGN}4.4%`],
      [667, 442, `${MINUS_SIGN}33.7%`],
      [200, 174, `${MINUS_SIGN}13.0%`],
    ];
    for (const [before, after, printed] of table) {
      expect(formatPercentChange(percentChange(after, before) ?? NaN)).toBe(printed);
    }
  });

  it('reproduces the Business Plan\'s crime changes: robbery 24,202 → 32,869 is +35.8%, burglary 69,528 → 77,626 "almost 12 per cent"', () => {
    expect(formatPercentChange(percentChange(32_869, 24_202) ?? NaN)).toBe('+35.8%');
    expect(formatPercentChange(percentChange(47_587, 38_013) ?? NaN)).toBe('+25.2%');
    expect(formatPercentChange(percentChange(77_626, 69_528) ?? NaN)).toBe('+11.6%');
  });

  it('writes counts with thousands separators and negative numbers with a true minus sign', () => {
    expect(formatInteger(77_614)).toBe('77,614');
    expect(formatInteger(1_000_000)).toBe('1,000,000');
    expect(formatInteger(999)).toBe('999');
    expect(formatInteger(-2_500)).toBe('\u22122,500');
    expect(formatRate(4.25)).toBe('4.3');
    expect(formatRate(12_345.67)).toBe('12,345.7');
  });

  it('rounds half away from zero on the decimal as written', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(0.05, 1)).toBe(0.1);
  });

  it('writes a change that rounds to nothing as an unsigned 0.0%', () => {
    expect(formatPercentChange(0.04)).toBe('0.0%');
    expect(formatPercentChange(-0.04)).toBe('0.0%');
    expect(formatPercentChange(-3.2)).toBe('\u22123.2%');
  });

  it('writes proportions to the nearest whole point, and to one decimal under 10%', () => {
    expect(formatProportion(0.734)).toBe('73%');
    expect(formatProportion(0.056)).toBe('5.6%');
    expect(formatProportion(0.0996)).toBe('10%');
    expect(formatProportion(0)).toBe('0.0%');
    expect(formatPointChange(0.029)).toBe('+3 points');
    expect(formatPointChange(-0.01)).toBe('\u22121 point');
    expect(formatPointChange(0.004, 1)).toBe('+0.4 points');
  });

  it('writes p-values to three decimals, and tiny ones as below 0.001', () => {
    expect(formatPValue(0.07966863)).toBe('p = 0.080');
    expect(formatPValue(0.0004)).toBe('p < 0.001');
  });

  it('reads back every whole number and percentage change it writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(parseFormattedNumber(formatInteger(n))).toBe(n);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (percent) => {
        const read = parseFormattedNumber(formatPercentChange(percent));
        expect(read).toBe(roundTo(percent, 1) === 0 ? 0 : roundTo(percent, 1));
      }),
    );
  });
});

describe('headline sentences', () => {
  it('writes the headline in the form of DESIGN.md: "77,614 offences, up from 69,518 (+11.6%)"', () => {
    const test = countChange({ a: 77_614, b: 69_518 });
    expect(headlineSentence({ ...burglary, test })).toBe(
      'Burglary: 77,614 offences in 2017-18, up from 69,518 in 2016-17 (+11.6%); the rise is statistically significant.',
    );
  });

  it('writes a fall that is not significant', () => {
    const sentence = headlineSentence({
      measureName: 'Robbery',
      unitWords: 'offences',
      current: { label: '2018-19 Q1', value: 1_210 },
      previous: { label: '2017-18 Q1', value: 1_250 },
      test: countChange({ a: 1_210, b: 1_250 }),
    });
    expect(sentence).toBe(
      'Robbery: 1,210 offences in 2018-19 Q1, down from 1,250 in 2017-18 Q1 (\u22123.2%); the fall is not statistically significant.',
    );
  });

  it('writes "the same as" when nothing changed, and leaves the test out when none was run', () => {
    expect(headlineSentence({ ...burglary, current: { label: '2017-18', value: 69_518 } })).toBe(
      'Burglary: 69,518 offences in 2017-18, the same as in 2016-17.',
    );
    expect(headlineSentence(burglary)).toBe(
      'Burglary: 77,614 offences in 2017-18, up from 69,518 in 2016-17 (+11.6%).',
    );
  });

  it('says a significant rise in hate crime reporting is the direction wanted (Faith, Met Business Plan 2018-19)', () => {
    const test = countChange({ a: 2_500, b: 2_110 });
    const verdict = verdictFor({ polarity: 'increase-in-reporting-wanted', ...test });
    expect(
      headlineSentence({
        measureName: 'Faith hate crime',
        unitWords: 'offences',
        current: { label: '2017-18', value: 2_500 },
        previous: { label: '2016-17', value: 2_110 },
        test,
        verdict,
      }),
    ).toBe(
      'Faith hate crime: 2,500 offences in 2017-18, up from 2,110 in 2016-17 (+18.5%); the rise in reporting is statistically significant, which is the direction wanted.',
    );
  });

  it('says a significant fall in reporting plainly as a concern, not as crime going up or down', () => {
    const test = countChange({ a: 442, b: 667 });
    const sentence = headlineSentence({
      measureName: 'Disability hate crime',
      unitWords: 'offences',
      current: { label: '2017-18', value: 442 },
      previous: { label: '2016-17', value: 667 },
      test,
      verdict: verdictFor({ polarity: 'increase-in-reporting-wanted', ...test }),
    });
    expect(sentence).toBe(
      'Disability hate crime: 442 offences in 2017-18, down from 667 in 2016-17 (\u221233.7%); the fall in reporting is statistically significant, a concern when more reporting is wanted.',
    );
  });

  it('writes survey proportions with their change in points', () => {
    expect(
      headlineSentence({
        measureName: 'Public confidence',
        unitWords: '',
        valueKind: 'proportion',
        current: { label: 'year to June 2018', value: 0.67 },
        previous: { label: 'year to June 2017', value: 0.7 },
        test: { significant: true },
        verdict: 'significant-deterioration',
      }),
    ).toBe(
      'Public confidence: 67% in year to June 2018, down from 70% in year to June 2017 (\u22123 points); the fall is statistically significant.',
    );
  });

  it('refuses a verdict that contradicts the test or the direction of the change', () => {
    expect(() =>
      headlineSentence({ ...burglary, test: { significant: false }, verdict: 'significant-deterioration' }),
    ).toThrow(RangeError);
    expect(() => headlineSentence({ ...burglary, verdict: 'significant-decrease-in-reporting' })).toThrow(RangeError);
  });

  it('round-trips its numbers: the counts and the rounded percentage can be read back from the sentence', () => {
    const pattern = /^M: ([\d,]+) offences in A, (up|down) from ([\d,]+) in B \(([+\u2212]?[\d,.]+%)\)\.$/;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 1, max: 5_000_000 }), (now, before) => {
        fc.pre(now !== before);
        const sentence = headlineSentence({
          measureName: 'M',
          unitWords: 'offences',
          current: { label: 'A', value: now },
          previous: { label: 'B', value: before },
        });
        const match = pattern.exec(sentence);
        expect(match, sentence).not.toBeNull();
        const [, currentText = '', word, previousText = '', percentText = ''] = match ?? [];
        expect(parseFormattedNumber(currentText)).toBe(now);
        expect(parseFormattedNumber(previousText)).toBe(before);
        expect(word).toBe(now > before ? 'up' : 'down');
        const rounded = roundTo(((now - before) / before) * 100, 1);
        expect(parseFormattedNumber(percentText)).toBe(rounded === 0 ? 0 : rounded);
      }),
    );
  });
});
