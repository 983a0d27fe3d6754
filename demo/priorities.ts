/**
 * The 2018-19 borough local priorities as the Met's Business Plan 2018-19 tables them: every
 * borough's chosen crimes (two in most, three in Greenwich and Waltham Forest) with the
 * qualifiers printed beside some of them, plus the standing priorities the Police and Crime Plan
 * 2017-21 sets for every borough. Borough and category names are facts; the plan gives no date
 * of agreement, so the sets are dated from the start of the year and say so.
 */
import type { PriorityChoice, StandingPriority } from '../src/domain/priorities/index.js';

export const DEMO_PRIORITY_YEAR = '2018-19';

export const DEMO_PRIORITY_SOURCE =
  'Met Business Plan 2018-19, table of borough local priorities (no agreement date given: dated from the start of the year)';

/** The categories boroughs may choose: the crimes the 2018-19 table names, and their near neighbours. */
export const DEMO_ELIGIBLE_CATEGORIES: readonly string[] = [
  'burglary',
  'burglary-residential',
  'violence-with-injury-non-domestic',
  'common-assault',
  'robbery',
  'robbery-personal',
  'theft-person',
  'theft-from-vehicle',
  'theft-of-vehicle',
  'vehicle-offences',
  'criminal-damage',
  'theft-shops',
  'bicycle-theft',
];

/**
 * Anti-social behaviour everywhere and the five mandatory high-harm crimes. Anti-social behaviour,
 * sexual violence and weapon-based crime are counted from crime categories (police.uk reports
 * anti-social behaviour and possession of weapons; the MPS series count sexual offences) and
 * beside them from measures where the plan quotes one (calls about anti-social behaviour, knife
 * crime, the largest part of weapon-based crime). Domestic abuse, hate crime and child sexual
 * exploitation are flags on offences rather than categories, so they are read from measures:
 * hate crime from its strands, the count measures whose codes start "hate-crime-". Repeat
 * victimisation is read from the framework's measures of it where the plan has one.
 */
export const DEMO_STANDING_PRIORITIES: readonly StandingPriority[] = [
  standing(
    'anti-social-behaviour',
    'Anti-social behaviour',
    'everywhere',
    'anti-social-behaviour',
    'asb',
    'lower-is-better',
  ),
  standing('sexual-violence', 'Sexual violence', 'high-harm', 'sexual-offences', null, 'increase-in-reporting-wanted'),
  standing('domestic-abuse', 'Domestic abuse', 'high-harm', null, 'domestic-abuse', 'increase-in-reporting-wanted', {
    repeat: 'domestic-abuse-repeat-share',
  }),
  standing(
    'child-sexual-exploitation',
    'Child sexual exploitation',
    'high-harm',
    null,
    'cse-reports',
    'increase-in-reporting-wanted',
  ),
  standing(
    'weapon-based-crime',
    'Weapon-based crime',
    'high-harm',
    'offensive-weapon',
    'knife-crime',
    'lower-is-better',
  ),
  standing('hate-crime', 'Hate crime', 'high-harm', null, null, 'increase-in-reporting-wanted', {
    repeat: 'hate-crime-repeat-victims',
  }),
];

function standing(
  code: string,
  name: string,
  kind: StandingPriority['kind'],
  categoryCode: string | null,
  measureCode: string | null,
  polarity: StandingPriority['polarity'],
  more: { repeat?: string } = {},
): StandingPriority {
  return { code, name, kind, categoryCode, measureCode, repeatMeasureCode: more.repeat ?? null, polarity };
}

const NDVWI = 'violence-with-injury-non-domestic';

type Seed = [category: string, qualifier?: string];

/** Borough code → its 2018-19 priorities, in the table's order of BCUs. */
export const DEMO_PRIORITY_SETS: Readonly<Record<string, readonly Seed[]>> = {
  'barking-and-dagenham': [['burglary'], [NDVWI, 'focus on under-25s']],
  havering: [['burglary'], [NDVWI]],
  redbridge: [['burglary'], ['robbery']],
  bromley: [['burglary'], [NDVWI]],
  croydon: [['burglary'], [NDVWI]],
  sutton: [['burglary'], [NDVWI]],
  'kingston-upon-thames': [['burglary'], [NDVWI]],
  merton: [['burglary'], ['theft-of-vehicle']],
  'richmond-upon-thames': [['burglary'], ['theft-from-vehicle']],
  wandsworth: [['burglary'], ['theft-from-vehicle']],
  barnet: [['burglary'], [NDVWI]],
  harrow: [['burglary'], [NDVWI]],
  brent: [[NDVWI], ['robbery']],
  bexley: [['burglary'], [NDVWI]],
  greenwich: [['burglary', 'residential'], [NDVWI], ['robbery', 'personal property']],
  lewisham: [['burglary'], [NDVWI]],
  ealing: [[NDVWI], ['common-assault']],
  hounslow: [['burglary'], [NDVWI]],
  hillingdon: [['burglary'], ['robbery']],
  enfield: [['burglary'], [NDVWI]],
  haringey: [[NDVWI], ['robbery']],
  hackney: [['burglary'], ['theft-person', 'robbery, snatch, person']],
  'tower-hamlets': [['burglary'], ['robbery', 'personal property']],
  'kensington-and-chelsea': [[NDVWI], ['theft-from-vehicle']],
  westminster: [[NDVWI], ['robbery']],
  'hammersmith-and-fulham': [['burglary'], ['robbery', 'moped-enabled crime focus']],
  camden: [[NDVWI], ['theft-person']],
  islington: [[NDVWI], ['theft-person', 'snatch']],
  lambeth: [[NDVWI], ['robbery']],
  southwark: [['burglary'], ['robbery']],
  newham: [[NDVWI], ['robbery', 'personal property']],
  'waltham-forest': [['burglary'], [NDVWI], ['robbery']],
};

export function demoChoices(boroughCode: string): PriorityChoice[] {
  return (DEMO_PRIORITY_SETS[boroughCode] ?? []).map(([categoryCode, qualifier]) => ({
    categoryCode,
    qualifier: qualifier ?? null,
  }));
}

/** The boroughs that chose a category in the demo year. */
export function demoBoroughsChoosing(categoryCode: string): string[] {
  return Object.entries(DEMO_PRIORITY_SETS)
    .filter(([, seeds]) => seeds.some(([category]) => category === categoryCode))
    .map(([borough]) => borough);
}
