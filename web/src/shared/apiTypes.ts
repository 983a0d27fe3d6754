import type { components, operations } from './apiSchema.js';

/**
 * The JSON an operation answers with, as the server's route table declares it: the web app's
 * types come from the OpenAPI document (npm run generate:api-types), so they cannot drift.
 */
export type ResponseOf<Operation extends keyof operations> = operations[Operation]['responses'] extends {
  200: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/** A named schema of the OpenAPI document (the recursive ones, such as PlanNode). */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
