import { z } from 'zod';
import { FREQUENCIES, MEASURE_UNITS, POLARITIES } from '../../domain/measures/index.js';
import { listAimMeasures } from '../../services/plans/listAimMeasures.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import { planIdParams, planSummary } from './schemas.js';

const figure = z.object({
  areaCode: z.string(),
  areaName: z.string(),
  breakdown: z.string().nullable().describe('The group the figure covers; null for everyone'),
  value: z.number(),
  source: z.string().describe('The document or dataset that published the figure'),
  asAt: z.string().nullable().describe('The date the figure stood (YYYY-MM-DD)'),
  synthetic: z.boolean().describe('True for invented demonstration figures'),
});

// Only the fields the aims page shows: the full judgement is the measure comparison's to describe.
const judgement = z.object({
  test: z.string(),
  pValue: z.number().nullable(),
  significant: z.boolean().nullable(),
  verdict: z.string().nullable(),
  verdictLabel: z.string().nullable(),
  tone: z.enum(['positive', 'negative', 'neutral']),
  sentence: z.string(),
});

const aimMeasure = z.object({
  code: z.string(),
  name: z.string(),
  definition: z.string(),
  unit: z.enum(MEASURE_UNITS),
  polarity: z.enum(POLARITIES),
  frequency: z.enum(FREQUENCIES),
  expectedSource: z.string().describe('Where its figures are expected from'),
  latest: z
    .object({ period: z.string(), label: z.string(), figures: z.array(figure) })
    .nullable()
    .describe('The most recent period with figures; null when there are none yet'),
  change: z
    .object({
      previousPeriod: z.string(),
      previousLabel: z.string(),
      currentValue: z.number(),
      previousValue: z.number(),
      source: z.string(),
      synthetic: z.boolean(),
      judgement,
    })
    .nullable()
    .describe("London's change on the same period a year earlier; null where one source does not give both"),
});

const measuredNode = z.object({
  ref: z.string(),
  title: z.string(),
  text: z.string().nullable(),
  chapter: z.object({ ref: z.string(), title: z.string() }).nullable(),
  measures: z.array(aimMeasure),
});

const planAims = z.object({
  plan: planSummary,
  aims: z.array(measuredNode),
  otherNodes: z.array(measuredNode),
});

export const aimRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/plans/:planId/aims',
    operationId: 'listAimMeasures',
    summary: "Each of a plan's aims with its measures, their latest figures and the change on a year earlier",
    tag: 'Plans',
    access: 'public',
    keptPerCaller: true,
    params: planIdParams,
    response: planAims,
    handler: (ctx, { params }) => listAimMeasures(ctx, { planId: params.planId }),
  }),
];
