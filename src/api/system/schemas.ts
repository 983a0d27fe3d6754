import { z } from 'zod';

/**
 * A JSON Schema (2020-12, as OpenAPI 3.1 has it) inside the document; only its type and format are
 * read by the API page. A type may be a list, as ["string", "null"] for a field that may be null.
 */
const jsonSchema = z.looseObject({
  type: z.union([z.string(), z.array(z.string())]).optional(),
  format: z.string().optional(),
});

const parameter = z.object({
  name: z.string(),
  in: z.enum(['path', 'query', 'header']),
  required: z.boolean(),
  description: z.string().optional(),
  schema: jsonSchema,
});

const mediaTypes = z.record(z.string(), z.object({ schema: jsonSchema }));

/** A response shared by many operations, kept once in components.responses. */
const reference = z.object({ $ref: z.string() });

const response = z.object({
  description: z.string(),
  headers: z.record(z.string(), z.object({ description: z.string(), schema: jsonSchema })).optional(),
  content: mediaTypes.optional(),
});

const securityScheme = z.union([
  z.object({ type: z.literal('apiKey'), in: z.enum(['cookie', 'header']), name: z.string(), description: z.string() }),
  z.object({ type: z.literal('http'), scheme: z.literal('bearer'), description: z.string() }),
]);

const operation = z.object({
  operationId: z.string(),
  summary: z.string(),
  description: z.string().optional(),
  tags: z.array(z.string()),
  'x-access': z.enum(['public', 'signed-in']),
  parameters: z.array(parameter),
  requestBody: z.object({ required: z.boolean(), content: mediaTypes }).optional(),
  /** Each requirement names schemes from components.securitySchemes; empty for public routes. */
  security: z.array(z.record(z.string(), z.array(z.string()))),
  responses: z.record(z.string(), z.union([reference, response])),
});

/** The OpenAPI 3.1 document as buildOpenApiDocument writes it. */
export const openApiDocument = z.object({
  openapi: z.string(),
  info: z.object({
    title: z.string(),
    version: z.string(),
    description: z.string(),
    license: z.object({ name: z.string(), identifier: z.string() }),
  }),
  tags: z.array(z.object({ name: z.string() })),
  paths: z.record(z.string(), z.record(z.string(), operation)),
  components: z.object({
    schemas: z.record(z.string(), jsonSchema),
    responses: z.record(z.string(), response),
    securitySchemes: z.record(z.string(), securityScheme),
  }),
});
