import { Readable } from 'node:stream';
import { z } from 'zod';
import { AREA_KINDS, FREQUENCIES, MEASURE_UNITS, POLARITIES } from '../../domain/measures/index.js';
import { VERDICTS } from '../../domain/measures/statistics/index.js';
import {
  compareBoroughs,
  compareMeasure,
  getMeasureSeries,
  importMpsBoroughSeries,
  defineMeasure,
  listMeasureObservations,
  listMeasures,
  mapCrimeCategory,
} from '../../services/index.js';
import { defineRoute, type RouteDefinition } from '../route.js';

const measure = z.object({
  code: z.string(),
  name: z.string(),
  definition: z.string(),
  unit: z.enum(MEASURE_UNITS),
  unitWords: z.string(),
  polarity: z.enum(POLARITIES),
  frequency: z.enum(FREQUENCIES),
  source: z.string(),
  areaKinds: z.array(z.enum(AREA_KINDS)),
  breakdowns: z.array(z.string()),
  target: z.object({ value: z.number(), period: z.string(), note: z.string().optional() }).nullable(),
  crimeCategory: z.string().nullable(),
  aims: z.array(z.object({ planKey: z.string(), nodeRef: z.string() })),
});

const value = z.object({
  period: z.string(),
  label: z.string(),
  value: z.number(),
  source: z.enum(['observation', 'crime-counts']),
  synthetic: z.boolean(),
  missingMonths: z.array(z.string()),
});

const comparison = z.object({
  measure: z.object({ code: z.string(), name: z.string(), polarity: z.enum(POLARITIES), unit: z.string() }),
  area: z.object({ code: z.string(), name: z.string() }),
  current: value,
  previous: value,
  change: z.number(),
  changePercent: z.number().nullable(),
  judgement: z.object({
    test: z.enum(['exact-poisson', 'none']),
    pValue: z.number().nullable(),
    interval: z.object({ lower: z.number(), upper: z.number() }).nullable(),
    ratio: z.number().nullable(),
    significant: z.boolean().nullable(),
    verdict: z.enum(VERDICTS).nullable(),
    verdictLabel: z.string().nullable(),
    tone: z.enum(['positive', 'negative', 'neutral']),
    sentence: z.string(),
  }),
  rates: z.object({ current: z.number(), previous: z.number() }).nullable(),
});

const short = (max: number) =>
  z
    .string()
    .min(1)
    .max(max, { error: `must be at most ${max} characters` });

const measureInput = z.strictObject({
  code: short(64),
  name: short(200),
  definition: short(2000),
  unit: z.enum(MEASURE_UNITS),
  unitWords: z.string().max(60),
  polarity: z.enum(POLARITIES),
  frequency: z.enum(FREQUENCIES),
  source: short(200),
  areaKinds: z.array(z.enum(AREA_KINDS)).min(1).max(3),
  breakdowns: z.array(short(60)).max(10),
  target: z.strictObject({ value: z.number(), period: short(40), note: z.string().max(500).optional() }).nullable(),
  crimeCategory: short(64).nullable(),
  aims: z.array(z.strictObject({ planKey: short(100), nodeRef: short(64) })).max(20),
});

