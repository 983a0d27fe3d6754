import type { SsoSettings } from '../services/index.js';
import { accountRoutes } from './accounts/routes.js';
import { ssoRoutes } from './accounts/ssoRoutes.js';
import { apiTokenRoutes } from './accounts/tokenRoutes.js';
import { auditRoutes } from './audit/routes.js';
import { buildOpenApiDocument } from './openapi.js';
import { measureRoutes } from './measures/routes.js';
import { groupGapRoutes } from './measures/gapRoutes.js';
import { resourceRoutes } from './measures/resourceRoutes.js';
import { crimeDataRoutes } from './crime-data/routes.js';
import { priorityRoutes } from './priorities/routes.js';
import { inspectionRoutes } from './inspections/routes.js';
import { responseRoutes } from './inspections/responseRoutes.js';
import { inspectionFileRoutes } from './inspections/fileRoutes.js';
import { measureLinkRoutes } from './inspections/measureLinkRoutes.js';
import { neighbourhoodRoutes } from './neighbourhoods/routes.js';
import { reportRoutes } from './publishing/reportRoutes.js';
import { openDataRoutes } from './publishing/openDataRoutes.js';
import { organisationRoutes } from './organisation/routes.js';
import { boardRoutes } from './board/routes.js';
import { riskRoutes } from './risks/routes.js';
import { notificationRoutes } from './notifications/routes.js';
import { exportRouteTable } from './exports/routes.js';
import { searchRoutes } from './search/routes.js';
import { planFileRoutes } from './plans/planFileRoutes.js';
import { planRoutes } from './plans/planRoutes.js';
import { aimRoutes } from './plans/aimRoutes.js';
import { updateRoutes } from './plans/updateRoutes.js';
import { narrativeRoutes } from './plans/narrativeRoutes.js';
import type { RouteDefinition } from './route.js';
import { systemRoutes } from './system/routes.js';
import { workRoutes } from './work/routes.js';

/** The whole route table. Every HTTP route Bluelamp serves under /api is listed here. */
export function routeTable(version: string, sso: SsoSettings | null = null): RouteDefinition[] {
  // The document describes the table it is part of, so it is built once the table exists.
  const routes: RouteDefinition[] = [
    ...systemRoutes(() => document),
    ...accountRoutes,
    ...ssoRoutes(sso),
    ...apiTokenRoutes,
    ...organisationRoutes,
    ...auditRoutes,
    ...planRoutes,
    ...planFileRoutes,
    ...aimRoutes,
    ...updateRoutes,
    ...narrativeRoutes,
    ...measureRoutes,
    ...groupGapRoutes,
    ...resourceRoutes,
    ...crimeDataRoutes,
    ...priorityRoutes,
    ...inspectionRoutes,
    ...responseRoutes,
    ...inspectionFileRoutes,
    ...measureLinkRoutes,
    ...neighbourhoodRoutes,
    ...reportRoutes,
    ...openDataRoutes,
    ...boardRoutes,
    ...riskRoutes,
    ...notificationRoutes,
    ...exportRouteTable,
    ...searchRoutes,
    ...workRoutes,
  ];
  const document = buildOpenApiDocument(routes, version);
  return routes;
}
