/**
 * Recorded crime as the Met's 2018-19 Business Plan quotes it for 2016-17 and 2017-18 (offences
 * in London), and the crime measures the Police and Crime Plan's aims are judged on. Monthly
 * borough series are not in the documents: the demo loads them from the real MPS files in
 * demo/data (see demo/crimeFiles.ts). All recorded crime evidences the first ambition as a whole,
 * since the plan says MOPAC will go on watching it without making it an aim of its own.
 */
import type { MeasureDefinition, Observation } from '../../src/domain/measures/index.js';
import { aimLink, crimeMeasure, PCP, published } from './measureParts.js';

/** The Business Plan carries no date; see demo/measures.ts for why its figures stand as at 2018-06-30. */
const BUSINESS_PLAN = { source: 'Met Business Plan 2018-19', asAt: '2018-06-30' };

export const recordedCrimeMeasures: MeasureDefinition[] = [
  crimeMeasure(
    'crime-total',
    'All recorded crime',
    'Total notifiable offences recorded by the Met.',
    'lower-is-better',
    'all-crime',
    [{ planKey: PCP, nodeRef: 'A1' }],
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
    [aimLink('children-young-people', 3)],
  ),
  crimeMeasure(
    'knife-crime-with-injury',
    'Knife crime with injury',
    'Knife crime offences in which the victim was injured.',
    'lower-is-better',
    null,
    [aimLink('children-young-people', 3)],
  ),
  crimeMeasure(
    'gun-crime',
    'Gun crime',
    'Offences in which a firearm was used or threatened.',
    'lower-is-better',
    null,
    [aimLink('children-young-people', 4)],
  ),
  crimeMeasure(
    'lethal-barrelled-discharges',
    'Lethal-barrelled gun discharges',
    'Shots fired from lethal-barrelled firearms.',
    'lower-is-better',
    null,
    [aimLink('children-young-people', 4)],
  ),
  crimeMeasure(
    'sexual-offences',
    'Sexual offences',
    'Recorded sexual offences; more victims coming forward is the direction the plan wants.',
    'increase-in-reporting-wanted',
    'sexual-offences',
    [aimLink('vawg', 2)],
  ),
  crimeMeasure(
    'rape',
    'Rape',
    'Recorded rape offences; more victims coming forward is wanted.',
    'increase-in-reporting-wanted',
    'rape',
    [aimLink('vawg', 2)],
  ),
  crimeMeasure(
    'domestic-abuse',
    'Domestic abuse offences',
    'Offences flagged as domestic abuse; more victims coming forward is wanted.',
    'increase-in-reporting-wanted',
    null,
    [aimLink('vawg', 1)],
  ),
  crimeMeasure(
    'hate-crime-race',
    'Racist hate crime',
    'Offences flagged as racially motivated; more victims reporting is wanted.',
    'increase-in-reporting-wanted',
    null,
    [aimLink('hatred-extremism', 1)],
  ),
  crimeMeasure(
    'hate-crime-faith',
    'Faith hate crime',
    'Offences flagged as motivated by hostility to a faith.',
    'increase-in-reporting-wanted',
    null,
    [aimLink('hatred-extremism', 1)],
  ),
  crimeMeasure(
    'hate-crime-islamophobic',
    'Islamophobic hate crime',
    'Offences flagged as Islamophobic.',
    'increase-in-reporting-wanted',
    null,
    [aimLink('hatred-extremism', 1)],
  ),
  crimeMeasure(
    'hate-crime-antisemitic',
    'Anti-Semitic hate crime',
    'Offences flagged as anti-Semitic.',
    'increase-in-reporting-wanted',
    null,
    [aimLink('hatred-extremism', 1)],
  ),
  crimeMeasure(
    'hate-crime-homophobic',
    'Homophobic hate crime',
    'Offences flagged as homophobic.',
    'increase-in-reporting-wanted',
    null,
    [aimLink('hatred-extremism', 1)],
  ),
  crimeMeasure(
    'hate-crime-disability',
    'Disability hate crime',
    'Offences flagged as motivated by hostility to disability.',
    'increase-in-reporting-wanted',
    null,
    [aimLink('hatred-extremism', 1)],
  ),
  crimeMeasure(
    'hate-crime-transgender',
    'Transgender hate crime',
    'Offences flagged as transphobic.',
    'increase-in-reporting-wanted',
    null,
    [aimLink('hatred-extremism', 1)],
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

export const recordedCrimeObservations: Observation[] = [
  ...LONDON_YEARS.flatMap(([measureCode, before, after]) => [
    published(BUSINESS_PLAN, { measureCode, period: 'FY 2016-17', value: before }),
    published(BUSINESS_PLAN, { measureCode, period: 'FY 2017-18', value: after }),
  ]),
  published(BUSINESS_PLAN, { measureCode: 'domestic-abuse', period: 'FY 2017-18', value: 78_620 }),
];
