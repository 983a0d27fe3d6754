import { Readable } from 'node:stream';
import { z } from 'zod';
import { PERIOD_KINDS } from '../../domain/calendar/index.js';
import { AREA_KINDS, FREQUENCIES, MEASURE_UNITS, POLARITIES } from '../../domain/measures/index.js';
import { VERDICTS } from '../../domain/measures/statistics/index.js';
import {
  compareBoroughs,
  compareMeasure,
  getMeasureSeries,
  importMpsBoroughSeries,
  importObservations,
  defineMeasure,
  listMeasureObservations,
  listMeasures,
  mapCrimeCategory,
} from '../../services/index.js';
import { defineRoute, type RouteDefinition } from '../route.js';
import { isoDate, periodText } from '../schemas.js';
import { measureComparison, measureObservations, measureSeries, observationImport } from './schemas.js';

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
  // MEASURE_KINDS, written out so this stays one edit; absent means 'performance'.
  kind: z.enum(['performance', 'finance', 'workforce']).optional(),
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
    keptPerCaller: true,
    params: z.strictObject({ measure: short(64) }),
    query: z.strictObject({ area: short(100).optional() }),
    response: measureObservations,
    handler: (ctx, { params, query }) => listMeasureObservations(ctx, { measure: params.measure, area: query.area }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/measures/observations',
    operationId: 'importObservations',
    summary:
      'Load observations of any measure from a CSV or XLSX file, kept by source and as-at date: an older vintage is kept beside the newer figure, never over it',
    tag: 'Measures',
    access: 'signed-in',
    body: z.strictObject({
      fileName: short(255),
      format: z.enum(['csv', 'xlsx']),
      contentBase64: z.base64({ error: 'must be the file encoded as base64' }).max(14_000_000),
      source: short(200)
        .optional()
        .describe("The document or dataset the figures come from; each measure's own source when not given"),
      asAt: isoDate.optional().describe('The date the figures stood, for rows without an As at of their own'),
      dryRun: z.boolean().optional(),
    }),
    bodyLimit: 12 * 1024 * 1024,
    response: observationImport,
    handler: (ctx, { body }) =>
      importObservations(ctx, {
        fileName: body.fileName,
        format: body.format,
        content: Buffer.from(body.contentBase64, 'base64'),
        source: body.source,
        asAt: body.asAt,
        dryRun: body.dryRun,
      }),
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
    response: z.object({ sourceKey: z.string(), categoryCode: z.string(), sources: z.array(z.string()) }),
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
    keptPerCaller: true,
    response: z.object({ measures: z.array(measure) }),
    handler: (ctx) => listMeasures(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/measures/:measure/compare',
    operationId: 'compareMeasure',
    summary:
      'A measure in one period against another: values, change, the exact test for counts or the two-proportion test for survey percentages, verdict and sentence',
    tag: 'Measures',
    access: 'public',
    keptPerCaller: true,
    params: z.strictObject({ measure: short(64) }),
    query: z.strictObject({
      area: short(100).describe('London, a borough (camden) or a BCU (CN)'),
      period: periodText(PERIOD_KINDS),
      against: periodText(PERIOD_KINDS).optional().describe('Default: the same period a year earlier'),
    }),
    response: measureComparison,
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
    keptPerCaller: true,
    params: z.strictObject({ measure: short(64) }),
    query: z.strictObject({ area: short(100) }),
    response: measureSeries,
    handler: (ctx, { params, query }) => getMeasureSeries(ctx, { measure: params.measure, area: query.area }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/measures/:measure/boroughs',
    operationId: 'compareBoroughs',
    summary: "Every borough's change between two periods, ranked by rate ratio with its exact 95% interval",
    tag: 'Measures',
    access: 'public',
    keptPerCaller: true,
    params: z.strictObject({ measure: short(64) }),
    query: z.strictObject({ period: periodText(PERIOD_KINDS), against: periodText(PERIOD_KINDS).optional() }),
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
      level: z.string(),
      areas: z.object({
        boroughs: z.array(z.string()),
        others: z.array(z.string()),
        wards: z.number().int(),
        wardsCreated: z.number().int(),
      }),
      wardBoundariesFrom: z.string().nullable(),
    }),
    handler: (ctx, { body }) =>
      importMpsBoroughSeries(ctx, {
        fileName: body.fileName,
        content: Readable.from([Buffer.from(body.contentBase64, 'base64')]),
        dryRun: body.dryRun,
      }),
  }),
];
