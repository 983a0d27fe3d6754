/**
 * The standing priorities every borough has (anti-social behaviour and the mandatory high-harm
 * crimes): the measure of anti-social behaviour the other demo measures lack, and the figures the
 * Met's Business Plan 2018-19 quotes for it and for child sexual exploitation. Figures are facts from the plan; the words are
 * ours.
 *
 * The plan gives anti-social behaviour only as a change: calls about it fell 9.4 per cent in the
 * year to April 2018 (25,937 fewer calls than the year before). It gives neither year's count,
 * and a count worked back from a rounded percentage would be a figure the plan never published,
 * so the measure holds the change itself. Child sexual exploitation is one year's count (3,235
 * offences in 2017-18), with nothing earlier to judge it against, for the framework's measure.
 *
 * As in recordedCrime.ts, the plan carries no date: its figures are dated as at 2018-06-30, the
 * end of the last quarter it looks back on.
 */
import type { MeasureDefinition, Observation } from '../../src/domain/measures/index.js';
import { published } from './measureParts.js';

const BUSINESS_PLAN = { source: 'Met Business Plan 2018-19', asAt: '2018-06-30' };

export const standingPriorityMeasures: MeasureDefinition[] = [
  {
    code: 'asb',
    name: 'Change in anti-social behaviour calls',
    definition:
      'Calls to the police about anti-social behaviour over a year, as a percentage change on the year before. The Business Plan 2018-19 gives the change (down 9.4%, 25,937 fewer calls in the year to April 2018), not the counts.',
    unit: 'percentage',
    unitWords: 'per cent',
    polarity: 'lower-is-better',
    frequency: 'rolling-12-months',
    source: 'Metropolitan Police Service calls about anti-social behaviour',
    areaKinds: ['force'],
    breakdowns: [],
    target: null,
    crimeCategory: null,
    aims: [],
  },
];

export const standingPriorityObservations: Observation[] = [
  // "The year to April 2018 shows a 9.4 per cent reduction over the previous year."
  published(BUSINESS_PLAN, { measureCode: 'asb', period: 'R12 2018-04', value: -9.4 }),
  // The plan's child sexual exploitation offences, for the framework's measure of them (pcpFramework.ts).
  published(BUSINESS_PLAN, { measureCode: 'cse-reports', period: 'FY 2017-18', value: 3_235 }),
];
