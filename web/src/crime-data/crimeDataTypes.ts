/** What the police.uk and stop and search routes answer, as the route table declares them. */
import type { ResponseOf } from '../shared/apiTypes.js';

export type PoliceUkForceList = ResponseOf<'listPoliceUkForces'>;
export type PoliceUkForce = PoliceUkForceList['forces'][number];

export type StopSearchScrutiny = ResponseOf<'getStopSearchScrutiny'>;
export type ShareOfSearches = StopSearchScrutiny['arrestRate'];
export type Interval = ShareOfSearches['interval'];
export type EthnicGroupScrutiny = StopSearchScrutiny['officerDefined'][number];

export type ForceComparison = ResponseOf<'compareForces'>;
export type ForceCrimeRow = ForceComparison['force'];
