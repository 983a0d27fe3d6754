import { z } from 'zod';
import { ssoProblemOf } from '../../domain/accounts/index.js';
import { BluelampProblem } from '../../domain/errors.js';
import { completeSsoSignIn, startSsoSignIn, type SsoSettings } from '../../services/index.js';
import { defineRoute, type RouteDefinition } from '../route.js';

const callbackQuery = z.object({
  code: z.string().max(2048).optional(),
  state: z.string().max(512).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
  iss: z.string().max(2048).optional(),
  session_state: z.string().max(2048).optional(),
});

/** Single sign-on through the force's OpenID Connect provider (answers 404 when not configured). */
export function ssoRoutes(settings: SsoSettings | null): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/api/sso',
      operationId: 'getSsoStatus',
      summary: 'Whether single sign-on is available, for the sign-in page',
      tag: 'Accounts',
      access: 'public',
      response: z.object({ enabled: z.boolean() }),
      handler: () => ({ enabled: settings !== null }),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/sso/sign-in',
      operationId: 'startSsoSignIn',
      summary: "Sends the browser to the force's identity provider to sign in, binding the attempt to it with a cookie",
      tag: 'Accounts',
      access: 'public',
      response: z.void(),
      handler: async (ctx, { http }) => {
        const started = await startSsoSignIn(ctx, settings);
        http.setSsoStateCookie(started.state);
        http.redirect(started.url);
      },
    }),
    defineRoute({
      method: 'GET',
      url: '/api/sso/callback',
      operationId: 'completeSsoSignIn',
      summary:
        'Where the identity provider sends the browser back; starts the session, or sends the browser to /sign-in?problem=CODE',
      tag: 'Accounts',
      access: 'public',
      query: callbackQuery,
      response: z.void(),
      handler: async (ctx, { http }) => {
        if (settings === null) {
          await completeSsoSignIn(ctx, settings, { url: new URL('http://localhost/'), browserState: undefined });
          return;
        }
        // A state is good for one try, whatever its outcome.
        http.setSsoStateCookie(null);
        try {
          const signedIn = await completeSsoSignIn(ctx, settings, {
            url: new URL(`${settings.redirectUri}?${http.rawQuery}`),
            browserState: http.ssoState,
          });
          http.setSessionCookie(signedIn.token, signedIn.expiresAt);
          http.redirect('/');
        } catch (error) {
          // A person arrives here in a browser: the sign-in page words the code (never text from a link).
          if (!(error instanceof BluelampProblem)) throw error;
          http.redirect(`/sign-in?problem=${ssoProblemOf(error.details)}`);
        }
      },
    }),
  ];
}
