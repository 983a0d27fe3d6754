/**
 * What is wrong with a file a person gave us, said so they can find it: the file, the
 * spreadsheet row (1-based, the header is row 1) and the column, where each is known.
 */
export interface IngestProblem {
  file: string;
  row: number | null;
  column: string | null;
  message: string;
}

/** "plan.csv, row 7, column Parent ref: …", leaving out the parts that are not known. */
export function describeIngestProblem(problem: IngestProblem): string {
  const place = [problem.file];
  if (problem.row !== null) place.push(`row ${problem.row}`);
  if (problem.column !== null) place.push(`column ${problem.column}`);
  return `${place.join(', ')}: ${problem.message}`;
}

function summarise(problems: readonly IngestProblem[]): string {
  const [first] = problems;
  if (first === undefined) return 'The file could not be read.';
  const more = problems.length - 1;
  if (more === 0) return describeIngestProblem(first);
  return `${describeIngestProblem(first)} (and ${more.toLocaleString('en-GB')} more problem${more === 1 ? '' : 's'})`;
}

/** More than a person works through in one go, and a hostile file could find millions. */
export const MOST_PROBLEMS_LISTED = 100;

function listed(problems: IngestProblem[]): IngestProblem[] {
  const [first] = problems;
  if (first === undefined || problems.length <= MOST_PROBLEMS_LISTED) return problems;
  const more = (problems.length - MOST_PROBLEMS_LISTED).toLocaleString('en-GB');
  const message = `and ${more} more problems, not listed; fix these and try again to see the rest`;
  return [...problems.slice(0, MOST_PROBLEMS_LISTED), { file: first.file, row: null, column: null, message }];
}

/**
 * A file that cannot be taken in, with every problem found in it, so the person fixes them all
 * in one go rather than one per attempt. The message summarises and counts them all; `problems`
 * lists the first hundred and then how many more there are.
 */
export class IngestError extends Error {
  override readonly name = 'IngestError';
  readonly problems: IngestProblem[];

  constructor(problems: IngestProblem[]) {
    super(summarise(problems));
    this.problems = listed(problems);
  }
}
