import { z } from 'zod';
import { BluelampProblem } from '../../domain/errors.js';
import {
  addUser,
  disableUser,
  listUsers,
  setUserRole,
  signIn,
  signOut,
  signOutEverywhere,
} from '../../services/index.js';
import { defineRoute, type RouteDefinition } from '../route.js';

const user = z.object({
  username: z.string(),
  displayName: z.string(),
  role: z.enum(['admin', 'performance', 'owner', 'reviewer', 'viewer']),
  disabled: z.boolean(),
  scope: z.array(z.string()),
  createdAt: z.string(),
});

const session = z.object({ user, csrfToken: z.string() });
const maybeSession = z.object({ user: user.nullable(), csrfToken: z.string().nullable() });

const credentials = z.strictObject({
  username: z.string().min(1, { error: 'is required' }).max(64, { error: 'must be at most 64 characters' }),
  password: z.string().min(1, { error: 'is required' }).max(256, { error: 'must be at most 256 characters' }),
});

const roleName = z.enum(['admin', 'performance', 'owner', 'reviewer', 'viewer']);

const newUser = z.strictObject({
  username: z
    .string()
    .min(2, { error: 'must have at least 2 characters' })
    .max(64, { error: 'must be at most 64 characters' }),
  displayName: z.string().max(200, { error: 'must be at most 200 characters' }).optional(),
  role: roleName,
  password: z.string().max(256, { error: 'must be at most 256 characters' }).optional(),
  scope: z.array(z.string().max(64)).max(100).optional(),
});

const userChange = z.strictObject({
  role: roleName.optional(),
  disabled: z.literal(true).optional(),
  reason: z.string().max(1000, { error: 'must be at most 1,000 characters' }).optional(),
});

export const accountRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'POST',
    url: '/api/users',
    operationId: 'addUser',
    summary: 'Add an account; without a password it signs in only through single sign-on (administrators only)',
    tag: 'Accounts',
    access: 'signed-in',
    body: newUser,
    response: user,
    handler: (ctx, { body }) => addUser(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/users/:username',
    operationId: 'changeUser',
    summary: "Change an account's role or disable it; its sessions end (administrators only)",
    tag: 'Accounts',
    access: 'signed-in',
    params: z.strictObject({ username: z.string().min(1).max(64) }),
    body: userChange,
    response: user,
    handler: async (ctx, { params, body }) => {
      let changed =
        body.role === undefined ? undefined : await setUserRole(ctx, params.username, body.role, body.reason);
      if (body.disabled === true) changed = await disableUser(ctx, params.username, body.reason);
      if (changed === undefined)
        throw new BluelampProblem('invalid-input', 'Say what to change: a role, or disabled: true.', 'body');
      return changed;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/users',
    operationId: 'listUsers',
    summary: 'Every account, with role and scope (administrators only)',
    tag: 'Accounts',
    access: 'signed-in',
    response: z.object({ users: z.array(user) }),
    handler: async (ctx) => ({ users: await listUsers(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/session',
    operationId: 'signIn',
    summary: 'Sign in with a user name and password; sets the session cookie',
    tag: 'Accounts',
    access: 'public',
    body: credentials,
    response: session.extend({ expiresAt: z.string() }),
    handler: async (ctx, { body, http }) => {
      const signedIn = await signIn(ctx, { ...body, client: http.client });
      http.setSessionCookie(signedIn.token, signedIn.expiresAt);
      return { user: signedIn.user, csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/session',
    operationId: 'getSession',
    summary: 'Who is signed in (user null for the public), and the CSRF token their changes must carry',
    tag: 'Accounts',
    access: 'public',
    response: maybeSession,
    handler: (_ctx, { http }) =>
      http.session === null
        ? { user: null, csrfToken: null }
        : { user: http.session.user, csrfToken: http.session.csrfToken },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/session',
    operationId: 'signOut',
    summary: 'Sign out of this session',
    tag: 'Accounts',
    access: 'signed-in',
    response: z.object({ signedOut: z.literal(true) }),
    handler: async (ctx, { http }) => {
      if (http.session !== null) await signOut(ctx, http.session);
      http.clearSessionCookie();
      return { signedOut: true as const };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/session/sign-out-everywhere',
    operationId: 'signOutEverywhere',
    summary: 'End every session of the signed-in user, on every device',
    tag: 'Accounts',
    access: 'signed-in',
    response: z.object({ sessionsEnded: z.number().int() }),
    handler: async (ctx, { http }) => {
      const sessionsEnded = http.session === null ? 0 : await signOutEverywhere(ctx, http.session);
      http.clearSessionCookie();
      return { sessionsEnded };
    },
  }),
];
