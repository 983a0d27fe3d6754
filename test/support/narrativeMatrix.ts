import { narratives2018Q1 } from '../../demo/plans/narratives2018Q1.js';
import { allowedFor, everyone, type MatrixEntry } from './authorisationOutcomes.js';

// The demo publishes its Quarter 1 narratives first, so the matrix's own draft comes next. The
// update routes run before these and publish Quarter 2, so the plan is collecting Quarter 3.
const DRAFT = narratives2018Q1.length + 1;

/**
 * Rows of the authorisation matrix for chapter and section narratives ("other progress"). The
 * performance team writes them and reviewers of updates approve them; each allowed caller acts
 * at the version it read first, so after the performance team's write the admin hears 409.
 */
export const NARRATIVE_MATRIX: Record<string, MatrixEntry> = {
  listQuarterNarratives: { url: '/api/plans/2/quarters/2018-19-Q1/narratives', expected: everyone(200) },
  saveQuarterNarrative: {
    url: '/api/plans/2/quarters/2018-19%20Q3/narratives/3.2',
    body: { version: 0, narrative: 'A draft the matrix writes to try who may.' },
    expected: { ...allowedFor(['performance', 'admin']), admin: 409 },
  },
  submitQuarterNarrative: {
    url: `/api/narratives/${DRAFT}/submit`,
    body: { version: 1 },
    expected: { ...allowedFor(['performance', 'admin']), admin: 409 },
  },
  approveQuarterNarrative: {
    url: `/api/narratives/${DRAFT}/approve`,
    body: { version: 2 },
    expected: { ...allowedFor(['performance', 'admin']), admin: 409 },
  },
  returnQuarterNarrative: {
    url: `/api/narratives/${DRAFT}/return`,
    body: { version: 3, comment: 'Say how many deployments there were.' },
    expected: { ...allowedFor(['performance', 'admin']), admin: 409 },
  },
};
