import { everyone, type MatrixEntry } from './authorisationOutcomes.js';

/** Rows of the authorisation matrix for a plan's aims and their measures: public reading. */
export const AIM_MATRIX: Record<string, MatrixEntry> = {
  listAimMeasures: { url: '/api/plans/1/aims', expected: everyone(200) },
};
