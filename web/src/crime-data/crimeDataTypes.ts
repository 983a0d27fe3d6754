/** What the police.uk routes answer (see /api/openapi.json). */
export interface Interval {
  lower: number;
  upper: number;
}

export interface ShareOfSearches {
  count: number;
  of: number;
  rate: number;
  interval: Interval;
}

export interface EthnicGroupScrutiny {
  group: string;
  searches: number;
  share: number;
  population: number | null;
  ratePer1000: number | null;
  disproportionality: { ratio: number | null; interval: Interval; pValue: number; significant: boolean } | null;
  findRate: ShareOfSearches | null;
  arrestRate: ShareOfSearches;
  noFurtherActionRate: ShareOfSearches;
  findRateDifference: { difference: number; interval: Interval; significant: boolean } | null;
}

export interface StopSearchScrutiny {
  force: { code: string; name: string };
  firstMonth: string;
  lastMonth: string;
  monthsHeld: string[];
  population: { year: number; source: string } | null;
  searches: number;
  linksRecorded: boolean;
  findRate: ShareOfSearches | null;
  arrestRate: ShareOfSearches;
  referenceGroup: string;
  months: { month: string; searches: number; findRate: ShareOfSearches | null }[];
  officerDefined: EthnicGroupScrutiny[];
  selfDefined: EthnicGroupScrutiny[];
  objects: {
    objectOfSearch: string;
    searches: number;
    share: number;
    findRate: ShareOfSearches | null;
    arrestRate: ShareOfSearches;
    byEthnicity: { group: string; searches: number; findRate: ShareOfSearches | null; arrestRate: ShareOfSearches }[];
  }[];
  outcomes: { outcome: string; searches: number; share: number }[];
  sentences: string[];
}

export interface PoliceUkForce {
  code: string;
  name: string;
  peers: string[];
  months: { first: string; last: string } | null;
}

export interface ForceCrimeRow {
  code: string;
  name: string;
  crimes: number;
  population: number | null;
  ratePer1000: number | null;
  monthsMissing: string[];
}

export interface ForceComparison {
  category: string;
  categories: { code: string; name: string }[];
  firstMonth: string;
  lastMonth: string;
  force: ForceCrimeRow;
  peers: ForceCrimeRow[];
  groupRatePer1000: number | null;
  againstPeers: { ratio: number | null; interval: Interval; significant: boolean } | null;
  months: { month: string; crimes: number }[];
  localAuthorities: { name: string; crimes: number; inArea: boolean | null }[];
}
