import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
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
    securitySchemes: Record<string, { type: string; in?: string; name?: string; scheme?: string }>;
  };
}

const PROBLEM = 'application/problem+json';

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

  it('is OpenAPI 3.1, valid by a standard validator', async () => {
    expect((document as unknown as { openapi: string }).openapi).toBe('3.1.0');
    // The validator dereferences in place; the clone keeps the document as built.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('holds schemas that are strict JSON Schema 2020-12, with no OpenAPI 3.0 "nullable" left', () => {
    // The validator checks 3.1 documents against the OpenAPI schema, which takes any object as a
    // schema; compiling each one in strict mode finds unknown keywords and misplaced ones.
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, validateFormats: false });
    const local = (schema: unknown) =>
      JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', '"components#/$defs/')) as Json;
    ajv.addSchema(local({ $id: 'components', $defs: document.components.schemas }));
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      expect(() => ajv.compile(local(schema)), name).not.toThrow();
    }
    for (const { method, path, operation } of operations(document)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const media of Object.values(response.content ?? {})) {
          expect(() => ajv.compile(local(media.schema)), `${method} ${path} ${status}`).not.toThrow();
        }
      }
    }
    expect(JSON.stringify(document)).not.toContain('"nullable"');
  });

  it('has every $ref pointing at something the document holds', () => {
    const all = references(document);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((reference) => !resolves(document, reference))).toEqual([]);
  });

  it('names the recursive plan trees in components, each referring to itself, with no local definitions left', () => {
    const { schemas } = document.components;
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['Problem', 'PlanNode', 'PlanDocumentNode']));
    expect(references(schemas.PlanNode)).toContain('#/components/schemas/PlanNode');
    expect(references(schemas.PlanDocumentNode)).toContain('#/components/schemas/PlanDocumentNode');
    const getPlan = document.paths['/api/plans/{planId}']?.get?.responses['200'];
    expect(references(getPlan)).toContain('#/components/schemas/PlanNode');
    expect(JSON.stringify(document)).not.toMatch(/"(definitions|\$defs)"|#\/definitions\/|#\/\$defs\//);
  });

  it('declares the session cookie, the CSRF header and a bearer token as the ways to call signed-in routes', () => {
    expect(document.components.securitySchemes).toEqual({
      sessionCookie: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'bluelamp_session' }) as unknown,
      csrfToken: expect.objectContaining({ type: 'apiKey', in: 'header', name: 'x-csrf-token' }) as unknown,
      bearerAuth: expect.objectContaining({ type: 'http', scheme: 'bearer' }) as unknown,
    });
  });

  it('asks for a session (or, to read, a bearer token unless the route is for people only), and says 401 and 403, on every signed-in route and on no public one', () => {
    for (const { method, path, operation } of operations(document)) {
      const where = `${method} ${path}`;
      const route = routes.get(operation.operationId);
      if (route?.access === 'signed-in') {
        const reads =
          route.sessionOnly === true ? [{ sessionCookie: [] }] : [{ sessionCookie: [] }, { bearerAuth: [] }];
        const needs = method === 'get' ? reads : [{ sessionCookie: [], csrfToken: [] }];
        expect(operation.security, where).toEqual(needs);
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

  it('describes every failure as a problem details object, and lets every operation fail with a 500', () => {
    for (const { method, path, operation } of operations(document)) {
      expect(operation.responses['500'], `${method} ${path}`).toEqual({ $ref: '#/components/responses/ServerError' });
    }
    for (const [name, response] of Object.entries(document.components.responses)) {
      expect(response.content, name).toEqual({ [PROBLEM]: { schema: { $ref: '#/components/schemas/Problem' } } });
    }
    expect(document.components.schemas.Problem?.required).toEqual(['type', 'title', 'status', 'detail', 'instance']);
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

/** The schema the document declares for this status and media type of this operation, shared responses followed. */
function declaredSchema(document: Document, operation: Operation, status: number, media: string): Json {
  const response = operation.responses[String(status)];
  if (response === undefined) throw new Error(`${operation.operationId} does not declare ${status}.`);
  const shared = response.$ref?.replace('#/components/responses/', '');
  const schema = (shared === undefined ? response : document.components.responses[shared])?.content?.[media]?.schema;
  if (schema === undefined) throw new Error(`${operation.operationId} declares no ${media} body for ${status}.`);
  return schema;
}

describeWithDemoData('real answers checked against the OpenAPI document', (ctx) => {
  let app: Awaited<ReturnType<typeof buildServer>>;
  let document: Document;
  let admin: { cookies: Record<string, string>; headers: Record<string, string> };
  // OpenAPI 3.1 schemas are JSON Schema 2020-12; formats are not checked here.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });

  beforeAll(async () => {
    app = await buildServer(ctx());
    document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<Document>();
    // The served document, as a client downloads it, is what must pass the validator.
    await SwaggerParser.validate(structuredClone(document) as never);
    const password = 'lantern orchard pebble';
    await addUser(ctx(), { username: 'openapi.admin', role: 'admin', password });
    const session = await signIn(ctx(), { username: 'openapi.admin', password, client: '127.0.0.1' });
    admin = { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
  });
  afterAll(async () => {
    await app.close();
  });

  /** Validates the body against the schema declared for its status and media type, component references made local. */
  function expectDeclared(method: string, url: string, response: LightMyRequestResponse): void {
    const media = String(response.headers['content-type']).split(';')[0] ?? '';
    const schema = declaredSchema(document, operationFor(document, method, url), response.statusCode, media);
    const local = JSON.parse(
      JSON.stringify({ ...schema, $defs: document.components.schemas }).replaceAll('#/components/schemas/', '#/$defs/'),
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

  it('answers a plan that does not exist and a body that does not fit as problems of their kind, naming the field', async () => {
    const missing = await app.inject({ method: 'GET', url: '/api/plans/999?view=tree' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toBe(`${PROBLEM}; charset=utf-8`);
    expect(missing.json()).toEqual({
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: 'There is no plan with id 999.',
      instance: '/api/plans/999',
      field: 'planId',
    });
    const badBody = await app.inject({
      method: 'POST',
      url: '/api/users',
      ...admin,
      payload: { username: 'new.user', role: 'chief constable', password: 'lantern orchard pebble' },
    });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.headers['content-type']).toBe(`${PROBLEM}; charset=utf-8`);
    expect(badBody.json()).toMatchObject({
      type: '/problems/invalid-input',
      title: 'The request is not valid',
      status: 400,
      detail: expect.stringMatching(/^body\.role /) as unknown,
      instance: '/api/users',
      field: 'body.role',
    });
    expectDeclared('POST', '/api/users', badBody);
  });
});
