/**
 * Demo measures that show whether the PEEL 2018/19 report's problems are being fixed: the vetting
 * backlog, sex offender managers' caseloads, calls answered in time and stop and search records
 * supervised. Each figure the report quotes for them is an observation published by the report,
 * as at its date (it prints only "September 2019", so the first of the month stands in, as the
 * inspection's own record does). Definitions are our own words; numbers, periods and wording
 * ("approximately") carry over from the report.
 *
 * A figure's period is the time the report says it describes (December 2018, April 2019, July and
 * September 2018, March 2019). Where the report gives none (the London average caseload), the
 * inspection year, 2018-19, stands in. The caseload figures from 2016 ("between 50 and 60") are a
 * range, not a figure, and are left out.
 */
import type { MeasureDefinition, Observation } from '../../src/domain/measures/index.js';
import { peel2018Met } from '../peel2018.js';
import { countMeasure, published, shareMeasure } from './measureParts.js';

// The report's own citation, as the inspection and the resource figures name it, so one document has one name.
const PEEL = { source: peel2018Met.source, asAt: peel2018Met.publishedOn };

/** The measures the demo's PEEL findings name (src/services/demo/loadDemoInspections.ts links them). */
export const INSPECTION_MEASURE_LINKS: readonly { readonly ref: string; readonly measure: string }[] = [
  { ref: 'ELB-CoC-1', measure: 'vetting-backlog' },
  { ref: 'ELB-CoC-1', measure: 'workforce-without-vetting' },
  { ref: 'ELB-REC-1', measure: 'workforce-without-vetting' },
  { ref: 'PVP-CoC-1', measure: 'offender-manager-caseload' },
  { ref: 'PVP-REC-1', measure: 'offender-manager-caseload' },
  { ref: 'PVP-AFI-1', measure: '999-calls-answered-in-target' },
  { ref: 'PVP-AFI-1', measure: '101-calls-answered-in-target' },
  { ref: 'TPF-AFI-3', measure: 'stop-search-records-supervised' },
];

const FORCE_ONLY = { areaKinds: ['force'], breakdowns: [] } as const;

export const inspectionMeasures: MeasureDefinition[] = [
  countMeasure({
    code: 'vetting-backlog',
    name: 'Vetting backlog',
    definition: 'Officers and staff who do not hold the vetting their post needs.',
    source: 'Metropolitan Police Service vetting unit, as HMICFRS reports it',
    aims: [],
    polarity: 'lower-is-better',
    unitWords: 'staff without appropriate vetting',
    frequency: 'monthly',
    ...FORCE_ONLY,
  }),
  shareMeasure({
    code: 'workforce-without-vetting',
    name: 'Workforce without up-to-date vetting',
    definition: 'Share of the workforce whose security vetting is missing or out of date, overall and by role.',
    source: 'Metropolitan Police Service vetting unit, as HMICFRS reports it',
    aims: [],
    polarity: 'lower-is-better',
    frequency: 'monthly',
    areaKinds: ['force'],
    breakdowns: ['role'],
  }),
  {
    ...countMeasure({
      code: 'offender-manager-caseload',
      name: 'Registered sex offenders per offender manager',
      definition:
        'Registered sex offenders managed by each sex offender manager, on average across London; national guidance suggests around 50.',
      source: 'Metropolitan Police Service offender management figures, as HMICFRS reports them',
      aims: [],
      polarity: 'lower-is-better',
      unitWords: 'offenders per manager',
      ...FORCE_ONLY,
    }),
    unit: 'number',
  },
  shareMeasure({
    code: '999-calls-answered-in-target',
    name: '999 calls answered in target time',
    definition: 'Share of 999 calls the control room answered within the target time.',
    source: 'Metropolitan Police Service control room figures, as HMICFRS reports them',
    aims: [],
    frequency: 'monthly',
    ...FORCE_ONLY,
  }),
  shareMeasure({
    code: '101-calls-answered-in-target',
    name: '101 calls answered in target time',
    definition: 'Share of 101 (non-emergency) calls answered within the target time.',
    source: 'Metropolitan Police Service control room figures, as HMICFRS reports them',
    aims: [],
    frequency: 'monthly',
    ...FORCE_ONLY,
  }),
  shareMeasure({
    code: '101-calls-abandoned',
    name: '101 calls abandoned',
    definition: 'Share of 101 (non-emergency) calls the caller gave up on before they were answered.',
    source: 'Metropolitan Police Service control room figures, as HMICFRS reports them',
    aims: [],
    polarity: 'lower-is-better',
    frequency: 'monthly',
    ...FORCE_ONLY,
  }),
  shareMeasure({
    code: 'stop-search-records-supervised',
    name: 'Stop and search records dip-sampled by supervisors',
    definition: 'Share of stop and search records a supervisor checked in the month.',
    source: 'Metropolitan Police Service stop and search supervision figures, as HMICFRS reports them',
    aims: [],
    frequency: 'monthly',
    ...FORCE_ONLY,
  }),
];

function peel(measureCode: string, period: string, value: number, breakdown?: string): Observation {
  return published(PEEL, { measureCode, period, value, ...(breakdown === undefined ? {} : { breakdown }) });
}

export const inspectionObservations: Observation[] = [
  // "approximately 16,000 staff who did not hold appropriate vetting", December 2018.
  peel('vetting-backlog', '2018-12', 16_000),
  peel('workforce-without-vetting', '2019-04', 37),
  peel('workforce-without-vetting', '2019-04', 33, 'role: officers'),
  peel('workforce-without-vetting', '2019-04', 72, 'role: PCSOs'),
  peel('workforce-without-vetting', '2019-04', 45, 'role: police staff'),
  peel('offender-manager-caseload', 'FY 2018-19', 60),
  // Before and after the automated call filter of 15 August 2018.
  peel('999-calls-answered-in-target', '2018-07', 56),
  peel('999-calls-answered-in-target', '2018-09', 78),
  peel('101-calls-answered-in-target', '2018-07', 7),
  peel('101-calls-answered-in-target', '2018-09', 61),
  peel('101-calls-abandoned', '2018-07', 57),
  peel('101-calls-abandoned', '2018-09', 23),
  // 18,540 records dip-sampled in March 2019, 69 per cent of them.
  { ...peel('stop-search-records-supervised', '2019-03', 69), numerator: 18_540 },
];
