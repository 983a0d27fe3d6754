import { z } from 'zod';
import { getHealth, getReadiness } from '../../services/index.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import { openApiDocument as openApiDocumentSchema } from './schemas.js';

const health = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});

const readiness = z.object({
  status: z.enum(['ready', 'unavailable']),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
  migration: z.string().nullable(),
  reason: z.string().nullable(),
});

export function systemRoutes(openApiDocument: () => unknown): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/health',
      operationId: 'getHealth',
      summary: 'Whether this Bluelamp process is alive, and which database it uses (no database query)',
      tag: 'System',
      access: 'public',
      response: health,
      handler: (ctx) => getHealth(ctx),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/ready',
      operationId: 'getReadiness',
      summary: 'Whether this Bluelamp process may be sent requests: its database answers and is fully migrated',
      tag: 'System',
      access: 'public',
      response: readiness,
      status: (result) => (result.status === 'ready' ? 200 : 503),
      handler: (ctx) => getReadiness(ctx),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/openapi.json',
      operationId: 'getOpenApiDocument',
      summary: 'This API described in OpenAPI 3.1',
      tag: 'System',
      access: 'public',
      response: openApiDocumentSchema,
      handler: () => openApiDocument() as z.infer<typeof openApiDocumentSchema>,
    }),
  ];
}
