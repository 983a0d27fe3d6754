import { describe, expect, it } from 'vitest';
import { publicSummaryProblem } from './publicResponse.js';

describe('a public summary of the response to a finding', () => {
  it('is published with words and a date no later than today', () => {
    expect(publicSummaryProblem('Training has started.', '2020-01-15', '2020-01-15')).toBeNull();
  });

  it('is refused when it says nothing, naming the summary', () => {
    expect(publicSummaryProblem('   ', '2020-01-15', '2020-01-15')).toEqual({
      field: 'summary',
      problem: 'write the summary the public will read',
    });
  });

  it('is refused beyond 4,000 characters', () => {
    expect(publicSummaryProblem('x'.repeat(4001), '2020-01-15', '2020-01-15')?.field).toBe('summary');
  });

  it('is refused on a date that does not exist or is still to come, naming the date', () => {
    expect(publicSummaryProblem('Done.', '2020-02-30', '2020-03-01')?.field).toBe('publishedOn');
    expect(publicSummaryProblem('Done.', '2020-01-16', '2020-01-15')).toEqual({
      field: 'publishedOn',
      problem: 'a summary cannot be published on a day still to come',
    });
  });
});
