import { allowedFor, signedIn, type MatrixEntry } from './authorisationOutcomes.js';

const risk = {
  ref: 'MX-1',
  title: 'Matrix risk',
  owner: 'Matrix owner',
  cause: 'Matrix cause',
  consequence: 'Matrix consequence',
  inherent: { likelihood: 2, impact: 2 },
  residual: { likelihood: 1, impact: 2 },
  treatment: 'tolerate',
  controls: [],
  actions: [],
  boards: ['audit-panel'],
  milestones: [],
  findings: [],
  scoreNote: null,
};

/**
 * The risk register's rows of the authorisation matrix: anyone signed in reads it, only the
 * performance team and admins change it.
 */
export const RISK_MATRIX: Record<string, MatrixEntry> = {
  listRisks: { url: '/api/risks', expected: signedIn(200) },
  getRiskHeatMapSvg: { url: '/api/risks/heat-map.svg', expected: signedIn(200) },
  getRisk: { url: '/api/risks/SR-1', expected: signedIn(200) },
  // The first caller allowed adds it; the second finds the ref taken.
  addRisk: { url: '/api/risks', body: risk, expected: { ...allowedFor(['performance', 'admin']), admin: 409 } },
  // The demo's SR-4 is at version 2 (reviewed once): the first caller allowed edits it; the second holds a stale version.
  editRisk: {
    url: '/api/risks/SR-4',
    body: {
      expectedVersion: 2,
      fields: {
        ...risk,
        ref: undefined,
        title: 'The workforce does not come to reflect the London it serves (matrix)',
        boards: ['audit-panel'],
      },
    },
    expected: { ...allowedFor(['performance', 'admin']), admin: 409 },
  },
  // SR-3 is at version 2; meeting 1 is the Performance Group's, which does not oversee SR-3: callers allowed get past the permission check to the 400.
  reviewRisk: {
    url: '/api/risks/SR-3/reviews',
    body: { expectedVersion: 2, meeting: 1, residual: { likelihood: 3, impact: 4 }, note: 'Matrix review' },
    expected: { ...allowedFor(['performance', 'admin']), performance: 400, admin: 400 },
  },
};
