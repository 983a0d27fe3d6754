/**
 * The crime categories Bluelamp ships with, and how the MPS borough-level series (both vintages
 * of category names) and the police.uk crime types map onto them. Category and crime-type names
 * are the publishers' own (facts); the descriptions are ours.
 *
 * The tree follows today's Home Office groups, so some old MPS categories land outside the MPS
 * major group they were filed under: "Offensive Weapon" (historic Violence Against the Person)
 * counts as possession of weapons, and the vehicle thefts (historic Theft and Handling) as vehicle
 * offences. A renamed minor category maps to the same Bluelamp category in both vintages, so a
 * borough's series runs on across the renaming.
 */
import {
  mpsPairKey,
  type CrimeCategory,
  type CrimeCategoryMapping,
  type CrimeTaxonomy,
} from '../src/domain/crime-data/index.js';

type CategorySeed = [code: string, name: string, description?: string];

/** Categories under one parent, in the order they are shown. */
function under(parentCode: string | null, seeds: CategorySeed[]): CrimeCategory[] {
  return seeds.map(([code, name, description]) => ({
    code,
    name,
    parentCode,
    ...(description === undefined ? {} : { description }),
  }));
}

const CATEGORIES: CrimeCategory[] = [
  ...under(null, [['all-crime', 'All crime', 'Every notifiable offence the police record.']]),
  ...under('all-crime', [
    ['violence-and-sexual-offences', 'Violence and sexual offences', 'The two groups police.uk reports as one.'],
    ['robbery', 'Robbery'],
    ['burglary', 'Burglary'],
    ['theft', 'Theft', 'Thefts other than burglary, robbery and vehicle crime, with handling stolen goods.'],
    ['vehicle-offences', 'Vehicle offences', 'Thefts of and from vehicles and tampering with them.'],
    ['criminal-damage', 'Criminal damage and arson'],
    ['drugs', 'Drug offences'],
    ['offensive-weapon', 'Possession of weapons', 'Carrying a blade, firearm or other offensive weapon.'],
    ['public-order', 'Public order offences'],
    ['fraud-forgery', 'Fraud and forgery', 'Fraud recorded by the police, forgery and false documents.'],
    ['other-notifiable', 'Other notifiable offences', 'Offences against society not counted elsewhere.'],
  ]),
  ...under('violence-and-sexual-offences', [
    ['violence-against-the-person', 'Violence against the person'],
    ['sexual-offences', 'Sexual offences'],
  ]),
  ...under('violence-against-the-person', [
    ['homicide', 'Homicide', 'Murder, manslaughter and infanticide.'],
    ['violence-with-injury', 'Violence with injury', 'Assaults and woundings in which the victim is hurt.'],
    ['violence-without-injury', 'Violence without injury', 'Assault without injury, threats and harassment.'],
  ]),
  // The MPS series do not split violence by whether it was domestic; local priorities name the
  // non-domestic part ("Non Domestic VWI"), so the taxonomy holds both halves for data that does.
  ...under('violence-with-injury', [
    ['violence-with-injury-non-domestic', 'Non-domestic violence with injury'],
    [
      'violence-with-injury-domestic',
      'Domestic violence with injury',
      'Violence with injury flagged as domestic abuse.',
    ],
  ]),
  ...under('violence-without-injury', [
    ['common-assault', 'Common assault', 'Assault without injury, including on emergency workers.'],
  ]),
  ...under('sexual-offences', [
    ['rape', 'Rape'],
    ['other-sexual', 'Other sexual offences'],
  ]),
  ...under('robbery', [
    ['robbery-personal', 'Robbery of personal property'],
    ['robbery-business', 'Robbery of business property'],
  ]),
  ...under('burglary', [
    ['burglary-residential', 'Residential burglary', 'Burglary of homes and the buildings that go with them.'],
    ['burglary-business', 'Business and community burglary', 'Burglary of any other building.'],
  ]),
  ...under('theft', [
    ['theft-person', 'Theft from the person', 'Taking property held or carried by the victim, without force.'],
    ['theft-shops', 'Shoplifting'],
    ['theft-other', 'Other theft'],
    ['bicycle-theft', 'Bicycle theft'],
    ['handling', 'Handling stolen goods'],
  ]),
  ...under('vehicle-offences', [
    ['theft-from-vehicle', 'Theft from a vehicle'],
    ['theft-of-vehicle', 'Theft or taking of a vehicle', 'Includes aggravated vehicle taking.'],
    ['vehicle-interference', 'Interfering with a vehicle'],
  ]),
  ...under('criminal-damage', [
    ['criminal-damage-dwelling', 'Criminal damage to a dwelling'],
    ['criminal-damage-other-building', 'Criminal damage to another building'],
    ['criminal-damage-vehicle', 'Criminal damage to a vehicle'],
    ['criminal-damage-other', 'Other criminal damage'],
    ['arson', 'Arson', 'Counted on its own in the MPS files from 2017 on.'],
  ]),
  ...under('drugs', [
    ['drug-trafficking', 'Drug trafficking', 'Supplying, producing or importing controlled drugs.'],
    ['drug-possession', 'Possession of drugs'],
    ['other-drugs', 'Other drug offences'],
  ]),
  ...under('other-notifiable', [
    ['going-equipped', 'Going equipped', 'Carrying tools or articles for use in theft or burglary.'],
    ['other-notifiable-rest', 'Other notifiable offences not listed elsewhere'],
  ]),
  ...under(null, [
    ['anti-social-behaviour', 'Anti-social behaviour', 'Incidents reported to the police that are not crimes.'],
  ]),
];

