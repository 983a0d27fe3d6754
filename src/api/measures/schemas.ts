import { z } from 'zod';
import { POLARITIES } from '../../domain/measures/index.js';
import { VERDICTS } from '../../domain/measures/statistics/index.js';

const asAt = z.string().nullable().describe('The date the figure stood (YYYY-MM-DD); null where the source gives none');

const interval = z.object({ lower: z.number(), upper: z.number() });

const proportionSide = z.object({
  percent: z.number().describe('The share in percent, numerator / base where both are published'),
  sampleSize: z.number().nullable().describe('The number interviewed (the base where no sample size is published)'),
  designEffect: z.number().describe('The design effect used: as published, or 1 where none is'),
  designEffectPublished: z.boolean(),
  effectiveSampleSize: z.number().nullable().describe('Sample size / design effect'),
  interval: interval.nullable().describe('Wilson 95% interval in percent, on the effective sample size'),
});

const judgement = z.object({
  test: z
    .enum(['exact-poisson', 'two-proportion', 'none'])
    .describe(
      'exact-poisson for counts; two-proportion for survey percentages with sample sizes; none where no test applies',
    ),
  pValue: z.number().nullable(),
  interval: interval
    .nullable()
    .describe('95% interval: of the rate ratio for counts, of the difference in percentage points for percentages'),
  ratio: z.number().nullable(),
  significant: z.boolean().nullable(),
  verdict: z.enum(VERDICTS).nullable(),
  verdictLabel: z.string().nullable(),
  tone: z.enum(['positive', 'negative', 'neutral']),
  sentence: z.string(),
  proportions: z
    .object({
      current: proportionSide,
      previous: proportionSide,
      difference: z.number().describe('current − previous in percentage points'),
      untestedReason: z.string().nullable().describe('Why the change is not tested, in words; null when it is'),
    })
    .nullable()
    .describe('For a percentage measure: each side with its interval and effective sample; null otherwise'),
});

const measureArea = z.object({
  code: z.string(),
  name: z.string(),
  composition: z
    .string()
    .describe(
      "What the area's figure holds, in words: for London, the boroughs and any other areas the force total counts",
    ),
});

const headlineValue = z.object({
  period: z.string(),
  label: z.string(),
  value: z.number(),
  source: z.enum(['observation', 'crime-counts']),
  sourceName: z.string(),
  asAt,
  synthetic: z.boolean(),
  missingMonths: z.array(z.string()),
});

const sourceKind = z
  .enum(['data', 'published'])
  .describe('data: computed from the loaded crime files; published: a document or dataset loaded as observations');

const sourceFigure = z.object({
  value: z.number().nullable(),
  asAt,
  files: z.array(z.string()),
  missingMonths: z.array(z.string()),
  earlierVintages: z.number().int(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  sampleSize: z.number().nullable(),
  designEffect: z.number().nullable(),
});

const sourceComparison = z.object({
  source: z.object({ kind: sourceKind, name: z.string(), synthetic: z.boolean(), label: z.string() }),
  headline: z.boolean(),
  current: sourceFigure,
  previous: sourceFigure,
  change: z.number().nullable(),
  changePercent: z.number().nullable(),
  judgement: judgement.nullable(),
  differenceFromHeadline: z.object({ current: z.number().nullable(), previous: z.number().nullable() }).nullable(),
});

export const measureComparison = z.object({
  measure: z.object({ code: z.string(), name: z.string(), polarity: z.enum(POLARITIES), unit: z.string() }),
  area: measureArea,
  current: headlineValue,
  previous: headlineValue,
  change: z.number(),
  changePercent: z.number().nullable(),
  judgement,
  rates: z.object({ current: z.number(), previous: z.number() }).nullable(),
  headline: z.object({
    kind: sourceKind,
    name: z.string(),
    label: z.string(),
    synthetic: z.boolean(),
    reason: z.string(),
  }),
  sources: z.array(sourceComparison),
});

const countsFile = z.object({
  fileName: z.string(),
  source: z.string(),
  firstMonth: z.string(),
  lastMonth: z.string(),
  loadedAt: z.string(),
});

export const measureSeries = z.object({
  measure: z.object({ code: z.string(), name: z.string(), polarity: z.string(), unitWords: z.string() }),
  area: measureArea,
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
  data: z
    .object({
      name: z.string(),
      label: z.string(),
      asAt,
      synthetic: z.boolean(),
      files: z.array(countsFile),
    })
    .nullable(),
  published: z.array(
    z.object({
      period: z.string(),
      label: z.string(),
      source: z.string(),
      sourceLabel: z.string(),
      asAt,
      value: z.number(),
      synthetic: z.boolean(),
      loadedFrom: z.string().nullable(),
      earlierVintages: z.number().int(),
      data: z.number().nullable(),
      difference: z.number().nullable(),
    }),
  ),
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
  source: z.string(),
  asAt,
  synthetic: z.boolean(),
  loadedAt: z.string(),
  loadedFrom: z.string().nullable(),
  supersededAt: z.string().nullable(),
  standing: z
    .enum(['shown', 'earlier-vintage', 'superseded'])
    .describe(
      "shown: its source's newest figure; earlier-vintage: kept beside a newer one from the same source; superseded: corrected by a later load of the same vintage",
    ),
});

export const measureObservations = z.object({
  measure: z.object({ code: z.string(), name: z.string() }),
  observations: z.array(observation),
});

export const observationImport = z.object({
  fileName: z.string(),
  rows: z.number().int(),
  added: z.number().int(),
  newerVintages: z.number().int(),
  earlierVintages: z.number().int(),
  revised: z.number().int(),
  unchanged: z.number().int(),
  earlier: z.array(
    z.object({
      row: z.number().int(),
      measure: z.string(),
      area: z.string(),
      period: z.string(),
      breakdown: z.string().nullable(),
      source: z.string(),
      asAt,
      value: z.number(),
      newer: z.object({ asAt, value: z.number() }),
    }),
  ),
  dryRun: z.boolean(),
});
