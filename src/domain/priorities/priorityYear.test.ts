import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BluelampProblem } from '../errors.js';
import { parseYear, sumOfAreas, yearEndDate } from './priorityYear.js';

describe('priority years', () => {
  it('reads a financial year and ends it on 31 March', () => {
    expect(parseYear('2018-19')).toEqual({ startYear: 2018 });
    expect(yearEndDate('2018-19')).toBe('2019-03-31');
  });

  it('refuses what is not a financial year, naming the year field', () => {
    expect(() => parseYear('2018')).toThrow(BluelampProblem);
  });

  it('ends every year on the 31 March after it starts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2090 }), (start) => {
        const text = `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
        expect(yearEndDate(text)).toBe(`${start + 1}-03-31`);
      }),
    );
  });

  it('adds the counts of the areas asked for, an area without one adding nothing', () => {
    const counts = new Map([
      ['camden', 10],
      ['barnet', 5],
    ]);
    expect(sumOfAreas(counts, ['camden', 'barnet', 'ealing'])).toBe(15);
    expect(sumOfAreas(counts, [])).toBe(0);
  });
});
