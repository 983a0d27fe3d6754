import { z } from 'zod';
import { MEASURE_UNITS } from '../../domain/measures/index.js';
import { getResources } from '../../services/index.js';
import { defineRoute, type RouteDefinition } from '../route.js';

const figure = z.object({
  measureCode: z.string(),
  name: z.string(),
  definition: z.string(),
  unit: z.enum(MEASURE_UNITS).describe('Money is in pounds (3331000000 is £3,331m)'),
  unitWords: z.string(),
  areaCode: z.string().describe('MPS for the force; england-and-wales for the national comparator'),
  period: z.string().describe('A period code, or two joined by " to " for a span of years'),
  periodLabel: z.string(),
  value: z.number(),
  status: z.enum(['provisional', 'final']).describe('Provisional marks a forecast or projection'),
  source: z.string(),
  asAt: z.string().nullable().describe('The date the figure stood (YYYY-MM-DD)'),
  synthetic: z.boolean(),
});

export const resourcesResponse = z.object({ finance: z.array(figure), workforce: z.array(figure) });

export const resourceRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/resources',
    operationId: 'getResources',
    summary: "The force's budget, savings, capital, reserves and workforce, each figure with its period and source",
    tag: 'Measures',
    access: 'public',
    keptPerCaller: true,
    query: z.strictObject({
      source: z
        .string()
        .min(1)
        .max(300)
        .optional()
        .describe("Only the figures this document published (an inspection's source line gives its force in context)"),
    }),
    response: resourcesResponse,
    handler: (ctx, { query }) => getResources(ctx, { source: query.source }),
  }),
];
