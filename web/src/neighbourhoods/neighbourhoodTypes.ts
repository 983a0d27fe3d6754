/** The neighbourhoods API's answers, as the route table declares them (src/api/neighbourhoods/schemas.ts). */
import type { ResponseOf } from '../shared/apiTypes.js';

export type NeighbourhoodCompliance = ResponseOf<'listNeighbourhoodCompliance'>;
export type AreaRef = NonNullable<NeighbourhoodCompliance['borough']>;
export type Minimum = NeighbourhoodCompliance['minimum'];
export type RollUp = NeighbourhoodCompliance['london'];
export type RoleFigures = RollUp['dwo'];

export type BoroughWards = ResponseOf<'listBoroughWards'>;
export type WardDeployment = BoroughWards['wards'][number];
export type ComplianceStatus = WardDeployment['status'];

export type AbstractionReport = ResponseOf<'getAbstractionSummary'>;
export type AbstractionSummary = AbstractionReport['london'];

export type WardProfile = ResponseOf<'getWardProfile'>;
export type WardCrime = NonNullable<WardProfile['crime']>;
