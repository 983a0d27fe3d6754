import { z } from 'zod';
import type { RouteDefinition } from './route.js';
import { errorBody } from './schemas.js';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { target: 'openapi-3.0', unrepresentable: 'any' });
}

interface ParameterObject {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

function parameters(schema: z.ZodType | undefined, location: 'path' | 'query'): ParameterObject[] {
  if (schema === undefined) return [];
  const json = toSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property as JsonSchema & { description?: string };
    return {
      name,
      in: location,
      required: location === 'path' || (json.required ?? []).includes(name),
      ...(description === undefined ? {} : { description }),
      schema: rest,
    };
  });
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function operation(route: RouteDefinition): Record<string, unknown> {
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description === undefined ? {} : { description: route.description }),
    tags: [route.tag],
    'x-access': route.access,
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(route.body === undefined
      ? {}
      : { requestBody: { required: true, content: { 'application/json': { schema: toSchema(route.body) } } } }),
    responses: {
      200:
        route.download === true
          ? {
              description: 'The file, as an attachment',
              content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
            }
          : { description: 'Success', content: { 'application/json': { schema: toSchema(route.response) } } },
      400: errorResponse('The request did not match the schema; the message names the field.'),
      ...(route.access === 'signed-in'
        ? {
            401: errorResponse('No live session: sign in first.'),
            403: errorResponse('A change made with the session cookie lacks the x-csrf-token header.'),
          }
        : {}),
      404: errorResponse('Nothing has that identifier.'),
      500: errorResponse('Something failed on the server; the message says no more.'),
    },
  };
}

/** "/api/organisation/units/:code" → "/api/organisation/units/{code}" */
function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** The OpenAPI 3 document, generated from the route table so it cannot drift from the code. */
export function buildOpenApiDocument(routes: readonly RouteDefinition[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = openApiPath(route.url);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route) };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Bluelamp API',
      version,
      description: 'Plans, performance and accountability for a police force and its oversight body.',
      license: { name: 'MIT' },
    },
    tags: [...new Set(routes.map((route) => route.tag))].map((name) => ({ name })),
    paths,
    components: { schemas: { Error: toSchema(errorBody) } },
  };
}
