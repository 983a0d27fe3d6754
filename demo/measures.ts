/**
 * Demo measures: the Police and Crime Plan 2017-21's performance framework and the crime
 * figures the Met's 2018-19 Business Plan quotes for 2016-17 and 2017-18 (recorded offences in
 * London). Figures are facts from the documents; definitions are in our own words. Monthly
 * borough series are not in the documents: the demo loads them from the real MPS files in
 * demo/data (see demo/crimeFiles.ts).
 *
 * Each quoted figure is an observation published by the Business Plan. The plan's text carries
 * no date. It was written after June 2018 (it speaks of the first quarter of 2018-19, the
 * THRIVE+ pilot and CONTEST of June 2018, in the past tense), so its figures are dated as at
 * 2018-06-30, the end of the last quarter it looks back on: a date read from the text, not one it
 * states. A later publication of the same years (a revised plan, the Met's data file) is a newer
 * vintage shown beside them, never one that silently replaces them.
 */
import type { MeasureDefinition, Observation, Polarity } from '../src/domain/measures/index.js';

const PCP = 'police-and-crime-plan-2017-21';
const BUSINESS_PLAN = 'Met Business Plan 2018-19';
const BUSINESS_PLAN_AS_AT = '2018-06-30';
const RECORDED = 'Metropolitan Police Service recorded crime';

function crimeMeasure(
  code: string,
  name: string,
  definition: string,
  polarity: Polarity,
  crimeCategory: string | null,
  aims: MeasureDefinition['aims'] = [],
): MeasureDefinition {
  return {
    code,
    name,
    definition,
    unit: 'count',
    unitWords: 'offences',
    polarity,
    frequency: 'monthly',
    source: RECORDED,
    areaKinds: ['force', 'bcu', 'borough'],
    breakdowns: [],
    target: null,
    crimeCategory,
    aims,
  };
}

function surveyMeasure(
  code: string,
  name: string,
  definition: string,
  source: string,
  aims: MeasureDefinition['aims'],
): MeasureDefinition {
  return {
    code,
    name,
    definition,
    unit: 'percentage',
    unitWords: 'per cent',
    polarity: 'higher-is-better',
    frequency: 'rolling-12-months',
    source,
    areaKinds: ['force', 'borough'],
    breakdowns: ['ethnicity', 'age'],
    target: null,
    crimeCategory: null,
    aims,
  };
}

