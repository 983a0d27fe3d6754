import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildOpenApiDocument } from './openapi.js';
import { defineRoute } from './route.js';
import { routeTable } from './routes.js';

describe('the OpenAPI document', () => {
  const document = buildOpenApiDocument(routeTable('test'), 'test');

  it('is valid OpenAPI 3, every reference resolving', async () => {
    // The validator dereferences in place; the clone keeps the document as built.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('names the recursive plan trees in components, with no local definitions left', () => {
    const schemas = (document.components as { schemas: Record<string, unknown> }).schemas;
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['Error', 'PlanNode', 'PlanDocumentNode']));
    const text = JSON.stringify(document);
    expect(text).not.toMatch(/"(definitions|\$defs)"|#\/definitions\/|#\/\$defs\//);
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
