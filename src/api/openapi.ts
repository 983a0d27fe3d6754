import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { RouteDefinition } from './route.js';
import { failuresOf, problemResponses, securityOf, securitySchemes } from './openApiAccess.js';
import { errorBody } from './schemas.js';
import { conventionParameters, successStatus, withSuccessHeaders } from './openApiConventions.js';

type JsonSchema = Record<string, unknown>;

/** The document's components/schemas, filled as the routes' schemas are converted. */
type Components = Record<string, JsonSchema>;

const COMPONENT_PREFIX = '#/components/schemas/';

const UNNAMED = "a recursive schema has no name; give it one with .meta({ id: 'SomeName' })";

/** zod writes named and recursive schemas to a local definitions block; the document keeps them in components. */
function pointToComponents(value: unknown, where: string): unknown {
  if (Array.isArray(value)) return value.map((inner) => pointToComponents(inner, where));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (key !== '$ref' || typeof inner !== 'string') return [key, pointToComponents(inner, where)];
      // An unnamed schema that contains itself refers to "#", which in the document would be the document.
      if (inner === '#') throw new Error(`${where}: ${UNNAMED}.`);
      return [key, inner.replace(/^#\/(definitions|\$defs)\//, COMPONENT_PREFIX)];
    }),
  );
}

/**
 * Converts one schema, moving the definitions it relies on into the shared components. Requests
 * are described as the caller writes them (defaults optional, "true" before it becomes true) and
 * responses as the server sends them, hence the io.
 */
function toSchema(schema: z.ZodType, io: 'input' | 'output', components: Components, where: string): JsonSchema {
  // OpenAPI 3.1 schemas are JSON Schema 2020-12, zod's own target: null is a type, base64 a contentEncoding.
  const converted = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io }) as JsonSchema;
  // Each schema takes the document's dialect (OpenAPI 3.1's, a superset of 2020-12) rather than naming one.
  delete converted.$schema;
  const { definitions, $defs, ...json } = converted as JsonSchema & {
    definitions?: Record<string, JsonSchema>;
    $defs?: Record<string, JsonSchema>;
  };
  for (const [name, definition] of Object.entries({ ...definitions, ...$defs })) {
    // zod numbers what it cannot name (__schema0, __schema1…), and the numbers move as routes come and go.
    if (name.startsWith('__schema'))
      throw new Error(`${where}: ${UNNAMED} (and describe a named one where it is defined, not where used).`);
    const component = pointToComponents(definition, where) as JsonSchema;
    if (components[name] !== undefined && !isDeepStrictEqual(components[name], component)) {
      throw new Error(`${where}: two different schemas (or one read as both request and response) are named ${name}.`);
    }
    components[name] = component;
  }
  return pointToComponents(json, where) as JsonSchema;
}

interface ParameterObject {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

function parameters(
  schema: z.ZodType | undefined,
  location: 'path' | 'query',
  components: Components,
  where: string,
): ParameterObject[] {
  if (schema === undefined) return [];
  const json = toSchema(schema, 'input', components, where) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
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

const RESPONSES_PREFIX = '#/components/responses/';

function successResponse(route: RouteDefinition, components: Components, where: string): Record<string, unknown> {
  if (route.download === true) {
    return {
      description: 'The file, as an attachment',
      content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
    };
  }
  return {
    description: 'Success',
    content: { 'application/json': { schema: toSchema(route.response, 'output', components, where) } },
  };
}

function operation(route: RouteDefinition, components: Components): Record<string, unknown> {
  const where = `${route.method} ${route.url}`;
  const parameterList = [
    ...parameters(route.params, 'path', components, where),
    ...parameters(route.query, 'query', components, where),
  ];
  const body = route.body === undefined ? undefined : toSchema(route.body, 'input', components, where);
  const success = successResponse(route, components, where);
  const failures = failuresOf(route, { parameterSchemas: parameterList.map((p) => p.schema), body });
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description === undefined ? {} : { description: route.description }),
    tags: [route.tag],
    'x-access': route.access,
    security: securityOf(route),
    parameters: [...parameterList, ...conventionParameters(route)],
    ...(body === undefined
      ? {}
      : { requestBody: { required: true, content: { 'application/json': { schema: body } } } }),
    responses: {
      [successStatus(route)]: withSuccessHeaders(route, success),
      ...Object.fromEntries(
        Object.entries(failures).map(([status, name]) => [status, { $ref: `${RESPONSES_PREFIX}${name}` }]),
      ),
      // A route with its own status (the health check) answers its usual body when it cannot serve.
      ...(route.status === undefined
        ? {}
        : { 503: { ...success, description: 'Not ready to serve; the body says why' } }),
    },
  };
}

/** "/api/organisation/units/:code" → "/api/organisation/units/{code}" */
function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** The OpenAPI 3.1 document, generated from the route table so it cannot drift from the code. */
export function buildOpenApiDocument(routes: readonly RouteDefinition[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const components: Components = { Problem: toSchema(errorBody, 'output', {}, 'the problem body') };
  for (const route of routes) {
    const path = openApiPath(route.url);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route, components) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Bluelamp API',
      version,
      description: 'Plans, performance and accountability for a police force and its oversight body.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: [...new Set(routes.map((route) => route.tag))].map((name) => ({ name })),
    paths,
    components: { schemas: components, responses: problemResponses, securitySchemes },
  };
}
