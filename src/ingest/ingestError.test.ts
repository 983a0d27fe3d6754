import { describe, expect, it } from 'vitest';
import { describeIngestProblem, IngestError, type IngestProblem } from './ingestError.js';

const problem = (row: number | null, column: string | null, message: string): IngestProblem => ({
  file: 'plan.csv',
  row,
  column,
  message,
});

describe('IngestError', () => {
  it('names the file, row and column of a single problem in its message', () => {
    const error = new IngestError([problem(7, 'Parent ref', 'no row has the ref "9.9"')]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('IngestError');
    expect(error.message).toBe('plan.csv, row 7, column Parent ref: no row has the ref "9.9"');
  });

  it('says how many more problems there are after the first, and keeps them all', () => {
    const problems = [
      problem(3, 'Title', 'Title is empty'),
      problem(4, 'Due', 'is blank'),
      problem(5, 'Leads', 'is blank'),
    ];
    const error = new IngestError(problems);
    expect(error.message).toBe('plan.csv, row 3, column Title: Title is empty (and 2 more problems)');
    expect(error.problems).toEqual(problems);
    expect(new IngestError(problems.slice(0, 2)).message).toMatch(/\(and 1 more problem\)$/);
  });

  it('leaves out the row and column where they are not known', () => {
    expect(describeIngestProblem(problem(null, null, 'is not an Excel workbook'))).toBe(
      'plan.csv: is not an Excel workbook',
    );
    expect(describeIngestProblem(problem(1, null, 'bad'))).toBe('plan.csv, row 1: bad');
    expect(describeIngestProblem(problem(null, 'Title', 'is required'))).toBe('plan.csv, column Title: is required');
  });
});
