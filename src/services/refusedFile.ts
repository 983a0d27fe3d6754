import { BluelampProblem } from '../domain/errors.js';
import { describeIngestProblem, type IngestError } from '../ingest/index.js';

/** Every problem of a refused file, each with its row and column, so one pass fixes the whole file. */
export function refusedFile(error: IngestError): BluelampProblem {
  const shown = error.problems.slice(0, 25).map(describeIngestProblem);
  const more = error.problems.length > shown.length ? `; and ${error.problems.length - shown.length} more` : '';
  const count = error.problems.length === 1 ? 'One problem' : `${error.problems.length} problems`;
  return new BluelampProblem('invalid-input', `Nothing was loaded. ${count}: ${shown.join('; ')}${more}.`, 'file');
}
