/** The shared answers (organisation, session, accounts, audit, system), as the route table declares them. */
import type { ResponseOf } from './apiTypes.js';

export type OrganisationOverview = ResponseOf<'getOrganisationOverview'>;
export type UnitSummary = OrganisationOverview['force'];
export type BcuList = ResponseOf<'listBcus'>;
export type BoroughInBcu = BcuList['boroughsOutsideBcus'][number];
export type Health = ResponseOf<'getHealth'>;
export type OpenApiDocument = ResponseOf<'getOpenApiDocument'>;
export type OpenApiOperation = OpenApiDocument['paths'][string][string];
export type OpenApiParameter = OpenApiOperation['parameters'][number];
export type SessionInfo = ResponseOf<'getSession'>;
export type SsoStatus = ResponseOf<'getSsoStatus'>;
export type UserList = ResponseOf<'listUsers'>;
export type UserSummary = UserList['users'][number];
export type AuditHistory = ResponseOf<'listAuditHistory'>;
export type AuditEntry = AuditHistory['entries'][number];
