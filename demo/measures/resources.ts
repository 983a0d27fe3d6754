/**
 * Demo resources: the money and people figures the Met's 2018-19 Business Plan and the PEEL
 * 2018/19 report quote, each held as an observation of a finance
 * or workforce measure from the document that published it. Definitions are our own words; the
 * numbers, periods and wording ("about", "approximately") carry over from the documents.
 *
 * Dating follows the rule in demo/measures.ts: a figure is dated as at a date read from its
 * document. The Business Plan's figures stand at 2018-06-30. The PEEL report prints only
 * "September 2019", so its figures stand at 2019-09-01, as the inspection's own record and the
 * inspection measures (inspectionMeasures.ts) date it; the period says which year a figure
 * describes (its panels give workforce "as of 31 March 2019", filed under 2018-19, and the 2014
 * comparison under 2013-14).
 *
 * Money is held in pounds, not millions: the unit already exists, spend per head (£297) shares
 * it, and a value never needs its unit to know how big it is. Pages print £m.
 */
import {
  observationOf,
  type MeasureDefinition,
  type MeasureKind,
  type MeasureUnit,
  type Observation,
} from '../../src/domain/measures/index.js';
import { peel2018Met } from '../peel2018.js';

const BUSINESS_PLAN = 'Met Business Plan 2018-19';
const BUSINESS_PLAN_AS_AT = '2018-06-30';
/** The inspection's own source line, so the inspection finds its context figures by source. */
export const PEEL_SOURCE = peel2018Met.source;
const PEEL_AS_AT = peel2018Met.publishedOn;
/**
 * The officer shares are the performance framework's measures (pcpFramework.ts, aim P4: a
 * workforce that represents London), which already hold the Police and Crime Plan's 26% and
 * 12.9%; the later documents' figures go beside those rather than onto a second measure.
 */
export const FEMALE_OFFICERS = 'female-officers-share';
export const BAME_OFFICERS = 'bame-officers-share';

/** The force area; figures for England and Wales as a whole sit beside it as the PEEL comparator. */
const MET = 'MPS';
export const ENGLAND_AND_WALES = 'england-and-wales';

const MILLION = 1_000_000;

function resource(
  kind: Exclude<MeasureKind, 'performance'>,
  code: string,
  name: string,
  definition: string,
  unit: MeasureUnit,
  unitWords: string,
  source: string,
): MeasureDefinition {
  return {
    code,
    name,
    definition,
    unit,
    unitWords,
    polarity: 'context-only',
    frequency: 'annual',
    source,
    areaKinds: ['force'],
    breakdowns: [],
    target: null,
    crimeCategory: null,
    aims: [],
    kind,
  };
}

const finance = (code: string, name: string, definition: string, source = BUSINESS_PLAN) =>
  resource('finance', code, name, definition, 'pounds', 'pounds', source);
/** The Business Plan rounds its headcounts ("about 30,000 police officers"); the definitions say so. */
const headcount = (code: string, name: string, definition: string, unitWords: string) =>
  resource('workforce', code, name, `${definition} A rounded figure ("about").`, 'number', unitWords, BUSINESS_PLAN);
const fte = (code: string, name: string, definition: string) =>
  resource('workforce', code, name, definition, 'number', 'full-time equivalents', PEEL_SOURCE);
const share = (code: string, name: string, definition: string, source: string) =>
  resource('workforce', code, name, definition, 'percentage', 'per cent', source);

export const resourceMeasures: MeasureDefinition[] = [
  finance('revenue-budget', 'Revenue budget', "The year's forecast resources: the total the Mayor's budget funds."),
  finance('savings-required', 'Savings required', 'Savings the force still has to find over the years named.'),
  finance(
    'savings-identified',
    'Savings identified',
    'Of the savings required, those identified but not yet delivered.',
  ),
  finance('savings-delivered', 'Savings delivered', 'Savings already made over the years named.'),
  finance('capital-programme', 'Capital programme', 'Capital budget over the years named.'),
  finance('reserves', 'Reserves', 'General and earmarked reserves held at the end of the year.'),
  finance(
    'spend-per-head',
    'Spend per head of population',
    'Net spending divided by the population served.',
    PEEL_SOURCE,
  ),
  headcount('workforce-total', 'People employed', 'Everyone the force employs.', 'people'),
  headcount('police-officers', 'Police officers', 'Police officers employed.', 'officers'),
  headcount('pcsos', 'Police community support officers', 'PCSOs employed.', 'PCSOs'),
  headcount('police-staff', 'Police staff', 'Police staff employed.', 'staff'),
  headcount('special-constables', 'Special constables', 'Volunteer officers with full police powers.', 'specials'),
  headcount('volunteers', 'Active volunteers', 'Volunteers other than special constables.', 'volunteers'),
  fte('police-officers-fte', 'Police officers (FTE)', 'Police officers in post, as full-time equivalents.'),
  fte('pcsos-fte', 'PCSOs (FTE)', 'PCSOs in post, as full-time equivalents.'),
  fte('police-staff-fte', 'Police staff (FTE)', 'Police staff in post, as full-time equivalents.'),
  share(
    'workforce-bame-share',
    'BAME workforce',
    'Black, Asian and minority ethnic people as a share of the workforce who stated their ethnicity.',
    PEEL_SOURCE,
  ),
  share(
    'workforce-white-share',
    'White workforce',
    'White people as a share of the workforce who stated their ethnicity.',
    PEEL_SOURCE,
  ),
  share(
    'workforce-ethnicity-not-stated',
    'Ethnicity not stated',
    'Share of the whole workforce who did not state an ethnicity.',
    PEEL_SOURCE,
  ),
  share(
    'population-bame-share',
    "London's BAME population",
    'Black, Asian and minority ethnic residents as a share of the local population.',
    PEEL_SOURCE,
  ),
  share(
    'population-white-share',
    "London's White population",
    'White residents as a share of the local population.',
    PEEL_SOURCE,
  ),
];