type Pairs = [minor: string, categoryCode: string][];

function mps(source: 'mps-historic' | 'mps-recent', major: string, pairs: Pairs): CrimeCategoryMapping[] {
  return pairs.map(([minor, categoryCode]) => ({ source, major, minor, categoryCode }));
}

/**
 * Category names of the London Datastore borough files to early 2019 ("Major Category", "Minor
 * Category"): the historic file's names of 2008–2016, and below them the minor categories the
 * 2019 "most recent 24 months" file renamed (same header, same majors).
 */
const MPS_HISTORIC: CrimeCategoryMapping[] = [
  ...mps('mps-historic', 'Burglary', [
    ['Burglary in a Dwelling', 'burglary-residential'],
    ['Burglary in Other Buildings', 'burglary-business'],
  ]),
  ...mps('mps-historic', 'Criminal Damage', [
    ['Criminal Damage To Dwelling', 'criminal-damage-dwelling'],
    ['Criminal Damage To Motor Vehicle', 'criminal-damage-vehicle'],
    ['Criminal Damage To Other Building', 'criminal-damage-other-building'],
    ['Other Criminal Damage', 'criminal-damage-other'],
  ]),
  ...mps('mps-historic', 'Drugs', [
    ['Drug Trafficking', 'drug-trafficking'],
    ['Possession Of Drugs', 'drug-possession'],
    ['Other Drugs', 'other-drugs'],
  ]),
  ...mps('mps-historic', 'Fraud or Forgery', [
    ['Counted per Victim', 'fraud-forgery'],
    ['Other Fraud & Forgery', 'fraud-forgery'],
  ]),
  ...mps('mps-historic', 'Other Notifiable Offences', [
    ['Going Equipped', 'going-equipped'],
    ['Other Notifiable', 'other-notifiable-rest'],
  ]),
  ...mps('mps-historic', 'Robbery', [
    ['Personal Property', 'robbery-personal'],
    ['Business Property', 'robbery-business'],
  ]),
  ...mps('mps-historic', 'Sexual Offences', [
    ['Rape', 'rape'],
    ['Other Sexual', 'other-sexual'],
  ]),
  ...mps('mps-historic', 'Theft and Handling', [
    ['Other Theft Person', 'theft-person'],
    ['Theft From Shops', 'theft-shops'],
    ['Other Theft', 'theft-other'],
    ['Theft/Taking of Pedal Cycle', 'bicycle-theft'],
    ['Handling Stolen Goods', 'handling'],
    ['Theft From Motor Vehicle', 'theft-from-vehicle'],
    ['Theft/Taking Of Motor Vehicle', 'theft-of-vehicle'],
    ['Motor Vehicle Interference & Tampering', 'vehicle-interference'],
  ]),
  ...mps('mps-historic', 'Violence Against the Person', [
    ['Murder', 'homicide'],
    ['Wounding/GBH', 'violence-with-injury'],
    ['Grievous Bodily Harm', 'violence-with-injury'],
    ['Assault with Injury', 'violence-with-injury'],
    ['Common Assault', 'common-assault'],
    ['Harassment', 'violence-without-injury'],
    ['Other violence', 'violence-without-injury'],
    ['Offensive Weapon', 'offensive-weapon'],
  ]),
  // The minor categories as the 2019 "most recent 24 months" file renamed them (2017-01 to 2018-12).
  ...mps('mps-historic', 'Burglary', [
    ['Burglary - Residential', 'burglary-residential'],
    ['Burglary - Business and Community', 'burglary-business'],
  ]),
  ...mps('mps-historic', 'Criminal Damage', [
    ['Arson', 'arson'],
    ['Criminal Damage To a Dwelling', 'criminal-damage-dwelling'],
    ['Criminal Damage To M/V', 'criminal-damage-vehicle'],
    ['Criminal Damage To Other Bldg', 'criminal-damage-other-building'],
  ]),
  ...mps('mps-historic', 'Drugs', [['Other Drug Offences', 'other-drugs']]),
  ...mps('mps-historic', 'Theft and Handling', [
    ['Theft Person', 'theft-person'],
    ['Theft/Taking of Pedal Cycles', 'bicycle-theft'],
    ['Theft From M/V', 'theft-from-vehicle'],
    ['Theft/Taking of M/V', 'theft-of-vehicle'],
    ['M/V Interference & Tampering', 'vehicle-interference'],
  ]),
];