const observation = z.object({
  measureCode: z.string(),
  areaCode: z.string(),
  period: z.string(),
  breakdown: z.string().nullable(),
  value: z.number(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  sampleSize: z.number().nullable(),
  designEffect: z.number().nullable(),
  status: z.enum(['provisional', 'final']),
  asAt: z.string().nullable(),
  synthetic: z.boolean(),
  loadedAt: z.string(),
  supersededAt: z.string().nullable(),
});

const measureAdmin: RouteDefinition[] = [
  defineRoute({
    method: 'POST',
    url: '/api/measures',
    operationId: 'defineMeasure',
    summary: 'Add a measure to the framework (direction only unless a target is given)',
    tag: 'Measures',
    access: 'signed-in',
    body: measureInput,
    response: measure,
    handler: (ctx, { body }) => defineMeasure(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/measures/:measure/observations',
    operationId: 'listMeasureObservations',
    summary: 'Every value loaded for a measure: the current ones and the revisions they replaced',
    tag: 'Measures',
    access: 'public',
    params: z.strictObject({ measure: short(64) }),
    query: z.strictObject({ area: short(100).optional() }),
    response: z.object({
      measure: z.object({ code: z.string(), name: z.string() }),
      observations: z.array(observation),
    }),
    handler: (ctx, { params, query }) => listMeasureObservations(ctx, { measure: params.measure, area: query.area }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/crime-categories/mappings',
    operationId: 'mapCrimeCategory',
    summary: "Map a source's category name (an MPS major/minor pair or a police.uk crime type) onto the taxonomy",
    tag: 'Measures',
    access: 'signed-in',
    body: z.strictObject({
      source: z.enum(['mps-historic', 'mps-recent', 'police-uk']),
      major: short(100).optional(),
      minor: short(100).optional(),
      crimeType: short(100).optional(),
      categoryCode: short(64),
      reason: z.string().max(1000).optional(),
    }),
    response: z.object({ sourceKey: z.string(), categoryCode: z.string() }),
    handler: (ctx, { body }) => mapCrimeCategory(ctx, body),
  }),
];

export const measureRoutes: RouteDefinition[] = [
  ...measureAdmin,
  defineRoute({
    method: 'GET',
    url: '/api/measures',
    operationId: 'listMeasures',
    summary: 'Every performance measure, with its polarity, unit and source',
    tag: 'Measures',
    access: 'public',
    response: z.object({ measures: z.array(measure) }),
    handler: (ctx) => listMeasures(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/measures/:measure/compare',
    operationId: 'compareMeasure',
    summary: 'A measure in one period against another: values, change, exact test, verdict and sentence',
    tag: 'Measures',
    access: 'public',
    params: z.strictObject({ measure: short(64) }),
    query: z.strictObject({
      area: short(100).describe('London, a borough (camden) or a BCU (CN)'),
      period: short(40).describe('2015-16, 2015-16 Q1, R12 2016-03 or 2016-03'),
      against: short(40).optional().describe('Default: the same period a year earlier'),
    }),
    response: comparison,
    handler: (ctx, { params, query }) => compareMeasure(ctx, { measure: params.measure, ...query }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/measures/:measure/series',
    operationId: 'getMeasureSeries',
    summary:
      "A crime measure's monthly series for an area, with XmR control limits, signals, rolling year and financial years",
    tag: 'Measures',
    access: 'public',
    params: z.strictObject({ measure: short(64) }),
    query: z.strictObject({ area: short(100) }),
    response: z.object({
      measure: z.object({ code: z.string(), name: z.string(), polarity: z.string(), unitWords: z.string() }),
      area: z.object({ code: z.string(), name: z.string() }),
      synthetic: z.boolean(),
      months: z.array(
        z.object({
          month: z.string(),
          value: z.number(),
          centre: z.number(),
          lower: z.number(),
          upper: z.number(),
          rolling12: z.number().nullable(),
        }),
      ),
      signals: z.array(
        z.object({
          rule: z.enum(['outside-limits', 'run', 'trend']),
          direction: z.enum(['above', 'below', 'increasing', 'decreasing']),
          indexes: z.array(z.number().int()),
        }),
      ),
      years: z.array(z.object({ period: z.string(), label: z.string(), value: z.number() })),
    }),
    handler: (ctx, { params, query }) => getMeasureSeries(ctx, { measure: params.measure, area: query.area }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/measures/:measure/boroughs',
    operationId: 'compareBoroughs',
    summary: "Every borough's change between two periods, ranked by rate ratio with its exact 95% interval",
    tag: 'Measures',
    access: 'public',
    params: z.strictObject({ measure: short(64) }),
    query: z.strictObject({ period: short(40), against: short(40).optional() }),
    response: z.object({
      measure: z.object({ code: z.string(), name: z.string() }),
      current: z.object({ period: z.string(), label: z.string() }),
      previous: z.object({ period: z.string(), label: z.string() }),
      boroughs: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          current: z.number(),
          previous: z.number(),
          ratio: z.number().nullable(),
          interval: z.object({ lower: z.number(), upper: z.number() }),
          pValue: z.number(),
          verdict: z.enum(VERDICTS),
          verdictLabel: z.string(),
          tone: z.enum(['positive', 'negative', 'neutral']),
        }),
      ),
    }),
    handler: (ctx, { params, query }) => compareBoroughs(ctx, { measure: params.measure, ...query }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/crime-data/mps-borough',
    operationId: 'importMpsBoroughSeries',
    summary: 'Load an MPS borough-level crime file (either vintage); all or nothing, every problem by row and column',
    tag: 'Measures',
    access: 'signed-in',
    body: z.strictObject({
      fileName: short(255),
      contentBase64: z.base64({ error: 'must be the file encoded as base64' }).max(40_000_000),
      dryRun: z.boolean().optional(),
    }),
    bodyLimit: 32 * 1024 * 1024,
    response: z.object({
      fileName: z.string(),
      vintage: z.string(),
      firstMonth: z.string(),
      lastMonth: z.string(),
      rowsRead: z.number().int(),
      counts: z.number().int(),
      added: z.number().int(),
      revised: z.number().int(),
      dryRun: z.boolean(),
      syntheticRemoved: z.number().int().optional(),
    }),
    handler: (ctx, { body }) =>
      importMpsBoroughSeries(ctx, {
        fileName: body.fileName,
        content: Readable.from([Buffer.from(body.contentBase64, 'base64')]),
        dryRun: body.dryRun,
      }),
  }),
];
