import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { BluelampProblem, type ProblemKind } from '../domain/errors.js';
import type { ErrorBody } from './schemas.js';

const STATUS_OF: Record<ProblemKind, number> = {
  'invalid-input': 400,
  unauthenticated: 401,
  forbidden: 403,
  'rate-limited': 429,
  'not-found': 404,
  conflict: 409,
  unavailable: 503,
};

/** A request that failed its schema; the message names the part and the field. */
export class InvalidRequestError extends Error {
  override readonly name = 'InvalidRequestError';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function invalidRequest(
  part: 'path' | 'query' | 'body',
  issues: readonly z.core.$ZodIssue[],
): InvalidRequestError {
  const first = issues[0];
  const path = first?.path.map(String) ?? [];
  const keys = first?.code === 'unrecognized_keys' ? first.keys : [];
  const field = [part, ...path, ...keys.slice(0, 1)].join('.');
  const message =
    first === undefined
      ? `The request ${part} is not valid.`
      : first.code === 'unrecognized_keys'
        ? `${field} is not a field this request accepts.`
        : `${field} ${first.message}`;
  return new InvalidRequestError(field, message);
}

function errorBodyOf(
  status: number,
  message: string,
  field?: string,
  details?: Readonly<Record<string, string | number | null>>,
): ErrorBody {
  return {
    error: {
      status,
      message,
      ...(field === undefined ? {} : { field }),
      ...(details === undefined ? {} : { details }),
    },
  };
}

/**
 * Every failure leaves the server as one JSON shape. Expected problems carry their own message;
 * anything else is logged and answered without a stack, SQL or file path.
 */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof InvalidRequestError) {
    void reply.status(400).send(errorBodyOf(400, error.message, error.field));
    return;
  }
  if (error instanceof BluelampProblem) {
    const status = STATUS_OF[error.kind];
    // A busy or rate-limited answer says when to come back, in the header clients and proxies read.
    const retryAfter = error.details?.retryAfterSeconds;
    if (typeof retryAfter === 'number') void reply.header('retry-after', String(Math.ceil(retryAfter)));
    void reply.status(status).send(errorBodyOf(status, error.message, error.field, error.details));
    return;
  }
  const status = (error as FastifyError).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    void reply.status(status).send(errorBodyOf(status, plainClientMessage(error as FastifyError)));
    return;
  }
  request.log.error({ err: error }, 'request failed');
  void reply
    .status(500)
    .send(errorBodyOf(500, 'Something went wrong on our side. It has been logged; please try again.'));
}

function plainClientMessage(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request body is not valid JSON.';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is too large.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'The request body must be JSON (Content-Type: application/json).';
    default:
      return error.message;
  }
}

export function notFoundBody(url: string): ErrorBody {
  return errorBodyOf(404, `There is no API route at ${url.split('?')[0] ?? url}.`);
}
