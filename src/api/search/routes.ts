import { z } from 'zod';
import { SEARCH_KINDS, searchSite } from '../../services/search/index.js';
import { defineRoute, type RouteDefinition } from '../route.js';

const searchResult = z
  .object({
    type: z.enum(SEARCH_KINDS),
    typeLabel: z.string(),
    title: z.string(),
    within: z.string().nullable(),
    path: z.string(),
    state: z.string().nullable(),
    snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
  })
  .meta({ id: 'SearchResult' });

export const searchRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/search',
    operationId: 'search',
    summary:
      'Plans, milestones, quarterly updates, inspection findings and board actions whose words match, best first; only what the caller may read',
    description:
      'Words must all match; "quoted words" match as a phrase and OR between two terms matches either. Other punctuation only separates words.',
    tag: 'Search',
    access: 'public',
    query: z.strictObject({
      q: z.string().trim().min(1).max(200).describe('What to look for'),
      limit: z.coerce.number().int().min(1).max(50).default(20),
    }),
    response: z.object({ query: z.string(), results: z.array(searchResult) }),
    handler: (ctx, { query }) => searchSite(ctx, query),
  }),
];
