import { allowedFor, type MatrixEntry } from './authorisationOutcomes.js';

/**
 * Rows of the authorisation matrix for the measures a finding names: only the performance team
 * links and unlinks them, as it does milestones.
 */
export const FINDING_MEASURE_MATRIX: Record<string, MatrixEntry> = {
  // The first caller allowed links the measure; the second finds it linked already.
  linkFindingMeasure: {
    url: '/api/findings/peel-2018-19-met/INV-AFI-1/measures',
    body: { measure: 'crime-total' },
    expected: { ...allowedFor(['performance', 'admin']), admin: 409 },
  },
  // The demo's own link: the first caller allowed removes it, the second finds it gone.
  unlinkFindingMeasure: {
    url: '/api/findings/peel-2018-19-met/PVP-AFI-1/measures/999-calls-answered-in-target',
    expected: { ...allowedFor(['performance', 'admin']), admin: 404 },
  },
};
