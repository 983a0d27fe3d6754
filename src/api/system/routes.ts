import { z } from 'zod';
import { getHealth } from '../../services/index.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import { openApiDocument as openApiDocumentSchema } from './schemas.js';

const health = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
});

export function systemRoutes(openApiDocument: () => unknown): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/health',
      operationId: 'getHealth',
      summary: 'Whether this Bluelamp process can serve, and which database it uses',
      tag: 'System',
      access: 'public',
      response: health,
      status: (result) => (result.status === 'ok' ? 200 : 503),
      handler: (ctx) => getHealth(ctx),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/openapi.json',
      operationId: 'getOpenApiDocument',
      summary: 'This API described in OpenAPI 3',
      tag: 'System',
      access: 'public',
      response: openApiDocumentSchema,
      handler: () => openApiDocument() as z.infer<typeof openApiDocumentSchema>,
    }),
  ];
}
