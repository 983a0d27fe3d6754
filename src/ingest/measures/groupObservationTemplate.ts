import { formatCsv } from '../csv/csvRows.js';
import { OBSERVATION_COLUMNS } from './observationSheet.js';

/**
 * A template for survey results by group: the observation columns, one row per group, the group
 * written "<breakdown>: <group>" in the Breakdown column, and a row with no breakdown for the
 * whole population. Numerator, denominator, sample size and design effect are what the gap tests
 * need; a group without a sample size is shown but not tested.
 */
export function groupObservationTemplateCsv(): string {
  const row = (breakdown: string, value: string, numerator: string, denominator: string) => [
    'public-confidence',
    'London',
    'R12 2018-03',
    value,
    'final',
    breakdown,
    numerator,
    denominator,
    denominator,
    '1.3',
    '2018-04-30',
  ];
  return formatCsv([
    [...OBSERVATION_COLUMNS],
    row('', '77', '9856', '12800'),
    row('ethnicity: White', '80', '5920', '7400'),
    row('ethnicity: Black', '68', '1088', '1600'),
    row('ethnicity: Asian', '76', '1824', '2400'),
    row('ethnicity: Mixed', '72', '432', '600'),
    row('ethnicity: Other', '74', '592', '800'),
  ]);
}
