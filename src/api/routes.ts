import { buildOpenApiDocument } from './openapi.js';
import { organisationRoutes } from './organisation/routes.js';
import type { RouteDefinition } from './route.js';
import { systemRoutes } from './system/routes.js';

/** The whole route table. Every HTTP route Bluelamp serves under /api is listed here. */
export function routeTable(version: string): RouteDefinition[] {
  let document: Record<string, unknown> | undefined;
  const routes: RouteDefinition[] = [...systemRoutes(() => document), ...organisationRoutes];
  document = buildOpenApiDocument(routes, version);
  return routes;
}
