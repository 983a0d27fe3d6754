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
  return `${describeIngestProblem(first)} (and ${more} more problem${more === 1 ? '' : 's'})`;
}

/**
 * A file that cannot be taken in, with every problem found in it, so the person fixes them all
 * in one go rather than one per attempt. The message summarises; `problems` lists them all.
 */
export class IngestError extends Error {
  override readonly name = 'IngestError';

  constructor(readonly problems: IngestProblem[]) {
    super(summarise(problems));
  }
}
