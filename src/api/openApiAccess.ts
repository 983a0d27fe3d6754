import { PROBLEM_MEDIA_TYPE } from './errors.js';
import type { RouteDefinition } from './route.js';
import { CSRF_HEADER, SESSION_COOKIE } from './sessionCookie.js';

type JsonSchema = Record<string, unknown>;

/** What the document needs to know of a route's converted input to say how it can fail. */
export interface ConvertedInput {
  readonly parameterSchemas: readonly JsonSchema[];
  readonly body: JsonSchema | undefined;
}

const SESSION = 'sessionCookie';
const CSRF = 'csrfToken';
const BEARER = 'bearerAuth';

/**
 * How a caller proves who they are: the session cookie, and on changes the session's CSRF token
 * too; or, to read, a personal API token.
 */
export const securitySchemes = {
  [SESSION]: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The session, set by POST /api/session (or single sign-on) and ended by DELETE /api/session.',
  },
  [CSRF]: {
    type: 'apiKey',
    in: 'header',
    name: CSRF_HEADER,
    description:
      'The csrfToken that GET /api/session answers. Every change made with the session cookie must send it, ' +
      'or the answer is 403.',
  },
  [BEARER]: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A personal API token, sent as Authorization: Bearer <token>. It reads (GET) what its owner may read; ' +
      'changes need the session cookie and CSRF header.',
  },
} as const;

const isWrite = (route: RouteDefinition): boolean => route.method !== 'GET';

/**
 * Public routes need nothing. Signed-in reads take the session cookie or an API token; signed-in
 * changes take the cookie with the CSRF header (both at once, hence one requirement with two).
 */
export function securityOf(route: RouteDefinition): Record<string, string[]>[] {
  if (route.access === 'public') return [];
  if (isWrite(route)) return [{ [SESSION]: [], [CSRF]: [] }];
  return route.sessionOnly === true ? [{ [SESSION]: [] }] : [{ [SESSION]: [] }, { [BEARER]: [] }];
}

const problem = (description: string, headers?: Record<string, unknown>) => ({
  description,
  ...(headers === undefined ? {} : { headers }),
  content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** One shared response per failure, so every operation says the same thing about the same status. */
export const problemResponses = {
  InvalidRequest: problem(
    'The request did not match the schema (type /problems/invalid-input): field names the field and detail says why.',
  ),
  Unauthenticated: problem('No live session or API token: sign in first. The session may have ended.'),
  Forbidden: problem(
    `The caller's role does not allow this, or a change made with the session cookie lacks the ${CSRF_HEADER} header.`,
  ),
  NotFound: problem('Nothing has the identifier the path names.'),
  Conflict: problem(
    'The change collides with the data as it stands: the thing is already published or exists, or its state ' +
      'does not allow the step (/problems/conflict); or someone saved a newer version (/problems/version-conflict, ' +
      'details.currentVersion says which). Reload and try again.',
  ),
  PreconditionFailed: problem(
    'If-Match does not name the current version (/problems/precondition-failed): someone changed the ' +
      'thing since it was read, and nothing was written; details.currentVersion says which version is current.',
  ),
  RateLimited: problem('Too many attempts or downloads from this caller; wait before trying again.', {
    'Retry-After': { description: 'Seconds to wait, when known.', schema: { type: 'integer', minimum: 1 } },
  }),
  Unavailable: problem(
    'Something the answer needs is missing or not ready: the database, or Chromium to print a PDF. The detail says which.',
  ),
  ServerError: problem('Something failed on the server; the detail says no more.'),
} as const;

type ProblemName = keyof typeof problemResponses;

const requires = (body: JsonSchema | undefined, names: readonly string[]): boolean =>
  Array.isArray(body?.required) && names.some((name) => (body.required as unknown[]).includes(name));

/** A PDF is printed by Chromium, which may be missing: the URL names pdf, or a format option offers it. */
const mayPrintPdf = (route: RouteDefinition, input: ConvertedInput): boolean =>
  /pdf/i.test(route.url) ||
  input.parameterSchemas.some((schema) => JSON.stringify(schema).includes('"pdf"')) ||
  // Publishing a report prints and keeps its PDF there and then.
  (isWrite(route) && route.url.startsWith('/api/reports/'));

/**
 * The failures a route can answer, read from what the route table already says of it: input can
 * be refused, a session can be missing, a path can name nothing, a change can collide, a password
 * check and an anonymous download are rate-limited, and a PDF can be unavailable. (A route with its own
 * status, the health check, answers its usual body with that status; the document says so itself.)
 */
export function failuresOf(route: RouteDefinition, input: ConvertedInput): Partial<Record<number, ProblemName>> {
  const hasInput = route.params !== undefined || route.query !== undefined || route.body !== undefined;
  const signedIn = route.access === 'signed-in';
  const failures: Partial<Record<number, ProblemName>> = {};
  if (hasInput || isWrite(route)) failures[400] = 'InvalidRequest';
  if (signedIn) failures[401] = 'Unauthenticated';
  // A public change is still refused when it comes with a session cookie and no CSRF header.
  if (signedIn || isWrite(route)) failures[403] = 'Forbidden';
  if (route.params !== undefined) failures[404] = 'NotFound';
  if (signedIn && isWrite(route) && (route.body !== undefined || route.params !== undefined))
    failures[409] = 'Conflict';
  if (route.ifMatch !== undefined) failures[412] = 'PreconditionFailed';
  const checksPassword = requires(input.body, ['password', 'currentPassword']);
  const anonymousDownload = route.access === 'public' && route.download !== undefined;
  if (checksPassword || anonymousDownload) failures[429] = 'RateLimited';
  if (mayPrintPdf(route, input)) failures[503] = 'Unavailable';
  failures[500] = 'ServerError';
  return failures;
}
