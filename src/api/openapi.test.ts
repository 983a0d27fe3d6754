import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv } from 'ajv';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeWithDemoData } from '../../test/support/demoContext.js';
import { addUser, signIn } from '../services/index.js';
import { buildOpenApiDocument } from './openapi.js';
import { defineRoute } from './route.js';
import { routeTable } from './routes.js';
import { buildServer } from './server.js';

type Json = Record<string, unknown>;
interface Operation {
  operationId: string;
  security: Record<string, string[]>[];
  parameters: { in: string }[];
  requestBody?: unknown;
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: Json }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, Json>;
    responses: Record<string, { content: Record<string, { schema: Json }> }>;
    securitySchemes: Record<string, { type: string; in: string; name: string }>;
  };
}

const operations = (document: Document) =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );

/** Every "$ref" in the document, wherever it sits. */
function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '$ref' && typeof inner === 'string' ? [inner] : references(inner),
  );
}

function resolves(document: Document, reference: string): boolean {
  const steps = reference.replace(/^#\//, '').split('/');
  let at: unknown = document;
  for (const step of steps) at = (at as Record<string, unknown> | undefined)?.[step];
  return reference.startsWith('#/') && at !== undefined;
}

describe('the OpenAPI document', () => {
  const document = buildOpenApiDocument(routeTable('test'), 'test') as unknown as Document;
  const routes = new Map(routeTable('test').map((route) => [route.operationId, route]));

  it('is valid OpenAPI 3 by a standard validator', async () => {
    // The validator dereferences in place; the clone keeps the document as built.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('has every $ref pointing at something the document holds', () => {
    const all = references(document);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((reference) => !resolves(document, reference))).toEqual([]);
  });

  it('names the recursive plan trees in components, each referring to itself, with no local definitions left', () => {
    const { schemas } = document.components;
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['Error', 'PlanNode', 'PlanDocumentNode']));
    expect(references(schemas.PlanNode)).toContain('#/components/schemas/PlanNode');
    expect(references(schemas.PlanDocumentNode)).toContain('#/components/schemas/PlanDocumentNode');
    const getPlan = document.paths['/api/plans/{planId}']?.get?.responses['200'];
    expect(references(getPlan)).toContain('#/components/schemas/PlanNode');
    expect(JSON.stringify(document)).not.toMatch(/"(definitions|\$defs)"|#\/definitions\/|#\/\$defs\//);
  });

  it('declares the session cookie and the CSRF header as the ways to call signed-in routes', () => {
    expect(document.components.securitySchemes).toEqual({
      sessionCookie: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'bluelamp_session' }) as unknown,
      csrfToken: expect.objectContaining({ type: 'apiKey', in: 'header', name: 'x-csrf-token' }) as unknown,
    });
  });

  it('asks for a session, and says 401 and 403, on every signed-in route and on no public one', () => {
    for (const { method, path, operation } of operations(document)) {
      const where = `${method} ${path}`;
      if (routes.get(operation.operationId)?.access === 'signed-in') {
        const needs = method === 'get' ? { sessionCookie: [] } : { sessionCookie: [], csrfToken: [] };
        expect(operation.security, where).toEqual([needs]);
        expect(Object.keys(operation.responses), where).toEqual(expect.arrayContaining(['401', '403']));
      } else {
        expect(operation.security, where).toEqual([]);
        expect(operation.responses['401'], where).toBeUndefined();
      }
    }
  });

  it('says 400 where there is input and 404 where the path names a thing', () => {
    for (const { method, path, operation } of operations(document)) {
      const input = operation.parameters.length > 0 || operation.requestBody !== undefined;
      expect(operation.responses['400'] !== undefined, `${method} ${path}`).toBe(input || method !== 'get');
      const named = operation.parameters.some((parameter) => parameter.in === 'path');
      expect(operation.responses['404'] !== undefined, `${method} ${path}`).toBe(named);
    }
  });

  it('says where a change can conflict, a caller be rate-limited, and a PDF be unavailable', () => {
    const statuses = (path: string, method: string) => Object.keys(document.paths[path]?.[method]?.responses ?? {});
    expect(statuses('/api/plans/{planId}/publish', 'post')).toContain('409');
    expect(statuses('/api/plans/{planId}/milestones/{ref}/updates/{quarter}', 'put')).toContain('409');
    expect(statuses('/api/session', 'delete')).not.toContain('409');
    expect(statuses('/api/session', 'post')).toContain('429');
    expect(statuses('/api/session/password', 'post')).toContain('429');
    expect(statuses('/api/reports/{report}/versions/{version}/pdf', 'get')).toEqual(
      expect.arrayContaining(['429', '503']),
    );
    expect(statuses('/api/board/meetings/{meetingId}/pack.pdf', 'get')).toContain('503');
    expect(statuses('/api/report-previews/quarterly', 'get')).toContain('503');
    expect(statuses('/api/plans/{planId}', 'get')).not.toContain('503');
    expect(document.paths['/api/ready']?.get?.responses['503']?.content).toBeDefined();
    expect(document.paths['/api/health']?.get?.responses['503']).toBeUndefined();
  });

  it('refuses a recursive schema without a name, rather than inventing one that moves', () => {
    interface Tree {
      children: Tree[];
    }
    const tree: z.ZodType<Tree> = z.lazy(() => z.object({ children: z.array(tree) }));
    const route = defineRoute({
      method: 'GET',
      url: '/api/tree',
      operationId: 'getTree',
      summary: 'A tree',
      tag: 'Test',
      access: 'public',
      response: tree,
      handler: () => ({ children: [] }),
    });
    expect(() => buildOpenApiDocument([route], 'test')).toThrow(/GET \/api\/tree.*\.meta\(\{ id/);
  });
});

