import { z } from 'zod';
import { FIGURE_MOVES } from '../../domain/inspections/index.js';

/** The figures a finding page and the readiness view carry for the measures a finding names. */

const figure = z.object({
  period: z.string(),
  periodLabel: z.string(),
  value: z.number(),
  source: z.string(),
  asAt: z.string().nullable(),
  synthetic: z.boolean(),
});

export const linkedMeasure = z.object({
  findingId: z.number(),
  code: z.string(),
  name: z.string().nullable(),
  unit: z.string().nullable(),
  source: z.string().nullable().describe("Where the measure's figures come from, as its definition says"),
  linkedAt: z.string(),
  linkedBy: z.string(),
  latest: figure.nullable(),
  atPublication: figure.nullable().describe('The figure standing when the report was published'),
  since: figure.nullable().describe('The latest figure after publication, compared with atPublication'),
  move: z.enum(FIGURE_MOVES),
  moveLabel: z.string(),
  sentence: z.string(),
});

export const findingFigures = z.object({
  findingRef: z.string(),
  actions: z.number(),
  openActions: z.number(),
  measures: z.number(),
  figures: z
    .enum(FIGURE_MOVES)
    .nullable()
    .describe('Whether the named measures moved since the report; null when none is named'),
  figuresLabel: z.string(),
});
