import type { components, operations } from './apiSchema.js';

/** An operation of the HTTP API, by its operationId. */
export type OperationId = keyof operations;

/**
 * The JSON an operation answers with, as the server's route table declares it: the web app's
 * types come from the OpenAPI document (npm run generate:api-types), so they cannot drift.
 */
export type ResponseOf<Operation extends OperationId> = operations[Operation]['responses'] extends {
  200: { content: { 'application/json': infer Body } };
}
  ? Body
  : // A create answers 201 instead, with the same kind of body.
    operations[Operation]['responses'] extends { 201: { content: { 'application/json': infer Created } } }
    ? Created
    : never;

type JsonOf<Content> = Content extends { content: { 'application/json': infer Body } } ? Body : never;

/** The JSON body an operation accepts, as its route validates it (never when it takes none). */
export type BodyOf<Operation extends OperationId> = JsonOf<NonNullable<operations[Operation]['requestBody']>>;

/** The query parameters an operation reads, by name: page filters that travel to the API use these names. */
export type QueryOf<Operation extends OperationId> = NonNullable<operations[Operation]['parameters']['query']>;

/** A named schema of the OpenAPI document (the recursive ones, such as PlanNode). */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
