import { everyone, type MatrixEntry } from './authorisationOutcomes.js';

/** The coverage CSV's row of the authorisation matrix: public, as the coverage page is. */
export const COVERAGE_MATRIX: Record<string, MatrixEntry> = {
  getPlanCoverageCsv: { url: '/api/plans/1/coverage.csv', expected: everyone(200) },
};
