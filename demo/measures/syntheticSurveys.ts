/**
 * A small, clearly labelled set of invented survey figures. The documents quote no London-wide
 * victim satisfaction, only that a "sizeable and enduring" gap separates white and BAME victims;
 * these two years, with sample sizes, let the pages show how a survey measure and its change are
 * judged. Every one is marked synthetic and names no real publication.
 */
import type { Observation } from '../../src/domain/measures/index.js';

const SYNTHETIC = { source: 'Synthetic demonstration figures', asAt: '2018-06-30' };

function survey(period: string, breakdown: string | null, satisfied: number, asked: number): Observation {
  return {
    measureCode: 'victim-satisfaction',
    areaCode: 'MPS',
    period,
    breakdown,
    value: Math.round((satisfied / asked) * 1000) / 10,
    numerator: satisfied,
    denominator: asked,
    sampleSize: asked,
    designEffect: null,
    status: 'final',
    source: SYNTHETIC.source,
    asAt: SYNTHETIC.asAt,
    synthetic: true,
  };
}

export const syntheticSurveyObservations: Observation[] = [
  survey('R12 2017-03', null, 6_376, 8_640),
  survey('R12 2018-03', null, 6_052, 8_500),
  survey('R12 2018-03', 'ethnicity: White', 3_560, 4_700),
  survey('R12 2018-03', 'ethnicity: BAME', 2_492, 3_800),
];
