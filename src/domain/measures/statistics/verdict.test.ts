import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POLARITIES } from '../measure.js';
import { countChange } from './countChange.js';
import { VERDICTS, isSignificantVerdict, verdictFor, verdictLabel, verdictTone } from './verdict.js';

const polarity = fc.constantFrom(...POLARITIES);
const direction = fc.constantFrom('up' as const, 'down' as const, 'same' as const);

describe('the verdict on a change', () => {
  it('judges the hate crime table of the Met Business Plan 2018-19 as the Police and Crime Plan asks: more reporting is wanted', () => {
    // Met Business Plan 2018-19, hate crime by strand, FY 2016-17 → 2017-18: Faith 2,110 → 2,500
    // (+18.5), Disability 667 → 442 (−33.7), Race 17,203 → 16,944 (−1.5). The Police and Crime
    // Plan 2017-21 rejects "crude targets on volume reductions" for hate crime.
    const judge = (a: number, b: number) => {
      const change = countChange({ a, b });
      return verdictFor({ polarity: 'increase-in-reporting-wanted', ...change });
    };
    expect(judge(2_500, 2_110)).toBe('significant-increase-in-reporting-wanted');
    expect(judge(442, 667)).toBe('significant-decrease-in-reporting');
    expect(judge(16_944, 17_203)).toBe('no-significant-change');
  });

  it('calls a significant fall in burglary an improvement and a significant rise a deterioration', () => {
    expect(verdictFor({ polarity: 'lower-is-better', direction: 'down', significant: true })).toBe(
      'significant-improvement',
    );
    expect(verdictFor({ polarity: 'lower-is-better', direction: 'up', significant: true })).toBe(
      'significant-deterioration',
    );
    expect(verdictFor({ polarity: 'higher-is-better', direction: 'up', significant: true })).toBe(
      'significant-improvement',
    );
  });

  it('never judges a change that is not significant, whatever the polarity', () => {
    fc.assert(
      fc.property(polarity, direction, (p, d) => {
        expect(verdictFor({ polarity: p, direction: d, significant: false })).toBe('no-significant-change');
      }),
    );
  });

  it('describes a change in a context measure without judging it', () => {
    fc.assert(
      fc.property(fc.constantFrom('up' as const, 'down' as const), (d) => {
        const verdict = verdictFor({ polarity: 'context-only', direction: d, significant: true });
        expect(verdict).toBe('significant-change-context-only');
        expect(verdictTone(verdict)).toBe('neutral');
      }),
    );
  });

  it('turns an improvement into a deterioration when the polarity or the direction is reversed', () => {
    fc.assert(
      fc.property(fc.constantFrom('up' as const, 'down' as const), (d) => {
        const lower = verdictFor({ polarity: 'lower-is-better', direction: d, significant: true });
        const higher = verdictFor({ polarity: 'higher-is-better', direction: d, significant: true });
        expect(new Set([lower, higher])).toEqual(new Set(['significant-improvement', 'significant-deterioration']));
      }),
    );
  });

  it('never words a fall in reporting as crime going up', () => {
    const label = verdictLabel('significant-decrease-in-reporting');
    expect(label).toMatch(/decrease in reporting/);
    expect(label).not.toMatch(/crime|up|rise|increase in crime/i);
    expect(verdictTone('significant-decrease-in-reporting')).toBe('negative');
    expect(verdictTone('significant-increase-in-reporting-wanted')).toBe('positive');
  });

  it('has a plain-English label for every verdict, each different', () => {
    const labels = VERDICTS.map(verdictLabel);
    expect(new Set(labels).size).toBe(VERDICTS.length);
    for (const label of labels) expect(label).toMatch(/^[A-Z][a-z ,]+$/);
    expect(VERDICTS.filter(isSignificantVerdict)).toHaveLength(VERDICTS.length - 1);
  });
});