/** The operation a request reaches: of the paths that match, the one with the fewest parameters. */
function operationFor(document: Document, method: string, url: string): Operation {
  const path = url.split('?')[0] ?? url;
  const matches = Object.keys(document.paths)
    .filter((template) => new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`).test(path))
    .filter((template) => document.paths[template]?.[method.toLowerCase()] !== undefined)
    .sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));
  const operation = matches[0] === undefined ? undefined : document.paths[matches[0]]?.[method.toLowerCase()];
  if (operation === undefined) throw new Error(`The document has no operation for ${method} ${url}.`);
  return operation;
}

/** The JSON schema the document declares for this status of this operation, shared responses followed. */
function declaredSchema(document: Document, operation: Operation, status: number): Json {
  const response = operation.responses[String(status)];
  if (response === undefined) throw new Error(`${operation.operationId} does not declare ${status}.`);
  const shared = response.$ref?.replace('#/components/responses/', '');
  const schema = (shared === undefined ? response : document.components.responses[shared])?.content?.[
    'application/json'
  ]?.schema;
  if (schema === undefined) throw new Error(`${operation.operationId} declares no JSON body for ${status}.`);
  return schema;
}

describeWithDemoData('real answers checked against the OpenAPI document', (ctx) => {
  let app: Awaited<ReturnType<typeof buildServer>>;
  let document: Document;
  let admin: { cookies: Record<string, string>; headers: Record<string, string> };
  // OpenAPI 3.0 schemas are JSON Schema plus "nullable", which Ajv reads; formats are not checked here.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });

  beforeAll(async () => {
    app = await buildServer(ctx());
    document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<Document>();
    const password = 'lantern orchard pebble';
    await addUser(ctx(), { username: 'openapi.admin', role: 'admin', password });
    const session = await signIn(ctx(), { username: 'openapi.admin', password, client: '127.0.0.1' });
    admin = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
  });
  afterAll(async () => {
    await app.close();
  });

  /** Validates the body against the declared schema, its component references made local to it. */
  function expectDeclared(method: string, url: string, response: LightMyRequestResponse): void {
    const schema = declaredSchema(document, operationFor(document, method, url), response.statusCode);
    const local = JSON.parse(
      JSON.stringify({ ...schema, definitions: document.components.schemas }).replaceAll(
        '#/components/schemas/',
        '#/definitions/',
      ),
    ) as Json;
    const validate = ajv.compile(local);
    const valid = validate(response.json());
    expect(validate.errors ?? [], `${method} ${url} → ${response.statusCode}`).toEqual([]);
    expect(valid).toBe(true);
  }

  it('describes public answers as sent, the recursive plan tree among them', async () => {
    for (const url of ['/api/plans/2', '/api/plans', '/api/measures', '/api/session', '/api/organisation']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expectDeclared('GET', url, response);
    }
  });

  it('describes a signed-in answer as sent', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/users', ...admin });
    expect(response.statusCode).toBe(200);
    expectDeclared('GET', '/api/users', response);
  });

  it('describes refusals with the shared problem body, at statuses the operation declares', async () => {
    const refusals = [
      { method: 'GET', url: '/api/plans/999999', status: 404 },
      { method: 'GET', url: '/api/organisation?on=2018-02-30', status: 400 },
      { method: 'GET', url: '/api/users', status: 401 },
      { method: 'POST', url: '/api/users', status: 403, cookies: admin.cookies, payload: { username: 'x.y' } },
    ] as const;
    for (const { status, ...request } of refusals) {
      const response = await app.inject(request);
      expect(response.statusCode, `${request.method} ${request.url}`).toBe(status);
      expectDeclared(request.method, request.url, response);
    }
  });
});
