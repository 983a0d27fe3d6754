import { allowedFor, everyone, type MatrixEntry } from './authorisationOutcomes.js';
import { FINDING_MEASURE_MATRIX } from './findingMeasureMatrix.js';

/**
 * Rows of the authorisation matrix for a finding's public face: the pages everyone reads, and
 * publishing the public summary of the force's response, which only the performance team does.
 */
export const FINDING_MATRIX: Record<string, MatrixEntry> = {
  getFinding: { url: '/api/findings/peel-2018-19-met/PVP-AFI-2', expected: everyone(200) },
  getInspectionReadiness: { url: '/api/inspections/peel-2018-19-met/readiness?on=2020-10-01', expected: everyone(200) },
  getGradeComparison: { url: '/api/inspections/peel-2018-19-met/comparison', expected: everyone(200) },
  // Each allowed caller publishes the summary anew; the public reads the latest.
  publishFindingResponse: {
    url: '/api/findings/peel-2018-19-met/INV-AFI-2/public-response',
    body: { summary: 'The force has trained every investigator in the new standard.' },
    expected: allowedFor(['performance', 'admin']),
  },
  ...FINDING_MEASURE_MATRIX,
};