/**
 * Category names of the later London Datastore files ("MajorText", "MinorText"), which follow the
 * Home Office groups. Long names are cut at 50 characters in those files, and are written so here.
 */
const MPS_RECENT: CrimeCategoryMapping[] = [
  ...mps('mps-recent', 'Arson and Criminal Damage', [
    ['Arson', 'arson'],
    ['Criminal Damage', 'criminal-damage'],
  ]),
  ...mps('mps-recent', 'Burglary', [
    ['Burglary - Residential', 'burglary-residential'],
    ['Burglary - Business and Community', 'burglary-business'],
  ]),
  ...mps('mps-recent', 'Drug Offences', [
    ['Drug Trafficking', 'drug-trafficking'],
    ['Possession of Drugs', 'drug-possession'],
  ]),
  ...mps('mps-recent', 'Miscellaneous Crimes Against Society', [
    ['Going Equipped for Stealing', 'going-equipped'],
    ['Handling Stolen Goods', 'handling'],
    ['Forgery or Use of Drug Prescription', 'fraud-forgery'],
    ['Fraud or Forgery Associated with Driver Records', 'fraud-forgery'],
    ['Making, Supplying or Possessing Articles for use i', 'fraud-forgery'],
    ['Other Forgery', 'fraud-forgery'],
    ['Possession of False Documents', 'fraud-forgery'],
    ...(
      [
        'Absconding from Lawful Custody',
        'Bail Offences',
        'Bigamy',
        'Dangerous Driving',
        'Disclosure, Obstruction, False or Misleading State',
        'Exploitation of Prostitution',
        'Obscene Publications',
        'Other Notifiable Offences',
        'Perjury',
        'Perverting Course of Justice',
        'Profitting From or Concealing Proceeds of Crime',
        'Soliciting for Prostitution',
        'Threat or Possession With Intent to Commit Crimina',
      ] as const
    ).map((minor): [string, string] => [minor, 'other-notifiable-rest']),
  ]),
  ...mps('mps-recent', 'Possession of Weapons', [
    ['Possession of Article with Blade or Point', 'offensive-weapon'],
    ['Possession of Other Weapon', 'offensive-weapon'],
    ['Possession of Firearms Offences', 'offensive-weapon'],
    ['Possession of Firearm with Intent', 'offensive-weapon'],
    ['Other Firearm Offences', 'offensive-weapon'],
  ]),
  ...mps('mps-recent', 'Public Order Offences', [
    ['Public Fear Alarm or Distress', 'public-order'],
    ['Racially or Religiously Aggravated Public Fear, Al', 'public-order'],
    ['Violent Disorder', 'public-order'],
    ['Other Offences Against the State, or Public Order', 'public-order'],
  ]),
  ...mps('mps-recent', 'Robbery', [
    ['Robbery of Personal Property', 'robbery-personal'],
    ['Robbery of Business Property', 'robbery-business'],
  ]),
  ...mps('mps-recent', 'Sexual Offences', [
    ['Rape', 'rape'],
    ['Other Sexual Offences', 'other-sexual'],
  ]),
  ...mps('mps-recent', 'Theft', [
    ['Theft from Person', 'theft-person'],
    ['Shoplifting', 'theft-shops'],
    ['Other Theft', 'theft-other'],
    ['Bicycle Theft', 'bicycle-theft'],
  ]),
  ...mps('mps-recent', 'Vehicle Offences', [
    ['Theft from a Motor Vehicle', 'theft-from-vehicle'],
    ['Theft or Taking of a Motor Vehicle', 'theft-of-vehicle'],
    ['Aggravated Vehicle Taking', 'theft-of-vehicle'],
    ['Interfering with a Motor Vehicle', 'vehicle-interference'],
  ]),
  ...mps('mps-recent', 'Violence Against the Person', [
    ['Homicide', 'homicide'],
    ['Violence with Injury', 'violence-with-injury'],
    ['Violence without Injury', 'violence-without-injury'],
  ]),
];

