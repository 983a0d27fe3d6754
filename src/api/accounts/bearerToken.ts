import type { FastifyRequest } from 'fastify';
import { BluelampProblem } from '../../domain/errors.js';
import { resolveApiToken, type ServiceContext, type Session } from '../../services/index.js';

// Tokens are for tools that read: anything that could change data needs a person in a browser.
const READ_METHODS = new Set(['GET', 'HEAD']);

/** The token in an `Authorization: Bearer …` header (the scheme's name in any case), if one was sent. */
function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return match?.[1];
}

/**
 * The person a request's personal API token acts for, or undefined when it carries none (the
 * session cookie then decides). A token only reads: a change sent with one is refused (403) before
 * the token is even looked at; an unknown, expired or revoked token is 401 on any route.
 */
export async function bearerSession(ctx: ServiceContext, request: FastifyRequest): Promise<Session | undefined> {
  const token = bearerOf(request);
  if (token === undefined) return undefined;
  if (!READ_METHODS.has(request.method)) {
    throw new BluelampProblem(
      'forbidden',
      'API tokens are read-only: they can read (GET) but not change anything. Make changes in Bluelamp, signed in.',
    );
  }
  const session = await resolveApiToken(ctx, token);
  if (session === null) {
    throw new BluelampProblem(
      'unauthenticated',
      'This API token is not valid: it may have expired or been revoked. Make a new one on your account page.',
    );
  }
  return session;
}

/** Token management needs the person, signed in: a token cannot make, list or revoke tokens. */
export function refuseApiToken(session: Session | null): Session {
  if (session === null) throw new BluelampProblem('unauthenticated', 'Sign in to manage your API tokens.');
  if (session.apiTokenId !== undefined) {
    throw new BluelampProblem('forbidden', 'API tokens are managed signed in to Bluelamp, not with an API token.');
  }
  return session;
}
