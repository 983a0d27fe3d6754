import { z } from 'zod';
import { listAuditHistory } from '../../services/index.js';
import { defineRoute, type RouteDefinition } from '../route.js';

const entry = z.object({
  sequence: z.number().int(),
  occurredAt: z.string(),
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
  previousHash: z.string(),
  hash: z.string(),
});

export const auditRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/audit',
    operationId: 'listAuditHistory',
    summary: 'Recorded changes, oldest first; the history of one entity when it is named',
    tag: 'Audit',
    access: 'signed-in',
    query: z.strictObject({
      entityType: z.string().max(64).optional().describe('e.g. org_unit'),
      entityId: z.string().max(200).optional().describe('e.g. CN'),
    }),
    response: z.object({ entries: z.array(entry) }),
    handler: async (ctx, { query }) => ({ entries: await listAuditHistory(ctx, query) }),
  }),
];