/**
 * The 13 major and 33 minor categories of the files since the MPS moved to CONNECT (2024 on),
 * written in capitals and cut short as those files write them. Many are the title-case names
 * above in capitals (names are compared without case); the rest are new. Where a file no longer
 * splits a group ("MISC CRIMES AGAINST SOCIETY", "POSSESSION OF WEAPONS"), the names map to the
 * parent category. Both fraud rows (recorded by the force, and Action Fraud's NFIB referrals) count
 * as fraud, as the MPS total counts them.
 */
export const MPS_CURRENT_NAMES: readonly (readonly [major: string, minor: string, categoryCode: string])[] = [
  ['ARSON AND CRIMINAL DAMAGE', 'ARSON', 'arson'],
  ['ARSON AND CRIMINAL DAMAGE', 'CRIMINAL DAMAGE', 'criminal-damage'],
  ['BURGLARY', 'BURGLARY BUSINESS AND COMMUNITY', 'burglary-business'],
  ['BURGLARY', 'DOMESTIC BURGLARY', 'burglary-residential'],
  ['BURGLARY', 'RES BURGLARY OF A HOME', 'burglary-residential'],
  ['BURGLARY', 'RES BURGLARY OF UNCONNECTED BUILDING', 'burglary-residential'],
  ['DRUG OFFENCES', 'POSSESSION OF DRUGS', 'drug-possession'],
  ['DRUG OFFENCES', 'TRAFFICKING OF DRUGS', 'drug-trafficking'],
  ['FRAUD AND FORGERY', 'FRAUD AND FORGERY', 'fraud-forgery'],
  ['NFIB FRAUD', 'NFIB FRAUD', 'fraud-forgery'],
  ['MISCELLANEOUS CRIMES AGAINST SOCIETY', 'MISC CRIMES AGAINST SOCIETY', 'other-notifiable'],
  ['POSSESSION OF WEAPONS', 'POSSESSION OF WEAPONS', 'offensive-weapon'],
  ['PUBLIC ORDER OFFENCES', 'OTHER OFFENCES PUBLIC ORDER', 'public-order'],
  ['PUBLIC ORDER OFFENCES', 'PUBLIC FEAR ALARM OR DISTRESS', 'public-order'],
  ['PUBLIC ORDER OFFENCES', 'RACE OR RELIGIOUS AGG PUBLIC FEAR', 'public-order'],
  ['PUBLIC ORDER OFFENCES', 'VIOLENT DISORDER', 'public-order'],
  ['ROBBERY', 'ROBBERY OF BUSINESS PROPERTY', 'robbery-business'],
  ['ROBBERY', 'ROBBERY OF PERSONAL PROPERTY', 'robbery-personal'],
  ['SEXUAL OFFENCES', 'OTHER SEXUAL OFFENCES', 'other-sexual'],
  ['SEXUAL OFFENCES', 'RAPE', 'rape'],
  ['THEFT', 'BICYCLE THEFT', 'bicycle-theft'],
  ['THEFT', 'OTHER THEFT', 'theft-other'],
  ['THEFT', 'SHOPLIFTING', 'theft-shops'],
  ['THEFT', 'THEFT FROM THE PERSON', 'theft-person'],
  ['VEHICLE OFFENCES', 'AGGRAVATED VEHICLE TAKING', 'theft-of-vehicle'],
  ['VEHICLE OFFENCES', 'INTERFERING WITH A MOTOR VEHICLE', 'vehicle-interference'],
  ['VEHICLE OFFENCES', 'THEFT FROM A VEHICLE', 'theft-from-vehicle'],
  ['VEHICLE OFFENCES', 'THEFT OR UNAUTH TAKING OF A MOTOR VEH', 'theft-of-vehicle'],
  ['VIOLENCE AGAINST THE PERSON', 'DEATH SERIOUS INJURY ILLEGAL DRIVING', 'violence-with-injury'],
  ['VIOLENCE AGAINST THE PERSON', 'HOMICIDE', 'homicide'],
  ['VIOLENCE AGAINST THE PERSON', 'STALKING AND HARASSMENT', 'violence-without-injury'],
  ['VIOLENCE AGAINST THE PERSON', 'VIOLENCE WITH INJURY', 'violence-with-injury'],
  ['VIOLENCE AGAINST THE PERSON', 'VIOLENCE WITHOUT INJURY', 'violence-without-injury'],
];

