import { z } from 'zod';
import { BluelampProblem } from '../../domain/errors.js';
import {
  addUser,
  changeOwnPassword,
  disableUser,
  enableUser,
  listUsers,
  resetUserPassword,
  setUserRole,
  setUserSsoEmail,
  setUserEmail,
  signIn,
  signOut,
  signOutEverywhere,
  type ServiceContext,
  type UserSummary,
} from '../../services/index.js';
import { setUserAccess } from '../../services/accounts/setUserAccess.js';
import { defineRoute, type RouteDefinition } from '../route.js';

const user = z.object({
  username: z.string(),
  displayName: z.string(),
  role: z.enum(['admin', 'performance', 'owner', 'reviewer', 'viewer']),
  disabled: z.boolean(),
  scope: z.array(z.string()),
  createdAt: z.string(),
  ssoEmail: z.string().nullable(),
  ssoLinked: z.boolean(),
  email: z.string().nullable(),
});

const session = z.object({ user, csrfToken: z.string() });
// Signed in with a token, or neither: the web app relies on a user always coming with a token.
const maybeSession = z.union([session, z.object({ user: z.null(), csrfToken: z.null() })]);

const credentials = z.strictObject({
  username: z.string().min(1, { error: 'is required' }).max(64, { error: 'must be at most 64 characters' }),
  password: z.string().min(1, { error: 'is required' }).max(256, { error: 'must be at most 256 characters' }),
});

const roleName = z.enum(['admin', 'performance', 'owner', 'reviewer', 'viewer']);
const password = z.string().max(256, { error: 'must be at most 256 characters' });
const reason = z.string().max(1000, { error: 'must be at most 1,000 characters' });
const ssoEmail = z.string().max(254, { error: 'must be at most 254 characters' });
const usernameParam = z.strictObject({ username: z.string().min(1).max(64) });

const newUser = z.strictObject({
  username: z
    .string()
    .min(2, { error: 'must have at least 2 characters' })
    .max(64, { error: 'must be at most 64 characters' }),
  displayName: z.string().max(200, { error: 'must be at most 200 characters' }).optional(),
  role: roleName,
  password: password.optional(),
  scope: z.array(z.string().max(64)).max(100).optional(),
  ssoEmail: ssoEmail.optional(),
  email: ssoEmail.optional(),
});

const userChange = z.strictObject({
  role: roleName.optional(),
  scope: z.array(z.string().max(64)).max(100).optional(),
  disabled: z.boolean().optional(),
  ssoEmail: ssoEmail.nullable().optional(),
  email: ssoEmail.nullable().optional(),
  reason: reason.optional(),
});
type UserChange = z.infer<typeof userChange>;

/** Applies each change asked for, in turn; each is its own audited use case. */
async function applyUserChange(ctx: ServiceContext, username: string, body: UserChange): Promise<UserSummary> {
  let changed: UserSummary | undefined;
  // A scope comes with the role it is for, so that the two are checked against each other at once.
  if (body.scope !== undefined) {
    changed = await setUserAccess(ctx, username, { role: body.role, scope: body.scope }, body.reason);
  } else if (body.role !== undefined) changed = await setUserRole(ctx, username, body.role, body.reason);
  if (body.ssoEmail !== undefined) changed = await setUserSsoEmail(ctx, username, body.ssoEmail, body.reason);
  if (body.email !== undefined) changed = await setUserEmail(ctx, username, body.email, body.reason);
  if (body.disabled === true) changed = await disableUser(ctx, username, body.reason);
  if (body.disabled === false) changed = await enableUser(ctx, username, body.reason);
  if (changed === undefined) {
    throw new BluelampProblem(
      'invalid-input',
      'Say what to change: a role, scope, disabled, ssoEmail or email.',
      'body',
    );
  }
  return changed;
}

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
    summary:
      "Change an account's role or scope (owners at least one unit, other roles none), disable or re-enable it, or mark it for single sign-on with the e-mail address " +
      'the identity provider must vouch for (null: no single sign-on); its sessions end (administrators only)',
    tag: 'Accounts',
    access: 'signed-in',
    params: usernameParam,
    body: userChange,
    response: user,
    handler: (ctx, { params, body }) => applyUserChange(ctx, params.username, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/users/:username/password',
    operationId: 'resetUserPassword',
    summary:
      'Set a new password for an account: the one given, or (without one) a strong one made and answered once; ' +
      'its sessions end and its failed sign-ins are forgotten (administrators only)',
    tag: 'Accounts',
    access: 'signed-in',
    params: usernameParam,
    body: z.strictObject({ password: password.optional(), reason: reason.optional() }),
    response: z.object({ user, generatedPassword: z.string().nullable() }),
    handler: (ctx, { params, body }) => resetUserPassword(ctx, { username: params.username, ...body }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/users',
    operationId: 'listUsers',
    summary: 'Every account, with role and scope (administrators only)',
    tag: 'Accounts',
    access: 'signed-in',
    keptPerCaller: true,
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
    method: 'POST',
    url: '/api/session/password',
    operationId: 'changeOwnPassword',
    summary:
      "Change the signed-in person's own password, given the current one (which counts against the sign-in " +
      'limits); their other sessions end, this one stays',
    tag: 'Accounts',
    access: 'signed-in',
    body: z.strictObject({
      currentPassword: password.min(1, { error: 'is required' }),
      newPassword: password.min(1, { error: 'is required' }),
    }),
    response: z.object({ user, otherSessionsEnded: z.number().int() }),
    handler: async (ctx, { body, http }) => {
      if (http.session === null) throw new BluelampProblem('unauthenticated', 'Sign in to change your password.');
      return changeOwnPassword(ctx, http.session, { ...body, client: http.client });
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
