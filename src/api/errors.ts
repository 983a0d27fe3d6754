import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { BluelampProblem } from '../domain/errors.js';
import type { ErrorBody } from './schemas.js';

/** RFC 9457's media type: every failure the API answers is a problem details object. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/**
 * The kinds of problem the API answers, each with its status and a fixed title. A kind's type is
 * "/problems/<kind>", a stable name a client may branch on; the detail is the sentence to show.
 */
export const PROBLEM_KINDS = {
  'invalid-input': { status: 400, title: 'The request is not valid' },
  unauthenticated: { status: 401, title: 'Not signed in' },
  forbidden: { status: 403, title: 'Not allowed' },
  'not-found': { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflicts with the data as it stands' },
  'version-conflict': { status: 409, title: 'Changed by someone else' },
  'precondition-failed': { status: 412, title: 'If-Match does not name the current version' },
  'too-large': { status: 413, title: 'The request is too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'server-error': { status: 500, title: 'Something went wrong on our side' },
  'invalid-response': { status: 500, title: 'The answer does not match its schema' },
  unavailable: { status: 503, title: 'Temporarily unavailable' },
} as const;

export type ProblemName = keyof typeof PROBLEM_KINDS;

export const problemType = (name: ProblemName): string => `/problems/${name}`;

type Details = Readonly<Record<string, string | number | null>>;

interface ProblemFacts {
  readonly detail: string;
  /** The request path the problem arose on. */
  readonly instance: string;
  readonly field?: string | undefined;
  readonly details?: Details | undefined;
}

export function problemOf(name: ProblemName, facts: ProblemFacts): ErrorBody {
  const { status, title } = PROBLEM_KINDS[name];
  return {
    type: problemType(name),
    title,
    status,
    detail: facts.detail,
    instance: facts.instance,
    ...(facts.field === undefined ? {} : { field: facts.field }),
    ...(facts.details === undefined ? {} : { details: facts.details }),
  };
}

/** Sends a problem with its own status and media type. */
export function sendProblem(reply: FastifyReply, problem: ErrorBody): FastifyReply {
  return reply.status(problem.status).type(PROBLEM_MEDIA_TYPE).send(problem);
}

/** The path alone: a query string may hold things (a search, a token) that need not travel back. */
export const requestPath = (url: string): string => url.split('?')[0] ?? url;

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

/**
 * A conflict about a version (a stale write, a report's expected version) is its own kind: the
 * client's answer is to reload, and details carries the version that now stands.
 */
function kindOf(problem: BluelampProblem): ProblemName {
  if (problem.kind !== 'conflict') return problem.kind;
  const aboutVersion =
    problem.details?.currentVersion !== undefined || problem.field === 'version' || problem.field === 'expectedVersion';
  return aboutVersion ? 'version-conflict' : 'conflict';
}

/** Fastify's own refusals (bad JSON, too large, wrong media type) in the same words as ours. */
function frameworkProblem(error: FastifyError, status: number, instance: string): ErrorBody {
  const detail = plainClientMessage(error);
  const known = (Object.keys(PROBLEM_KINDS) as ProblemName[]).find(
    (name) => PROBLEM_KINDS[name].status === status && name !== 'version-conflict',
  );
  if (known !== undefined) return problemOf(known, { detail, instance });
  // A status with no kind of its own: RFC 9457's "about:blank", titled with the status's phrase.
  return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Client error', status, detail, instance };
}

/**
 * Every failure leaves the server as a problem details object. Expected problems carry their own
 * message; anything else is logged and answered without a stack, SQL or file path.
 */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  const instance = requestPath(request.url);
  if (error instanceof InvalidRequestError) {
    void sendProblem(reply, problemOf('invalid-input', { detail: error.message, instance, field: error.field }));
    return;
  }
  if (error instanceof BluelampProblem) {
    // A busy or rate-limited answer says when to come back, in the header clients and proxies read.
    const retryAfter = error.details?.retryAfterSeconds;
    if (typeof retryAfter === 'number') void reply.header('retry-after', String(Math.ceil(retryAfter)));
    // RFC 6750: a tool that sent a bearer token is told, in the header it reads, that the token failed.
    if (error.kind === 'unauthenticated' && /^bearer\s/i.test(request.headers.authorization ?? '')) {
      void reply.header('www-authenticate', 'Bearer error="invalid_token"');
    }
    const { message: detail, field, details } = error;
    void sendProblem(reply, problemOf(kindOf(error), { detail, instance, field, details }));
    return;
  }
  const status = (error as FastifyError).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    void sendProblem(reply, frameworkProblem(error as FastifyError, status, instance));
    return;
  }
  request.log.error({ err: error }, 'request failed');
  const detail = 'Something went wrong on our side. It has been logged; please try again.';
  void sendProblem(reply, problemOf('server-error', { detail, instance }));
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
  const instance = requestPath(url);
  return problemOf('not-found', { detail: `There is no API route at ${instance}.`, instance });
}
