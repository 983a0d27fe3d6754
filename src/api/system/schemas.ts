import { z } from 'zod';

/** A JSON Schema object inside the document; only its type and format are read by the API page. */
const jsonSchema = z.looseObject({ type: z.string().optional(), format: z.string().optional() });

const parameter = z.object({
  name: z.string(),
  in: z.enum(['path', 'query']),
  required: z.boolean(),
  description: z.string().optional(),
  schema: jsonSchema,
});

const mediaTypes = z.record(z.string(), z.object({ schema: jsonSchema }));

const operation = z.object({
  operationId: z.string(),
  summary: z.string(),
  description: z.string().optional(),
  tags: z.array(z.string()),
  'x-access': z.enum(['public', 'signed-in']),
  parameters: z.array(parameter),
  requestBody: z.object({ required: z.boolean(), content: mediaTypes }).optional(),
  responses: z.record(z.string(), z.object({ description: z.string(), content: mediaTypes.optional() })),
});

/** The OpenAPI 3 document as buildOpenApiDocument writes it. */
export const openApiDocument = z.object({
  openapi: z.string(),
  info: z.object({
    title: z.string(),
    version: z.string(),
    description: z.string(),
    license: z.object({ name: z.string() }),
  }),
  tags: z.array(z.object({ name: z.string() })),
  paths: z.record(z.string(), z.record(z.string(), operation)),
  components: z.object({ schemas: z.record(z.string(), jsonSchema) }),
});