/**
 * The title-case names of the files since 2019, then the current names they do not already
 * cover. A current name equal to a title-case one but for case is the same key, so it is left
 * out when it means the same category; were it to mean another, it stays in, for checkTaxonomy
 * to refuse.
 */
function recentNames(): CrimeCategoryMapping[] {
  const keyOf = (major: string, minor: string): string => mpsPairKey({ major, minor });
  const held = new Map(MPS_RECENT.map((m) => [keyOf(m.major ?? '', m.minor ?? ''), m.categoryCode]));
  const current = MPS_CURRENT_NAMES.filter(([major, minor, code]) => held.get(keyOf(major, minor)) !== code).map(
    ([major, minor, categoryCode]): CrimeCategoryMapping => ({ source: 'mps-recent', major, minor, categoryCode }),
  );
  return [...MPS_RECENT, ...current];
}

/** The 14 crime types of police.uk street-level files; the broad ones map to parent categories. */
const POLICE_UK: CrimeCategoryMapping[] = (
  [
    ['Anti-social behaviour', 'anti-social-behaviour'],
    ['Bicycle theft', 'bicycle-theft'],
    ['Burglary', 'burglary'],
    ['Criminal damage and arson', 'criminal-damage'],
    ['Drugs', 'drugs'],
    ['Other crime', 'other-notifiable'],
    ['Other theft', 'theft-other'],
    ['Possession of weapons', 'offensive-weapon'],
    ['Public order', 'public-order'],
    ['Robbery', 'robbery'],
    ['Shoplifting', 'theft-shops'],
    ['Theft from the person', 'theft-person'],
    ['Vehicle crime', 'vehicle-offences'],
    ['Violence and sexual offences', 'violence-and-sexual-offences'],
  ] as const
).map(([crimeType, categoryCode]) => ({ source: 'police-uk', crimeType, categoryCode }));

export const defaultCrimeTaxonomy: CrimeTaxonomy = {
  categories: CATEGORIES,
  mappings: [...MPS_HISTORIC, ...recentNames(), ...POLICE_UK],
};
