import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { movement, priorityChangeSentence, type PriorityChangeSentenceInput } from './prioritySentences.js';

const BURGLARY: PriorityChangeSentenceInput = {
  categoryName: 'Burglary',
  chosenBy: 21,
  year: '2018-19',
  polarity: 'lower-is-better',
  london: 8.04,
  chosen: 1.96,
  others: 22.9,
  test: { significant: true, pValue: 0.0002 },
};

describe('local priority sentences', () => {
  it('writes the progress update’s burglary sentence, with the test of the gap after it', () => {
    expect(priorityChangeSentence(BURGLARY)).toBe(
      'Burglary is a local priority in 21 boroughs: it rose 8% across London but 2% where it is a priority (it rose 23% where it is not). The gap between the priority boroughs and the others is statistically significant (p < 0.001).',
    );
  });

  it('says "and" when the priority boroughs did no better, and warns that a gap may be chance', () => {
    expect(
      priorityChangeSentence({ ...BURGLARY, chosen: 9.6, others: 4.1, test: { significant: false, pValue: 0.41 } }),
    ).toBe(
      'Burglary is a local priority in 21 boroughs: it rose 8% across London and 10% where it is a priority (it rose 4% where it is not). The gap between the priority boroughs and the others is not statistically significant (p = 0.410), so it may be chance.',
    );
  });

  it('names a change of direction in full, and a change that rounds to nothing as level', () => {
    expect(priorityChangeSentence({ ...BURGLARY, chosen: -3.2, others: 0.3, test: null })).toBe(
      'Burglary is a local priority in 21 boroughs: it rose 8% across London but fell 3% where it is a priority (it stayed level where it is not).',
    );
  });

  it('reads "more reporting wanted" polarity the right way round', () => {
    const text = priorityChangeSentence({
      ...BURGLARY,
      categoryName: 'Hate crime',
      polarity: 'increase-in-reporting-wanted',
      london: 5,
      chosen: 12,
      others: 2,
      test: null,
    });
    expect(text).toContain('it rose 5% across London but 12% where it is a priority');
  });

  it('handles a category nobody chose, one everybody chose, and one with no earlier count', () => {
    expect(priorityChangeSentence({ ...BURGLARY, chosenBy: 0, chosen: null })).toBe(
      'No borough chose burglary as a local priority in 2018-19; it rose 8% across London.',
    );
    expect(priorityChangeSentence({ ...BURGLARY, chosenBy: 32, others: null, test: null })).toBe(
      'Burglary is a local priority in 32 boroughs: it rose 8% across London but 2% where it is a priority; every borough chose it, so there is nothing to compare with.',
    );
    expect(priorityChangeSentence({ ...BURGLARY, chosenBy: 1, london: null })).toBe(
      'Burglary is a local priority in 1 borough in 2018-19; there is no earlier count to compare with.',
    );
  });

  it('states every change with the whole percentage it rounds to and the right verb', () => {
    fc.assert(
      fc.property(fc.double({ min: -99, max: 500, noNaN: true }), (percent) => {
        const text = movement(percent);
        const rounded = Math.round(Math.abs(percent) + 1e-9) * Math.sign(percent);
        if (Math.abs(rounded) < 1) expect(text).toBe('stayed level');
        else expect(text).toBe(`${percent > 0 ? 'rose' : 'fell'} ${Math.abs(rounded).toLocaleString('en-GB')}%`);
      }),
    );
  });
});
