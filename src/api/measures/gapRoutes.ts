import { z } from 'zod';
import { PERIOD_KINDS } from '../../domain/calendar/index.js';
import { GAP_OUTCOMES } from '../../domain/measures/groupGaps.js';
import { getGroupGaps } from '../../services/measures/getGroupGaps.js';
import { getGroupObservationTemplate } from '../../services/measures/getGroupObservationTemplate.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import { periodText } from '../schemas.js';

const name = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max, { error: `must be at most ${max} characters` });

const interval = z.object({ lower: z.number(), upper: z.number() });
const periodLabel = { code: z.string(), label: z.string() };
const figureSource = { source: z.string(), asAt: z.string().nullable(), synthetic: z.boolean() };

export const groupGapsResponse = z.object({
  measure: z.object({ code: z.string(), name: z.string(), unit: z.string() }),
  area: z.object({ code: z.string(), name: z.string() }),
  group: z.string(),
  reference: z.string(),
  referenceChosen: z.enum(['given', 'largest-sample']),
  kind: z.enum(['proportion', 'level']),
  method: z.string(),
  period: z.object({ ...periodLabel, ...figureSource }),
  against: z.object({ ...periodLabel, ...figureSource, source: z.string().nullable() }).nullable(),
  periods: z.array(z.object(periodLabel)),
  groups: z.array(
    z.object({
      group: z.string(),
      value: z.number(),
      interval: interval.nullable(),
      sampleSize: z.number().nullable(),
      designEffect: z.number().nullable(),
      effectiveSampleSize: z.number().nullable(),
      notTested: z.string().nullable(),
      gap: z.object({
        group: z.string(),
        reference: z.string(),
        gap: z.number(),
        test: z.object({ interval, z: z.number(), pValue: z.number(), significant: z.boolean() }).nullable(),
        notTested: z.string().nullable(),
        variance: z.number().nullable(),
      }),
      change: z
        .object({
          group: z.string(),
          earlierGap: z.number().nullable(),
          change: z.number().nullable(),
          interval: interval.nullable(),
          pValue: z.number().nullable(),
          outcome: z.enum(GAP_OUTCOMES),
          tone: z.enum(['positive', 'negative', 'neutral']),
          notTested: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
});

/** Gaps between groups: the Police and Crime Plan's aim to close them, tested rather than eyeballed. */
export const groupGapRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    url: '/api/measures/:measure/gaps',
    operationId: 'getGroupGaps',
    summary:
      "Each group's value with its 95% interval, its gap to a reference group with the two-proportion test, and whether each gap narrowed since an earlier period",
    tag: 'Measures',
    access: 'public',
    keptPerCaller: true,
    params: z.strictObject({ measure: name(64) }),
    query: z.strictObject({
      group: name(60).describe('The breakdown the groups come from, e.g. ethnicity'),
      reference: name(60).optional().describe('The group compared with; default the group with the largest sample'),
      area: name(100).optional().describe('London (the default), a borough or a BCU'),
      period: periodText(PERIOD_KINDS).optional().describe('Default: the latest period with figures by group'),
      against: periodText(PERIOD_KINDS).optional().describe('An earlier period: did each gap narrow since?'),
    }),
    response: groupGapsResponse,
    handler: (ctx, { params, query }) => getGroupGaps(ctx, { measure: params.measure, ...query }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/observation-template/by-group',
    operationId: 'getGroupObservationTemplate',
    summary:
      'A CSV template for survey results by group: one row per group ("ethnicity: Black" in Breakdown) with numerator, denominator, sample size and design effect',
    tag: 'Measures',
    access: 'public',
    download: true,
    response: z.unknown(),
    handler: (ctx) => getGroupObservationTemplate(ctx),
  }),
];
