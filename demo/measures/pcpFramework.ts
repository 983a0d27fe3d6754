/**
 * The Police and Crime Plan 2017-21's five-theme framework, one or more measures per aim (P1–P5,
 * C1–C3, Y1–Y5, V1–V4, H1–H4), beside the recorded crime measures in recordedCrime.ts. Each
 * measure's `source` is where its figures are expected from; the figures below are the ones the
 * plan itself quotes, each published by the plan. Where the plan quotes none, none is added and
 * the aims page says so.
 *
 * Dating: the plan was published on 2017-03-31 (as demo/plans load it) and speaks of February
 * 2017 and the 8 March 2017 devolution announcement in the past tense, so its figures stand as at
 * 2017-03-31. Most of them give no period ("currently", "nine out of ten"): those are filed under
 * 2016-17, the year in which the plan quotes them, a period read from the text, not one it
 * states. Figures the plan gives in words ("a quarter", "one in four") are stored as the
 * percentage the words mean.
 */
import type { MeasureDefinition, Observation } from '../../src/domain/measures/index.js';
import { aimLink, countMeasure, published, RECORDED, shareMeasure } from './measureParts.js';

const PLAN = { source: 'Police and Crime Plan 2017-21', asAt: '2017-03-31' };
const UNDATED = 'FY 2016-17';
const USS = 'MOPAC User Satisfaction Survey';
const PAS = 'MOPAC Public Attitude Survey';
const MOJ = 'Ministry of Justice data and MOPAC research';

const policeService: MeasureDefinition[] = [
  shareMeasure({
    code: 'victim-satisfaction',
    name: 'Victim satisfaction',
    definition: 'Share of victims in the User Satisfaction Survey satisfied with the service they received overall.',
    source: USS,
    breakdowns: ['ethnicity', 'age'],
    aims: [aimLink('better-police-service', 1), aimLink('better-police-service', 3)],
  }),
  shareMeasure({
    code: 'public-confidence',
    name: 'Public confidence',
    definition: 'Share of Londoners in the Public Attitude Survey who rate the police in their area excellent or good.',
    source: PAS,
    breakdowns: ['ethnicity', 'age'],
    aims: [aimLink('better-police-service', 2)],
  }),
  shareMeasure({
    code: 'public-trust',
    name: 'Trust in the MPS',
    definition: 'Share of Londoners in the Public Attitude Survey who agree the MPS is an organisation they can trust.',
    source: PAS,
    aims: [aimLink('better-police-service', 2)],
  }),
  shareMeasure({
    code: 'confidence-good-job',
    name: "Confidence the police do a 'good job'",
    definition:
      "Share of Public Attitude Survey respondents confident the police do a good job, compared across groups: the plan's gap is between young BAME and young white Londoners.",
    source: PAS,
    breakdowns: ['ethnicity', 'age'],
    aims: [aimLink('better-police-service', 2), aimLink('better-police-service', 3)],
  }),
  shareMeasure({
    code: 'bame-officers-share',
    // Workforce figures: shown on the Resources page beside London's population, as P4's evidence here.
    kind: 'workforce',
    name: 'BAME officers',
    definition: 'Share of MPS police officers from black, Asian and minority ethnic backgrounds.',
    source: 'MPS recruitment and workforce data',
    frequency: 'annual',
    areaKinds: ['force'],
    aims: [aimLink('better-police-service', 4)],
  }),
  shareMeasure({
    code: 'female-officers-share',
    // Workforce figures: shown on the Resources page beside London's population, as P4's evidence here.
    kind: 'workforce',
    name: 'Female officers',
    definition: 'Share of MPS police officers who are women.',
    source: 'MPS recruitment and workforce data',
    frequency: 'annual',
    areaKinds: ['force'],
    aims: [aimLink('better-police-service', 4)],
  }),
  shareMeasure({
    code: 'staff-fair-treatment',
    name: 'Fair treatment by colleagues',
    definition: 'Share of MPS officers and staff who say colleagues treat them with fairness and respect.',
    source: 'MPS Staff Survey',
    frequency: 'annual',
    areaKinds: ['force'],
    aims: [aimLink('better-police-service', 5)],
  }),
];

const criminalJustice: MeasureDefinition[] = [
  shareMeasure({
    code: 'victims-code-compliance',
    name: "Victims' Code compliance",
    definition:
      "Share of victims' entitlements under the Victims' Code of Practice that were met, across the MPS and partners.",
    source: "MoJ data and MOPAC research (the Victims' Commissioner's compliance review)",
    frequency: 'annual',
    areaKinds: ['force'],
    aims: [aimLink('better-criminal-justice', 1)],
  }),
  shareMeasure({
    code: 'repeat-victims-share',
    name: 'Repeat victims',
    definition: "Share of a month's victims of crime who had been victims at least once in the previous 12 months.",
    source: RECORDED,
    polarity: 'lower-is-better',
    frequency: 'monthly',
    areaKinds: ['force'],
    aims: [aimLink('better-criminal-justice', 1)],
  }),
  shareMeasure({
    code: 'cjs-victim-satisfaction',
    name: 'Victim satisfaction with the justice service',
    definition: 'Share of victims satisfied with how the courts and the wider justice service treated them.',
    source: 'A new MOPAC survey of victims across the criminal justice service',
    frequency: 'annual',
    areaKinds: ['force'],
    aims: [aimLink('better-criminal-justice', 2)],
  }),
  shareMeasure({
    code: 'reoffending-rate',
    name: 'Reoffending within a year',
    definition:
      'Share of offenders who offend again within a year of ending their sentence, for all offenders and for the groups the plan targets.',
    source: MOJ,
    polarity: 'lower-is-better',
    frequency: 'annual',
    areaKinds: ['force'],
    breakdowns: ['disposal', 'offender group'],
    aims: [aimLink('better-criminal-justice', 3)],
  }),
];

