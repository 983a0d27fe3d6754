import type { FastifyReply, FastifyRequest } from 'fastify';
import { BluelampProblem } from '../domain/errors.js';
import { resolveSession, SSO_SIGN_IN_MINUTES, type ServiceContext, type Session } from '../services/index.js';
import { bearerSession } from './accounts/bearerToken.js';
import type { HttpExchange, RouteDefinition } from './route.js';

export const SESSION_COOKIE = 'bluelamp_session';
export const CSRF_HEADER = 'x-csrf-token';
/**
 * Binds a single sign-on to the browser that started it: sent only to the callback, gone after
 * the sign-in's time limit. SameSite=Lax still sends it on the provider's top-level redirect back.
 */
export const SSO_STATE_COOKIE = 'bluelamp_sso_state';
const SSO_STATE_PATH = '/api/sso/callback';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sessionToken(request: FastifyRequest): string | undefined {
  const token = request.cookies[SESSION_COOKIE];
  return token !== undefined && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : undefined;
}

/**
 * Finds the caller's session from the cookie and enforces the route's access: a signed-in route
 * needs a live session, and a cookie-authenticated change needs the session's CSRF token.
 */
export async function exchangeFor(
  ctx: ServiceContext,
  route: RouteDefinition,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<HttpExchange> {
  // A personal API token, when sent, speaks for the caller instead of any cookie.
  const bearer = await bearerSession(ctx, request);
  const token = bearer === undefined ? sessionToken(request) : undefined;
  const session: Session | null = bearer ?? (token === undefined ? null : await resolveSession(ctx, token));
  if (route.access === 'signed-in' && session === null) {
    throw new BluelampProblem('unauthenticated', 'Sign in to do this. Your session may have ended.');
  }
  if (session !== null && !SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== session.csrfToken) {
    throw new BluelampProblem(
      'forbidden',
      `This change needs the ${CSRF_HEADER} header from your session. Reload the page and try again.`,
    );
  }
  const secure = request.protocol === 'https';
  return {
    session,
    client: request.ip,
    setSessionCookie(value, expiresAt) {
      void reply.setCookie(SESSION_COOKIE, value, {
        httpOnly: true,
        sameSite: 'lax',
        secure,
        path: '/',
        expires: new Date(expiresAt),
      });
    },
    redirect(url) {
      void reply.redirect(url, 302);
    },
    ssoState: request.cookies[SSO_STATE_COOKIE],
    setSsoStateCookie(state) {
      const options = { httpOnly: true, sameSite: 'lax', secure, path: SSO_STATE_PATH } as const;
      if (state === null) void reply.clearCookie(SSO_STATE_COOKIE, options);
      else void reply.setCookie(SSO_STATE_COOKIE, state, { ...options, maxAge: SSO_SIGN_IN_MINUTES * 60 });
    },
    rawQuery: request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '',
    clearSessionCookie() {
      void reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
    },
  };
}
