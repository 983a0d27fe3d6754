import { z } from 'zod';
import { listAuditPage } from '../../services/index.js';
import { cursorQueryFields, decodeCursor, nextCursorField, pageOf, sequenceKey } from '../pagination.js';
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

/** Tags the trail's cursors, so another list's cannot be passed off as one. */
const AUDIT_LIST = 'audit';

export const auditRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/audit',
    operationId: 'listAuditHistory',
    summary:
      'Recorded changes, newest first, a page at a time by cursor; narrowed to one entity, one person or a span of days',
    description:
      'Each page gives the cursor of the next in `next` and in a Link header (rel="next"); the last page gives null.',
    tag: 'Audit',
    access: 'signed-in',
    query: z.strictObject({
      entityType: z.string().max(64).optional().describe('e.g. org_unit'),
      entityId: z.string().max(200).optional().describe('e.g. CN'),
      actor: z.string().max(200).optional().describe('who made the change, e.g. performance.lead or system'),
      from: isoDate.optional().describe('first day, inclusive'),
      to: isoDate.optional().describe('last day, inclusive'),
      ...cursorQueryFields,
    }),
    response: z.object({
      entries: z.array(entry),
      total: z.number().int().describe('how many changes match the filter in all'),
      newer: z.number().int().describe('how many of them come before this page'),
      limit: z.number().int(),
      next: nextCursorField,
    }),
    nextCursor: (result) => result.next,
    handler: async (ctx, { query }) => {
      const { limit, cursor, ...filter } = query;
      const before = cursor === undefined ? undefined : decodeCursor(AUDIT_LIST, cursor, sequenceKey)[0];
      const found = await listAuditPage(ctx, filter, { before, limit: limit + 1 });
      const page = pageOf(AUDIT_LIST, found.entries, limit, (e) => [e.sequence]);
      return { entries: page.items, total: found.total, newer: found.newer, limit, next: page.next };
    },
  }),
];