export const demoMeasures: MeasureDefinition[] = [
  crimeMeasure(
    'crime-total',
    'All recorded crime',
    'Total notifiable offences recorded by the Met.',
    'lower-is-better',
    'all-crime',
  ),
  crimeMeasure(
    'violence-against-the-person',
    'Violence against the person',
    'Recorded offences of violence against the person, from homicide to harassment.',
    'lower-is-better',
    'violence-against-the-person',
  ),
  crimeMeasure(
    'homicide',
    'Homicide',
    'Murders and manslaughters recorded in the year.',
    'lower-is-better',
    'homicide',
  ),
  crimeMeasure(
    'knife-crime',
    'Knife crime',
    'Offences in which a knife or sharp instrument was used or threatened.',
    'lower-is-better',
    null,
    [{ planKey: PCP, nodeRef: 'children-young-people' }],
  ),
  crimeMeasure(
    'knife-crime-with-injury',
    'Knife crime with injury',
    'Knife crime offences in which the victim was injured.',
    'lower-is-better',
    null,
    [{ planKey: PCP, nodeRef: 'children-young-people' }],
  ),
  crimeMeasure(
    'gun-crime',
    'Gun crime',
    'Offences in which a firearm was used or threatened.',
    'lower-is-better',
    null,
    [{ planKey: PCP, nodeRef: 'children-young-people' }],
  ),
  crimeMeasure(
    'lethal-barrelled-discharges',
    'Lethal-barrelled gun discharges',
    'Shots fired from lethal-barrelled firearms.',
    'lower-is-better',
    null,
    [{ planKey: PCP, nodeRef: 'children-young-people' }],
  ),
  crimeMeasure(
    'sexual-offences',
    'Sexual offences',
    'Recorded sexual offences; more victims coming forward is the direction the plan wants.',
    'increase-in-reporting-wanted',
    'sexual-offences',
    [{ planKey: PCP, nodeRef: 'vawg' }],
  ),
  crimeMeasure(
    'rape',
    'Rape',
    'Recorded rape offences; more victims coming forward is wanted.',
    'increase-in-reporting-wanted',
    'rape',
    [{ planKey: PCP, nodeRef: 'vawg' }],
  ),
  crimeMeasure(
    'domestic-abuse',
    'Domestic abuse offences',
    'Offences flagged as domestic abuse; more victims coming forward is wanted.',
    'increase-in-reporting-wanted',
    null,
    [{ planKey: PCP, nodeRef: 'vawg' }],
  ),
  crimeMeasure(
    'hate-crime-race',
    'Racist hate crime',
    'Offences flagged as racially motivated; more victims reporting is wanted.',
    'increase-in-reporting-wanted',
    null,
    [{ planKey: PCP, nodeRef: 'hatred-extremism' }],
  ),
  crimeMeasure(
    'hate-crime-faith',
    'Faith hate crime',
    'Offences flagged as motivated by hostility to a faith.',
    'increase-in-reporting-wanted',
    null,
    [{ planKey: PCP, nodeRef: 'hatred-extremism' }],
  ),
  crimeMeasure(
    'hate-crime-islamophobic',
    'Islamophobic hate crime',
    'Offences flagged as Islamophobic.',
    'increase-in-reporting-wanted',
    null,
    [{ planKey: PCP, nodeRef: 'hatred-extremism' }],
  ),
  crimeMeasure(
    'hate-crime-antisemitic',
    'Anti-Semitic hate crime',
    'Offences flagged as anti-Semitic.',
    'increase-in-reporting-wanted',
    null,
    [{ planKey: PCP, nodeRef: 'hatred-extremism' }],
  ),
  crimeMeasure(
    'hate-crime-homophobic',
    'Homophobic hate crime',
    'Offences flagged as homophobic.',
    'increase-in-reporting-wanted',
    null,
    [{ planKey: PCP, nodeRef: 'hatred-extremism' }],
  ),
  crimeMeasure(
    'hate-crime-disability',
    'Disability hate crime',
    'Offences flagged as motivated by hostility to disability.',
    'increase-in-reporting-wanted',
    null,
    [{ planKey: PCP, nodeRef: 'hatred-extremism' }],
  ),
  crimeMeasure(
    'hate-crime-transgender',
    'Transgender hate crime',
    'Offences flagged as transphobic.',
    'increase-in-reporting-wanted',
    null,
    [{ planKey: PCP, nodeRef: 'hatred-extremism' }],
  ),
  crimeMeasure(
    'burglary',
    'Burglary',
    'Recorded burglaries of homes and of other buildings.',
    'lower-is-better',
    'burglary',
  ),
  crimeMeasure(
    'robbery',
    'Robbery',
    'Recorded robberies of personal and business property.',
    'lower-is-better',
    'robbery',
  ),
  surveyMeasure(
    'public-confidence',
    'Public confidence',
    'Share of Londoners in the Public Attitude Survey who rate the police in their area excellent or good.',
    'MOPAC Public Attitude Survey',
    [{ planKey: PCP, nodeRef: 'better-police-service' }],
  ),
  surveyMeasure(
    'victim-satisfaction',
    'Victim satisfaction',
    'Share of victims in the User Satisfaction Survey satisfied with the service they received overall.',
    'MOPAC User Satisfaction Survey',
    [{ planKey: PCP, nodeRef: 'better-police-service' }],
  ),
];

/** [measure, 2016-17, 2017-18] for London, as the 2018-19 Business Plan quotes them. */
const LONDON_YEARS: [string, number, number][] = [
  ['crime-total', 777_458, 827_225],
  ['violence-against-the-person', 237_774, 250_287],
  ['homicide', 109, 157],
  ['knife-crime', 12_115, 14_680],
  ['knife-crime-with-injury', 4_446, 4_700],
  ['gun-crime', 2_553, 2_435],
  ['lethal-barrelled-discharges', 313, 386],
  ['sexual-offences', 17_880, 19_854],
  ['rape', 6_510, 7_755],
  ['hate-crime-race', 17_203, 16_944],
  ['hate-crime-faith', 2_110, 2_500],
  ['hate-crime-homophobic', 2_042, 2_091],
  ['hate-crime-islamophobic', 1_266, 1_667],
  ['hate-crime-antisemitic', 542, 518],
  ['hate-crime-disability', 667, 442],
  ['hate-crime-transgender', 200, 174],
  ['burglary', 69_528, 77_626],
  ['robbery', 24_202, 32_869],
];

function observation(measureCode: string, areaCode: string, period: string, value: number): Observation {
  return {
    measureCode,
    areaCode,
    period,
    breakdown: null,
    value,
    numerator: null,
    denominator: null,
    sampleSize: null,
    designEffect: null,
    status: 'final',
    source: BUSINESS_PLAN,
    asAt: BUSINESS_PLAN_AS_AT,
    synthetic: false,
  };
}

export const demoObservations: Observation[] = [
  ...LONDON_YEARS.flatMap(([code, before, after]) => [
    observation(code, 'MPS', 'FY 2016-17', before),
    observation(code, 'MPS', 'FY 2017-18', after),
  ]),
  observation('domestic-abuse', 'MPS', 'FY 2017-18', 78_620),
  // The plan's borough confidence example, quoting the Public Attitude Survey, rolling year to Quarter 2 2016-17.
  observation('public-confidence', 'hammersmith-and-fulham', 'R12 2016-09', 82),
  observation('public-confidence', 'hillingdon', 'R12 2016-09', 56),
];
