import type { IngestProblem } from '../../ingest/index.js';

/** " (27 rows, the first here)" for a problem that many rows share; nothing for one row. */
export function describeRows(rows: readonly number[]): string {
  return rows.length > 1 ? ` (${rows.length.toLocaleString('en-GB')} rows, the first here)` : '';
}

/** Problems in the order of the file: the header and whole-file problems first, then by row. */
export function inFileOrder(problems: readonly IngestProblem[]): IngestProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => (a.problem.row ?? 0) - (b.problem.row ?? 0) || a.index - b.index)
    .map(({ problem }) => problem);
}
