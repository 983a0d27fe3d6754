import { everyone, type MatrixEntry } from './authorisationOutcomes.js';

/** The resources route's row: published budget and workforce figures, readable by everyone as the measures are. */
export const RESOURCE_MATRIX: Record<string, MatrixEntry> = {
  getResources: { url: '/api/resources', expected: everyone(200) },
};
