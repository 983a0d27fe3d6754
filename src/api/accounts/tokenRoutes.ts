import { z } from 'zod';
import { API_TOKEN_MAX_DAYS, API_TOKEN_NAME_MAX } from '../../domain/accounts/index.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../../services/index.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import { refuseApiToken } from './bearerToken.js';

const apiToken = z.object({
  id: z.number().int(),
  username: z.string(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  state: z.enum(['active', 'expired', 'revoked']),
});

const newApiToken = z.strictObject({
  name: z
    .string()
    .min(1, { error: 'is required' })
    .max(API_TOKEN_NAME_MAX, { error: `must be at most ${API_TOKEN_NAME_MAX} characters` }),
  expiresInDays: z
    .number()
    .int({ error: 'must be a whole number of days' })
    .min(1, { error: 'must be at least 1 day' })
    .max(API_TOKEN_MAX_DAYS, { error: `must be at most ${API_TOKEN_MAX_DAYS} days` })
    .optional(),
});

/**
 * The signed-in person's personal API tokens. Managing tokens takes the person's session: a
 * request that comes with a token is refused, so a leaked token cannot make itself a successor.
 */
export const apiTokenRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/account/tokens',
    operationId: 'listApiTokens',
    summary:
      "The signed-in person's API tokens, newest first, with when each expires and was last used; never a secret",
    tag: 'Accounts',
    access: 'signed-in',
    sessionOnly: true,
    response: z.object({ tokens: z.array(apiToken) }),
    handler: async (ctx, { http }) => {
      refuseApiToken(http.session);
      return { tokens: await listApiTokens(ctx) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/account/tokens',
    operationId: 'createApiToken',
    summary:
      'Make a read-only API token for the signed-in person (90 days unless expiresInDays says otherwise, at most ' +
      `${API_TOKEN_MAX_DAYS}); the secret is in this answer only and is never shown again`,
    tag: 'Accounts',
    access: 'signed-in',
    sessionOnly: true,
    body: newApiToken,
    response: z.object({ token: apiToken, secret: z.string() }),
    handler: async (ctx, { body, http }) => {
      refuseApiToken(http.session);
      return createApiToken(ctx, { name: body.name, expiresInDays: body.expiresInDays });
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/account/tokens/:id',
    operationId: 'revokeApiToken',
    summary: "Revoke an API token at once: one's own, or (for an administrator) anyone's",
    tag: 'Accounts',
    access: 'signed-in',
    sessionOnly: true,
    params: z.strictObject({ id: z.coerce.number().int().positive().max(2_147_483_647) }),
    response: z.object({ token: apiToken }),
    handler: async (ctx, { params, http }) => {
      refuseApiToken(http.session);
      return { token: await revokeApiToken(ctx, params.id) };
    },
  }),
];