const childrenAndWomen: MeasureDefinition[] = [
  countMeasure({
    code: 'young-knife-injury-victims',
    name: 'Young people injured by knife crime',
    definition: 'Londoners under 25 injured in knife crime outside the home (non-domestic).',
    source: `${RECORDED} and MoJ data`,
    polarity: 'lower-is-better',
    unitWords: 'young people injured',
    aims: [aimLink('children-young-people', 1)],
  }),
  countMeasure({
    code: 'first-time-entrants',
    name: 'First-time entrants to the justice system',
    definition: 'Young people receiving their first caution or conviction.',
    source: 'Ministry of Justice youth justice statistics',
    polarity: 'lower-is-better',
    unitWords: 'young people',
    aims: [aimLink('children-young-people', 2)],
  }),
  countMeasure({
    code: 'cse-reports',
    name: 'Child sexual exploitation reported',
    definition:
      'Offences of child sexual abuse and exploitation reported to the MPS; more victims coming forward is wanted.',
    source: RECORDED,
    polarity: 'increase-in-reporting-wanted',
    frequency: 'monthly',
    unitWords: 'offences',
    aims: [aimLink('children-young-people', 5)],
  }),
  shareMeasure({
    code: 'domestic-abuse-repeat-share',
    name: 'Domestic abuse against repeat victims',
    definition: 'Share of domestic abuse offences committed against people already victims of domestic abuse.',
    source: RECORDED,
    polarity: 'lower-is-better',
    aims: [aimLink('vawg', 1)],
  }),
  shareMeasure({
    code: 'domestic-abuse-conviction-rate',
    name: 'Domestic abuse conviction rate',
    definition:
      'Share of domestic abuse prosecutions ending in a conviction; cases lost on the way are the attrition the plan wants cut.',
    source: 'Crown Prosecution Service Violence against Women and Girls report',
    frequency: 'annual',
    areaKinds: ['force'],
    aims: [aimLink('vawg', 3)],
  }),
  countMeasure({
    code: 'harmful-practices-reports',
    name: 'Harmful practices reported',
    definition: "Reports of female genital mutilation, forced marriage and 'honour'-based violence; more is wanted.",
    source: RECORDED,
    polarity: 'increase-in-reporting-wanted',
    frequency: 'monthly',
    unitWords: 'reports',
    aims: [aimLink('vawg', 4)],
  }),
];

const hatred: MeasureDefinition[] = [
  shareMeasure({
    code: 'hate-crime-repeat-victims',
    name: 'Repeat victims of hate crime',
    definition: 'Share of hate crime victims targeted again within 12 months.',
    source: RECORDED,
    polarity: 'lower-is-better',
    aims: [aimLink('hatred-extremism', 2)],
  }),
  shareMeasure({
    code: 'hate-crime-sanction-rate',
    name: 'Hate crime cases ending in a sanction',
    definition: 'Share of hate crime cases that end in any sanction; the rest are the attrition the plan wants cut.',
    source: MOJ,
    frequency: 'annual',
    areaKinds: ['force'],
    aims: [aimLink('hatred-extremism', 3)],
  }),
  shareMeasure({
    code: 'hate-crime-victim-satisfaction',
    name: 'Hate crime victim satisfaction',
    definition: 'Share of hate crime victims satisfied with the MPS and with the justice service.',
    source: `${USS} (hate crime victims) and MOPAC research`,
    breakdowns: ['ethnicity'],
    aims: [aimLink('hatred-extremism', 4)],
  }),
];

export const pcpFrameworkMeasures: MeasureDefinition[] = [
  ...policeService,
  ...criminalJustice,
  ...childrenAndWomen,
  ...hatred,
];

const plan = (
  measureCode: string,
  value: number,
  more: { period?: string; areaCode?: string; breakdown?: string } = {},
) => published(PLAN, { measureCode, value, period: more.period ?? UNDATED, ...more });

export const pcpFrameworkObservations: Observation[] = [
  // The borough example: Public Attitude Survey, rolling year to Quarter 2 2016-17.
  plan('public-confidence', 82, { areaCode: 'hammersmith-and-fulham', period: 'R12 2016-09' }),
  plan('public-confidence', 56, { areaCode: 'hillingdon', period: 'R12 2016-09' }),
  // "Nine out of ten Londoners agree that the MPS is an organisation they can trust."
  plan('public-trust', 90),
  plan('confidence-good-job', 61, { breakdown: 'ethnicity: BAME; age: 16-24' }),
  plan('confidence-good-job', 70, { breakdown: 'ethnicity: White; age: 16-24' }),
  plan('female-officers-share', 26),
  plan('bame-officers-share', 12.9),
  plan('repeat-victims-share', 12, { period: '2017-02' }),
  plan('reoffending-rate', 24),
  plan('reoffending-rate', 31, { breakdown: 'disposal: court order' }),
  plan('reoffending-rate', 32, { breakdown: 'disposal: fine' }),
  plan('reoffending-rate', 43, { breakdown: 'offender group: young offenders' }),
  plan('young-knife-injury-victims', 1_844, { period: '2016' }),
  // "One in four offences committed against repeat victims of domestic abuse."
  plan('domestic-abuse-repeat-share', 25),
  // The plan cites the CPS VAWG report of 2016, which covers 2015-16.
  plan('domestic-abuse-conviction-rate', 65, { period: 'FY 2015-16' }),
  // "Just a quarter of cases seeing any kind of sanction."
  plan('hate-crime-sanction-rate', 25),
];
