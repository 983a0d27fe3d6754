import { z } from 'zod';
import { POLARITIES } from '../../domain/measures/index.js';
import { VERDICTS } from '../../domain/measures/statistics/index.js';
import { STANDING_PRIORITY_KINDS } from '../../domain/priorities/index.js';

/** Response shapes of the local priority routes, for the OpenAPI document. */
const interval = z.object({ lower: z.number(), upper: z.number() });
const tone = z.enum(['positive', 'negative', 'neutral']);

export const borough = z.object({
  code: z.string(),
  name: z.string(),
  gssCode: z.string().nullable(),
  bcu: z.object({ code: z.string(), name: z.string() }).nullable(),
});

export const standingPriority = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(STANDING_PRIORITY_KINDS),
  categoryCode: z.string().nullable(),
  measureCode: z.string().nullable(),
  repeatMeasureCode: z.string().nullable(),
  polarity: z.enum(POLARITIES),
});

export const catalogue = z.object({
  eligible: z.array(z.object({ code: z.string(), name: z.string() })),
  standing: z.array(standingPriority),
});

export const categoryChoices = z.object({
  categories: z.array(z.object({ code: z.string(), name: z.string(), eligible: z.boolean() })),
});

export const prioritySet = z.object({
  boroughCode: z.string(),
  borough,
  year: z.string(),
  version: z.number(),
  priorities: z.array(
    z.object({ categoryCode: z.string(), categoryName: z.string(), qualifier: z.string().nullable() }),
  ),
  agreedBy: z.string(),
  agreedOn: z.string(),
  source: z.string().nullable(),
  reason: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
});

export const prioritySetList = z.object({
  year: z.string(),
  years: z.array(z.string()),
  sets: z.array(prioritySet),
  boroughsWithoutSet: z.array(borough),
  standing: z.array(standingPriority),
  tally: z.array(z.object({ categoryCode: z.string(), categoryName: z.string(), boroughs: z.number() })),
});

const period = z.object({
  period: z.string(),
  label: z.string(),
  span: z.object({
    first: z.object({ year: z.number(), month: z.number() }),
    last: z.object({ year: z.number(), month: z.number() }),
  }),
});
export const periods = z.object({ current: period, previous: period, rolling: period });

export const testedChange = z.object({
  current: z.number(),
  previous: z.number(),
  changePercent: z.number().nullable(),
  ratio: z.number().nullable(),
  interval: z.object({ lower: z.number(), upper: z.number().nullable() }),
  pValue: z.number(),
  significant: z.boolean(),
  verdict: z.enum(VERDICTS),
  verdictLabel: z.string(),
  tone,
});

export const changeGap = z
  .object({
    ratio: z.number(),
    interval,
    pValue: z.number(),
    significant: z.boolean(),
    test: z.literal('ratio of rate ratios (Woolf)'),
  })
  .nullable();

const groupChange = z.object({
  current: z.number(),
  previous: z.number(),
  boroughs: z.number(),
  changePercent: z.number().nullable(),
});

/** A borough's set changed inside the compared months: when, from which month, and what it meant. */
export const setChangeNote = z.object({
  boroughCode: z.string(),
  boroughName: z.string(),
  version: z.number(),
  agreedOn: z.string(),
  fromMonth: z.string(),
  sentence: z.string(),
});

export const categoryScorecard = z.object({
  year: z.string(),
  category: z.object({ code: z.string(), name: z.string() }),
  periods,
  synthetic: z.boolean(),
  counted: z.boolean(),
  london: groupChange,
  chosen: groupChange,
  others: groupChange,
  gap: changeGap,
  sentence: z.string(),
  inForce: z.boolean(),
  months: z.number(),
  changes: z.array(setChangeNote),
  boroughs: z.array(
    z.object({
      borough,
      chosen: z.boolean(),
      chosenMonths: z.number(),
      qualifier: z.string().nullable(),
      rolling: z.number(),
      change: testedChange,
    }),
  ),
});

const categoryFigures = z.object({
  counted: z.boolean(),
  rolling: z.number(),
  change: testedChange,
  london: z.object({ current: z.number(), previous: z.number(), changePercent: z.number().nullable() }),
  againstLondon: changeGap,
});

const standingFigure = z.object({
  what: z.string(),
  area: z.enum(['borough', 'london']),
  areaName: z.string(),
  current: z.object({ label: z.string(), value: z.number() }),
  previous: z.object({ label: z.string(), value: z.number() }).nullable(),
  sameMonths: z.boolean(),
  changePercent: z.number().nullable(),
  londonChangePercent: z.number().nullable(),
  verdictLabel: z.string().nullable(),
  tone,
  sentence: z.string(),
  source: z.object({
    kind: z.enum(['data', 'published']),
    name: z.string(),
    asAt: z.string().nullable(),
    synthetic: z.boolean(),
  }),
});

export const boroughScorecard = z.object({
  year: z.string(),
  set: prioritySet,
  versions: z.number(),
  inForce: z.boolean(),
  notInForce: z.string().nullable(),
  months: z.number(),
  changes: z.array(setChangeNote),
  periods,
  synthetic: z.boolean(),
  priorities: z.array(
    z.object({
      categoryCode: z.string(),
      categoryName: z.string(),
      qualifier: z.string().nullable(),
      chosenMonths: z.number(),
      figures: categoryFigures,
    }),
  ),
  standing: z.array(
    standingPriority.extend({
      figures: z.array(standingFigure),
      noFigures: z.string().nullable(),
      notes: z.array(z.string()),
      repeat: standingFigure.nullable(),
      noRepeat: z.string().nullable(),
    }),
  ),
});

const signal = z.object({
  rule: z.enum(['outside-limits', 'run', 'trend']),
  direction: z.enum(['above', 'below', 'increasing', 'decreasing']),
  indexes: z.array(z.number()),
});

export const evidencePack = z.object({
  year: z.string(),
  borough,
  months: z.object({ first: z.string(), last: z.string(), label: z.string() }),
  synthetic: z.boolean(),
  categories: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      chosen: z.boolean(),
      counted: z.boolean(),
      points: z.array(
        z.object({
          month: z.string(),
          count: z.number(),
          centre: z.number(),
          lower: z.number(),
          upper: z.number(),
          rolling12: z.number().nullable(),
        }),
      ),
      signals: z.array(signal),
      change: testedChange,
      standing: z.object({
        rank: z.number(),
        of: z.number(),
        basis: z.enum(['rate', 'count']),
        share: z.number().nullable(),
        rate: z.number().nullable(),
        londonRate: z.number().nullable(),
      }),
    }),
  ),
});

export const tileMap = z.object({
  year: z.string(),
  category: z.object({ code: z.string(), name: z.string() }),
  period: z.object({ current: z.string(), previous: z.string() }),
  synthetic: z.boolean(),
  counted: z.boolean(),
  sentence: z.string(),
  months: z.number(),
  changes: z.array(z.string()),
  grid: z.object({ rows: z.number(), columns: z.number() }),
  tiles: z.array(
    z.object({
      boroughCode: z.string(),
      boroughName: z.string(),
      abbreviation: z.string(),
      row: z.number(),
      column: z.number(),
      chosen: z.boolean(),
      chosenMonths: z.number(),
      qualifier: z.string().nullable(),
      current: z.number(),
      previous: z.number(),
      changePercent: z.number().nullable(),
      verdict: z.enum(VERDICTS),
      verdictLabel: z.string(),
      tone,
    }),
  ),
  unplaced: z.array(z.string()),
});
