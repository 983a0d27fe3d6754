import { z } from 'zod';
import { listAuditPage } from '../../services/index.js';
import { isoDate } from '../schemas.js';
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
    summary: 'Recorded changes, newest first, a page at a time; narrowed to one entity, one person or a span of days',
    tag: 'Audit',
    access: 'signed-in',
    query: z.strictObject({
      entityType: z.string().max(64).optional().describe('e.g. org_unit'),
      entityId: z.string().max(200).optional().describe('e.g. CN'),
      actor: z.string().max(200).optional().describe('who made the change, e.g. performance.lead or system'),
      from: isoDate.optional().describe('first day, inclusive'),
      to: isoDate.optional().describe('last day, inclusive'),
      page: z.coerce.number().int().min(1).max(1_000_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(200).default(50),
    }),
    response: z.object({
      entries: z.array(entry),
      total: z.number().int().describe('how many changes match the filter in all'),
      page: z.number().int(),
      pageSize: z.number().int(),
    }),
    handler: async (ctx, { query }) => {
      const { page, pageSize, ...filter } = query;
      return { ...(await listAuditPage(ctx, filter, { page, pageSize })), page, pageSize };
    },
  }),
];