interface Quoted {
  readonly area?: string;
  readonly status?: Observation['status'];
}

function quoted(
  measureCode: string,
  period: string,
  value: number,
  source: string,
  asAt: string,
  options: Quoted = {},
): Observation {
  return observationOf({
    measureCode,
    areaCode: options.area ?? MET,
    period,
    value,
    source,
    asAt,
    status: options.status ?? 'final',
  });
}

const plan = (code: string, period: string, value: number, options?: Quoted) =>
  quoted(code, period, value, BUSINESS_PLAN, BUSINESS_PLAN_AS_AT, options);
const peel = (code: string, period: string, value: number, options?: Quoted) =>
  quoted(code, period, value, PEEL_SOURCE, PEEL_AS_AT, options);
const forecast: Quoted = { status: 'provisional' };

/** Forecast resources, £m, as the plan's table of the Mayor's consolidated budget (March 2018) gives them. */
const FORECAST_RESOURCES: [string, number][] = [
  ['FY 2019-20', 3_348],
  ['FY 2020-21', 3_355],
  ['FY 2021-22', 3_386],
];

export const resourceObservations: Observation[] = [
  plan('revenue-budget', 'FY 2018-19', 3_331 * MILLION),
  ...FORECAST_RESOURCES.map(([period, value]) => plan('revenue-budget', period, value * MILLION, forecast)),
  plan('savings-required', 'FY 2019-20 to FY 2022-23', 250 * MILLION, forecast),
  // The Mayor's consolidated budget of March 2018 put it at £325m; the plan updates it to £250m.
  plan('savings-required', 'FY 2018-19 to FY 2021-22', 325 * MILLION, forecast),
  plan('savings-identified', 'FY 2019-20 to FY 2022-23', 55 * MILLION),
  plan('savings-delivered', 'FY 2012-13 to FY 2018-19', 720 * MILLION),
  plan('capital-programme', 'FY 2018-19 to FY 2021-22', 1_240 * MILLION),
  plan('reserves', 'FY 2014-15', 420 * MILLION),
  plan('reserves', 'FY 2022-23', 64 * MILLION, forecast),
  peel('spend-per-head', 'FY 2018-19', 297, forecast),
  peel('spend-per-head', 'FY 2018-19', 192, { area: ENGLAND_AND_WALES, status: 'provisional' }),
  plan('workforce-total', 'FY 2018-19', 42_000),
  plan('police-officers', 'FY 2018-19', 30_000),
  plan('pcsos', 'FY 2018-19', 1_300),
  plan('police-staff', 'FY 2018-19', 8_500),
  plan('special-constables', 'FY 2018-19', 2_200),
  plan('volunteers', 'FY 2018-19', 900),
  peel('police-officers-fte', 'FY 2018-19', 30_435),
  peel('police-officers-fte', 'FY 2013-14', 30_932),
  peel('pcsos-fte', 'FY 2018-19', 1_255),
  peel('pcsos-fte', 'FY 2013-14', 2_087),
  peel('police-staff-fte', 'FY 2018-19', 8_390),
  peel('police-staff-fte', 'FY 2013-14', 11_303),
  plan(FEMALE_OFFICERS, 'FY 2018-19', 26),
  plan(BAME_OFFICERS, 'FY 2018-19', 14),
  // PEEL's panel says 27%; its text says 39.5% of officers are women. The panel is the one dated.
  peel(FEMALE_OFFICERS, 'FY 2018-19', 27),
  peel(FEMALE_OFFICERS, 'FY 2018-19', 30, { area: ENGLAND_AND_WALES }),
  peel('workforce-bame-share', 'FY 2018-19', 18.4),
  peel('workforce-white-share', 'FY 2018-19', 81.6),
  peel('workforce-ethnicity-not-stated', 'FY 2018-19', 3.0),
  peel('population-bame-share', 'FY 2018-19', 40.2),
  peel('population-white-share', 'FY 2018-19', 59.8),
];
