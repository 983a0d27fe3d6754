import { everyone, type MatrixEntry } from './authorisationOutcomes.js';

/**
 * Gaps between groups in the authorisation matrix: public reads. All-crime has no figures by
 * ethnicity, so every caller reaches the service and gets its 404 naming what is missing, not a 401 or 403.
 */
export const GROUP_GAP_MATRIX: Record<string, MatrixEntry> = {
  getGroupGaps: { url: '/api/measures/crime-total/gaps?group=ethnicity&reference=White', expected: everyone(404) },
  getGroupObservationTemplate: { url: '/api/observation-template/by-group', expected: everyone(200) },
};
